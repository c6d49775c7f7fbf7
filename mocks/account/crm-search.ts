import type { Db } from './db';
import type { ContactRecord, LeadRecord } from './records';

/**
 * `query=` searches filled fields: names, e-mails, and phones by their digits, so "+7 916" finds
 * "8 (916) ..." as amoCRM's search does. A lead also matches through its contacts.
 */
export function contactMatches(contact: ContactRecord, query: string): boolean {
  const text = query.trim().toLowerCase();
  if (text === '') return true;
  const digits = text.replace(/\D/g, '');
  // Russian numbers are typed with 8 or +7 in front; compare without the country prefix.
  const local = digits.length === 11 && (digits.startsWith('7') || digits.startsWith('8')) ? digits.slice(1) : digits;
  if (contact.name.toLowerCase().includes(text)) return true;
  if (contact.emails.some((e) => e.value.toLowerCase().includes(text))) return true;
  return local.length >= 5 && contact.phones.some((p) => p.value.replace(/\D/g, '').includes(local));
}

export function leadMatches(db: Db, lead: LeadRecord, query: string): boolean {
  const text = query.trim().toLowerCase();
  if (text === '' || lead.name.toLowerCase().includes(text) || String(lead.id) === text) return true;
  return lead.contact_ids.some((id) => {
    const contact = db.contacts.get(id);
    return contact !== undefined && !contact.is_deleted && contactMatches(contact, text);
  });
}
