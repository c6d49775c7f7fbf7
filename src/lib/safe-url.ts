// Whitespace or control characters inside a URL are how `java\tscript:` and similar tricks get past checks.
const HIDDEN_CHARACTERS = /[\p{Cc}\p{Cf}\p{Z}]/u;

/**
 * Returns the value as a normalised absolute http(s) URL, or `null` when it is anything else: other schemes
 * (`javascript:`, `data:`), protocol-relative or relative addresses, embedded credentials, hidden characters.
 * Use it for every link, avatar and recording that comes from lead data.
 */
export function toSafeHttpUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const candidate = value.trim();
  if (HIDDEN_CHARACTERS.test(candidate) || !/^https?:\/\/[^/\\]/i.test(candidate)) return null;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.hostname === '' || url.username !== '' || url.password !== '') return null;
  return url.href;
}
