// Which pages may embed the app. A pattern is an exact origin ("https://crm.example.com"), an origin with one
// wildcard subdomain label ("https://*.amocrm.ru") or a local origin with any port ("http://localhost:*").

/** Every amoCRM and Kommo account lives on its own subdomain of these. */
export const DEFAULT_EMBED_ORIGINS: readonly string[] = [
  'https://*.amocrm.ru',
  'https://*.amocrm.com',
  'https://*.kommo.com',
];

/** Added in demo builds only, for the local host page; a demo build holds no account data. */
export const LOCAL_EMBED_ORIGINS: readonly string[] = ['http://localhost:*', 'http://127.0.0.1:*'];

/** The canonical origin of `value`, or null when it is not exactly an http(s) origin (no path, query or user). */
export function toOrigin(value: string | null | undefined): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  // An origin written with a path, query, fragment or credentials is not an origin: refuse it, do not trim it.
  if (url.origin !== value.replace(/\/$/, '') || url.username || url.password) return null;
  return url.origin;
}

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';

function patternToRegExp(pattern: string): RegExp | null {
  const match = /^(https?):\/\/(\*\.)?([a-z0-9.-]+)(:(\d{1,5}|\*))?$/i.exec(pattern.trim());
  if (!match) return null;
  const [, scheme, wildcard, host, , port] = match;
  const escapedHost = (host ?? '').replace(/\./g, '\\.');
  const hostPart = wildcard ? `${LABEL}\\.${escapedHost}` : escapedHost;
  const portPart = port === '*' ? '(?::\\d{1,5})?' : port ? `:${port}` : '';
  return new RegExp(`^${scheme}://${hostPart}${portPart}$`, 'i');
}

/** Parses a comma- or space-separated list from the build environment; unusable entries are dropped. */
export function parseOriginPatterns(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(/[\s,]+/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '' && patternToRegExp(entry) !== null);
}

/** Whether `origin` (exactly an origin, as `event.origin` gives it) is one the allow-list names. */
export function isAllowedOrigin(origin: string, patterns: readonly string[]): boolean {
  if (toOrigin(origin) !== origin) return false;
  return patterns.some((pattern) => patternToRegExp(pattern)?.test(origin) === true);
}
