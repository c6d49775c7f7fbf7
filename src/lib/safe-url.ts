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

/** Separators people write phone numbers with: spaces, dashes, dots, brackets. */
const PHONE_SEPARATORS = /[\s().-]/g;

/**
 * A `tel:` link for a phone number from lead data, or `null` unless it is one: digits only (5 to 15, as E.164
 * allows), with at most a leading `+`, once the usual separators are taken out. Anything else stays text.
 */
export function toTelHref(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const digits = value.trim().replace(PHONE_SEPARATORS, '');
  return /^\+?\d{5,15}$/.test(digits) ? `tel:${digits}` : null;
}

const EMAIL_LOCAL = /^[A-Za-z0-9!$'*+=^_`{|}~/-]+(\.[A-Za-z0-9!$'*+=^_`{|}~/-]+)*$/;
const EMAIL_DOMAIN =
  /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/**
 * A `mailto:` link for an e-mail address from lead data, or `null` unless it is a plain address: no spaces,
 * quotes, `?`, `&`, `#` or `%` (which would add a subject, copies or a body to the mail), a dotted domain.
 */
export function toMailtoHref(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const address = value.trim();
  const at = address.lastIndexOf('@');
  if (at <= 0 || address.length > 254) return null;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  return EMAIL_LOCAL.test(local) && EMAIL_DOMAIN.test(domain) ? `mailto:${address}` : null;
}
