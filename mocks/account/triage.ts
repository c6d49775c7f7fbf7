import type { SortedState } from './account-changes';
import type { Db } from './db';
import type { IncomingLeadRecord, LeadRecord } from './records';

/** State changes behind accept, decline and link; the handlers validate before calling these. */
interface Act {
  at: number;
  actingUserId: number;
}

/** The one place an incoming lead leaves the waiting set; `byUserId` is who the account tells it was. */
function close(
  db: Db,
  record: IncomingLeadRecord,
  how: SortedState,
  { at, actingUserId }: Act,
  byUserId = actingUserId,
): void {
  record.state = how;
  record.sorted_at = at;
  record.sorted_by = actingUserId;
  record.updated_at = at;
  db.onChange?.({ type: 'left', record, how, byUserId });
}

function touchLead(lead: LeadRecord, { at, actingUserId }: Act): void {
  lead.updated_at = at;
  lead.updated_by = actingUserId;
}

export function acceptIncoming(
  db: Db,
  record: IncomingLeadRecord,
  statusId: number,
  userId: number | null,
  act: Act,
): void {
  const lead = record.lead_id === null ? undefined : db.leads.get(record.lead_id);
  if (lead) {
    lead.status_id = statusId;
    if (userId !== null) lead.responsible_user_id = userId;
    touchLead(lead, act);
  }
  const contact = record.contact_id === null ? undefined : db.contacts.get(record.contact_id);
  if (contact) {
    contact.is_unsorted = false;
    contact.updated_at = act.at;
  }
  // The user the request names (`user_id`) takes the lead; without one, the user who sent it.
  close(db, record, 'accepted', act, userId ?? act.actingUserId);
}

/** Declining moves the lead and the contacts and company it brought into the bin. */
export function declineIncoming(db: Db, record: IncomingLeadRecord, act: Act): void {
  const lead = record.lead_id === null ? undefined : db.leads.get(record.lead_id);
  if (lead) {
    lead.is_deleted = true;
    touchLead(lead, act);
  }
  const contact = record.contact_id === null ? undefined : db.contacts.get(record.contact_id);
  if (contact?.is_unsorted) {
    contact.is_deleted = true;
    contact.updated_at = act.at;
  }
  const company = record.company_id === null ? undefined : db.companies.get(record.company_id);
  if (company) company.is_deleted = true;
  close(db, record, 'declined', act);
}

/**
 * Linking merges the chat into an existing lead: the incoming lead's own lead is dropped, and its contact
 * either joins the target lead or, when `contactId` names an existing contact, is merged into that one.
 */
export function linkIncoming(
  db: Db,
  record: IncomingLeadRecord,
  target: LeadRecord,
  contactId: number | null,
  act: Act,
): void {
  const ownLead = record.lead_id === null ? undefined : db.leads.get(record.lead_id);
  if (ownLead) {
    ownLead.is_deleted = true;
    touchLead(ownLead, act);
  }
  const contact = record.contact_id === null ? undefined : db.contacts.get(record.contact_id);
  const joiningId = contactId ?? contact?.id;
  if (contact && contactId !== null && contactId !== contact.id) contact.is_deleted = true;
  if (contact) contact.is_unsorted = false;
  if (joiningId !== undefined && !target.contact_ids.includes(joiningId)) target.contact_ids.push(joiningId);
  touchLead(target, act);
  close(db, record, 'linked', act);
}
