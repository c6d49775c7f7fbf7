import type { Contact } from '@/crm/crm-schemas';
import { contactKeys, type PersonKeys, sharesKey } from '@/crm/person-keys';
import type { IncomingLead } from '@/incoming-leads/incoming-lead';
import { metadataKeys } from './same-person';

export interface SamePersonInput {
  lead: IncomingLead;
  keys: PersonKeys;
  /** Incoming leads the inbox has loaded. */
  incomingLeads: readonly IncomingLead[];
  /** What the contact search found; it may hold near misses and the lead's own contact. */
  foundContacts: readonly Contact[];
}

export interface SamePersonMatches {
  incomingLeads: IncomingLead[];
  contacts: Contact[];
}

function uniqueById(contacts: readonly Contact[]): Contact[] {
  return [...new Map(contacts.map((contact) => [contact.id, contact])).values()];
}

/**
 * Other incoming leads and contacts of the same person. An incoming lead matches by its own metadata, or because
 * its contact is one the search found: forms and chats carry the phone only in the contact. A contact that belongs
 * to a listed incoming lead is not listed again.
 */
export function findSamePerson({ lead, keys, incomingLeads, foundContacts }: SamePersonInput): SamePersonMatches {
  const contacts = uniqueById(foundContacts).filter(
    (contact) => contact.id !== lead.contactId && sharesKey(keys, contactKeys(contact)),
  );
  const matchedContactIds = new Set(contacts.map((contact) => contact.id));
  const others = incomingLeads.filter(
    (other) =>
      other.uid !== lead.uid &&
      (sharesKey(keys, metadataKeys(other)) || (other.contactId !== null && matchedContactIds.has(other.contactId))),
  );
  const listedContactIds = new Set(others.map((other) => other.contactId));
  return { incomingLeads: others, contacts: contacts.filter((contact) => !listedContactIds.has(contact.id)) };
}
