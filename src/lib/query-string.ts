export type QueryValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | readonly QueryValue[]
  | { readonly [key: string]: QueryValue };

export type QueryParams = { readonly [key: string]: QueryValue };

/** Percent-encodes a key but keeps its brackets readable: `filter[category][0]`. */
function encodeKey(key: string): string {
  return encodeURIComponent(key).replace(/%5B/gi, '[').replace(/%5D/gi, ']');
}

function collect(key: string, value: QueryValue, pairs: string[]): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    value.forEach((item: QueryValue, index) => {
      collect(`${key}[${index}]`, item, pairs);
    });
    return;
  }
  if (typeof value === 'object') {
    for (const [name, item] of Object.entries(value as QueryParams)) collect(`${key}[${name}]`, item, pairs);
    return;
  }
  const text = typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
  pairs.push(`${encodeKey(key)}=${encodeURIComponent(text)}`);
}

/**
 * Encodes nested params in the bracket syntax amoCRM reads, with indexed arrays as the official PHP library
 * sends them (`http_build_query`): `{ filter: { category: ['sip'] } }` → `filter[category][0]=sip`.
 * `null` and `undefined` are left out; booleans become 1/0.
 */
export function encodeQuery(params: QueryParams): string {
  const pairs: string[] = [];
  for (const [key, value] of Object.entries(params)) collect(key, value, pairs);
  return pairs.join('&');
}
