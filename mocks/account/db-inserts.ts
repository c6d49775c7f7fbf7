import { type Db, findPipeline, incomingStage, mainPipeline, nextUid } from './db';
import type {
  CompanyRecord,
  ContactRecord,
  IncomingCategory,
  IncomingLeadRecord,
  LeadFieldValue,
  LeadRecord,
  Metadata,
  MultitextValue,
  TagRecord,
} from './records';

/** New rows for the account tables: what add requests, the seed and the tests create. */
export interface ContactDraft {
  name: string;
  first_name: string;
  last_name: string;
  phones: MultitextValue[];
  emails: MultitextValue[];
  responsible_user_id?: number;
}
export interface LeadDraft {
  name: string;
  price: number;
  responsible_user_id?: number;
  tag_ids?: number[];
  custom_fields_values?: LeadFieldValue[] | null;
}
export interface IncomingLeadDraft {
  uid?: string;
  source_uid: string | null;
  source_name: string | null;
  category: IncomingCategory;
  pipeline_id: number;
  created_at: number;
  metadata: Metadata;
  contact: ContactDraft | null;
  company: { name: string } | null;
  lead: LeadDraft | null;
  responsible_user_id: number;
}

function insertContact(db: Db, draft: ContactDraft, owner: number, at: number): ContactRecord {
  const { responsible_user_id, ...fields } = draft;
  const contact: ContactRecord = {
    ...fields,
    id: db.nextId.contact++,
    responsible_user_id: responsible_user_id ?? owner,
    created_by: owner,
    created_at: at,
    updated_at: at,
    is_deleted: false,
    is_unsorted: true,
    company_id: null,
  };
  db.contacts.set(contact.id, contact);
  return contact;
}

export function insertLead(
  db: Db,
  draft: LeadDraft,
  place: Pick<LeadRecord, 'pipeline_id' | 'status_id'>,
  owner: number,
  at: number,
): LeadRecord {
  const lead: LeadRecord = {
    id: db.nextId.lead++,
    name: draft.name,
    price: draft.price,
    responsible_user_id: draft.responsible_user_id ?? owner,
    ...place,
    created_by: owner,
    updated_by: owner,
    created_at: at,
    updated_at: at,
    closed_at: null,
    is_deleted: false,
    contact_ids: [],
    company_id: null,
    tag_ids: draft.tag_ids ?? [],
    custom_fields_values: draft.custom_fields_values ?? null,
  };
  db.leads.set(lead.id, lead);
  return lead;
}

export function insertCompany(db: Db, name: string, owner: number, at: number): CompanyRecord {
  const company = {
    id: db.nextId.company++,
    name,
    responsible_user_id: owner,
    created_by: owner,
    created_at: at,
    updated_at: at,
    is_deleted: false,
  };
  db.companies.set(company.id, company);
  return company;
}

/** Stores an incoming lead with the contact, company and lead it brings, all waiting in the incoming stage. */
export function insertIncomingLead(db: Db, draft: IncomingLeadDraft): IncomingLeadRecord {
  const pipeline = findPipeline(db, draft.pipeline_id) ?? mainPipeline(db);
  const { created_at: at, responsible_user_id: owner } = draft;
  const contact = draft.contact && insertContact(db, draft.contact, owner, at);
  const company = draft.company && insertCompany(db, draft.company.name, owner, at);
  const lead =
    draft.lead &&
    insertLead(db, draft.lead, { pipeline_id: pipeline.id, status_id: incomingStage(pipeline).id }, owner, at);
  if (contact && company) contact.company_id = company.id;
  if (lead && contact) lead.contact_ids.push(contact.id);
  if (lead && company) lead.company_id = company.id;
  const record: IncomingLeadRecord = {
    uid: draft.uid ?? nextUid(db),
    source_uid: draft.source_uid,
    source_name: draft.source_name,
    category: draft.category,
    pipeline_id: pipeline.id,
    created_at: at,
    updated_at: at,
    metadata: draft.metadata,
    lead_id: lead?.id ?? null,
    contact_id: contact?.id ?? null,
    company_id: company?.id ?? null,
    state: 'pending',
    sorted_at: null,
    sorted_by: null,
  };
  db.incoming.set(record.uid, record);
  db.onChange?.({ type: 'arrived', record });
  return record;
}

export function tagByName(db: Db, name: string): TagRecord {
  const existing = [...db.tags.values()].find((t) => t.name.toLowerCase() === name.toLowerCase());
  if (existing) return existing;
  const tag = { id: db.nextId.tag++, name };
  db.tags.set(tag.id, tag);
  return tag;
}
