import { type Db, pendingIncomingLeads } from './db';
import { type ContactDraft, type IncomingLeadDraft, tagByName } from './db-inserts';
import type { IncomingLeadRecord } from './records';

/**
 * Incoming leads cannot hold the same entity twice (reference page). We call an added item a duplicate
 * when a waiting incoming lead has the same source_uid and a contact with a shared phone or e-mail.
 */
const digits = (value: string): string => value.replace(/\D/g, '');

function contactKeys(contact: Pick<ContactDraft, 'phones' | 'emails'> | null | undefined): Set<string> {
  if (!contact) return new Set();
  return new Set([
    ...contact.phones.map((p) => `phone:${digits(p.value)}`).filter((key) => key !== 'phone:'),
    ...contact.emails.map((e) => `email:${e.value.trim().toLowerCase()}`),
  ]);
}

function sameContact(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 && b.size === 0) return true;
  return [...a].some((key) => b.has(key));
}

export type Duplicate = { kind: 'stored'; record: IncomingLeadRecord } | { kind: 'batch'; index: number };

export function findDuplicate(db: Db, draft: IncomingLeadDraft, earlierInBatch: IncomingLeadDraft[]): Duplicate | null {
  if (draft.source_uid === null) return null;
  const keys = contactKeys(draft.contact);
  const index = earlierInBatch.findIndex(
    (other) => other.source_uid === draft.source_uid && sameContact(keys, contactKeys(other.contact)),
  );
  if (index >= 0) return { kind: 'batch', index };
  const record = pendingIncomingLeads(db).find(
    (r) =>
      r.source_uid === draft.source_uid &&
      sameContact(keys, contactKeys(r.contact_id === null ? null : db.contacts.get(r.contact_id))),
  );
  return record ? { kind: 'stored', record } : null;
}

export const DUPLICATE_TAG = 'Duplicate';

/** The "tag" behaviour of the newer Kommo reference: both leads get a duplicate tag instead of an error. */
export function tagAsDuplicates(db: Db, records: IncomingLeadRecord[]): void {
  const tag = tagByName(db, DUPLICATE_TAG);
  for (const record of records) {
    const lead = record.lead_id === null ? undefined : db.leads.get(record.lead_id);
    if (lead && !lead.tag_ids.includes(tag.id)) lead.tag_ids.push(tag.id);
  }
}
