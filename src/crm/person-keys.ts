import type { Contact } from './crm-schemas';

/**
 * Who a record is, as far as phones and e-mails tell: two records that share a normalised phone or e-mail are
 * taken for the same person (the drawer's "Same person elsewhere", the link dialog's order).
 */

/** Normalised phones and e-mails of one person: what two records must share to be the same person. */
export interface PersonKeys {
  phones: string[];
  emails: string[];
}

// Fewer digits than this is an extension or a short code, which many people share.
const MIN_PHONE_DIGITS = 7;
// The same number arrives as +7 916…, 8 (916)… or 7916…: the last ten digits are the subscriber's number.
const PHONE_KEY_DIGITS = 10;
const EMAIL = /^[^\s@]+@[^\s@]+$/;

export function phoneKey(value: string | null | undefined): string | null {
  const digits = (value ?? '').replace(/\D/g, '');
  return digits.length < MIN_PHONE_DIGITS ? null : digits.slice(-PHONE_KEY_DIGITS);
}

export function emailKey(value: string | null | undefined): string | null {
  const email = (value ?? '').trim().toLowerCase();
  return EMAIL.test(email) ? email : null;
}

export function keysOf(phones: readonly (string | null)[], emails: readonly (string | null)[]): PersonKeys {
  const unique = (values: (string | null)[]) => [...new Set(values.filter((value) => value !== null))];
  return { phones: unique(phones.map(phoneKey)), emails: unique(emails.map(emailKey)) };
}

export function contactKeys(contact: Contact): PersonKeys {
  return keysOf(contact.phones, contact.emails);
}

export function mergeKeys(...keys: PersonKeys[]): PersonKeys {
  return {
    phones: [...new Set(keys.flatMap((key) => key.phones))],
    emails: [...new Set(keys.flatMap((key) => key.emails))],
  };
}

export function hasKeys(keys: PersonKeys): boolean {
  return keys.phones.length > 0 || keys.emails.length > 0;
}

export function sharesKey(a: PersonKeys, b: PersonKeys): boolean {
  return a.phones.some((phone) => b.phones.includes(phone)) || a.emails.some((email) => b.emails.includes(email));
}

/** What to ask the contact search for; a few terms at most, because every search is a request. */
export function searchTerms(keys: PersonKeys, limit = 3): string[] {
  return [...keys.phones, ...keys.emails].slice(0, limit);
}
