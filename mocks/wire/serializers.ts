import { ACCOUNT, EMAIL_FIELD, ENUM_IDS, PHONE_FIELD } from '../account/account-catalog';
import type { Db } from '../account/db';
import type { CompanyRecord, ContactRecord, IncomingLeadRecord, LeadRecord, MultitextValue } from '../account/records';
import { link, stub } from './hal';

/** Wire shapes of the CRM entities (amocrm-api-facts.md §1.5, §4.4, §4.5). */
export function incomingStubs(origin: string, record: IncomingLeadRecord) {
  return {
    contacts: record.contact_id === null ? [] : [stub(origin, 'contacts', record.contact_id)],
    leads: record.lead_id === null ? [] : [stub(origin, 'leads', record.lead_id)],
    companies: record.company_id === null ? [] : [stub(origin, 'companies', record.company_id)],
  };
}

/** A list or detail item: lead/contact/company stubs only, and never `updated_at`. */
export function incomingItem(origin: string, record: IncomingLeadRecord) {
  return {
    uid: record.uid,
    source_uid: record.source_uid,
    source_name: record.source_name,
    category: record.category,
    pipeline_id: record.pipeline_id,
    created_at: record.created_at,
    metadata: record.metadata,
    account_id: ACCOUNT.id,
    _links: link(origin, `/api/v4/leads/unsorted/${record.uid}`),
    _embedded: incomingStubs(origin, record),
  };
}

function multitext(field: typeof PHONE_FIELD | typeof EMAIL_FIELD, values: MultitextValue[]) {
  return {
    field_id: field.id,
    field_name: field.name,
    field_code: field.code,
    field_type: 'multitext',
    values: values.map((v) => ({ value: v.value, enum_id: ENUM_IDS[v.enum_code], enum_code: v.enum_code })),
  };
}

export function contactItem(origin: string, contact: ContactRecord, db: Db, withLeads: boolean) {
  const fields = [
    ...(contact.phones.length > 0 ? [multitext(PHONE_FIELD, contact.phones)] : []),
    ...(contact.emails.length > 0 ? [multitext(EMAIL_FIELD, contact.emails)] : []),
  ];
  const leads = withLeads
    ? [...db.leads.values()].filter((l) => !l.is_deleted && l.contact_ids.includes(contact.id))
    : [];
  return {
    id: contact.id,
    name: contact.name,
    first_name: contact.first_name,
    last_name: contact.last_name,
    responsible_user_id: contact.responsible_user_id,
    group_id: 0,
    created_by: contact.created_by,
    updated_by: contact.created_by,
    created_at: contact.created_at,
    updated_at: contact.updated_at,
    closest_task_at: null,
    is_deleted: contact.is_deleted,
    is_unsorted: contact.is_unsorted,
    // amoCRM sends null, not [], for a contact without any field values.
    custom_fields_values: fields.length > 0 ? fields : null,
    account_id: ACCOUNT.id,
    _links: link(origin, `/api/v4/contacts/${contact.id}`),
    _embedded: {
      tags: [],
      companies: contact.company_id === null ? [] : [stub(origin, 'companies', contact.company_id)],
      ...(withLeads ? { leads: leads.map((l) => stub(origin, 'leads', l.id)) } : {}),
    },
  };
}

export function leadItem(origin: string, lead: LeadRecord, db: Db, withContacts: boolean) {
  return {
    id: lead.id,
    name: lead.name,
    price: lead.price,
    responsible_user_id: lead.responsible_user_id,
    group_id: 0,
    status_id: lead.status_id,
    pipeline_id: lead.pipeline_id,
    loss_reason_id: null,
    created_by: lead.created_by,
    updated_by: lead.updated_by,
    created_at: lead.created_at,
    updated_at: lead.updated_at,
    closed_at: lead.closed_at,
    closest_task_at: null,
    is_deleted: lead.is_deleted,
    custom_fields_values: lead.custom_fields_values,
    score: null,
    account_id: ACCOUNT.id,
    labor_cost: null,
    _links: link(origin, `/api/v4/leads/${lead.id}`),
    _embedded: {
      tags: lead.tag_ids.map((id) => ({ id, name: db.tags.get(id)?.name ?? '', color: null })),
      companies: lead.company_id === null ? [] : [stub(origin, 'companies', lead.company_id)],
      ...(withContacts
        ? { contacts: lead.contact_ids.map((id, index) => ({ ...stub(origin, 'contacts', id), is_main: index === 0 })) }
        : {}),
    },
  };
}

export function companyItem(origin: string, company: CompanyRecord) {
  return {
    id: company.id,
    name: company.name,
    responsible_user_id: company.responsible_user_id,
    group_id: 0,
    created_by: company.created_by,
    updated_by: company.created_by,
    created_at: company.created_at,
    updated_at: company.updated_at,
    closest_task_at: null,
    is_deleted: company.is_deleted,
    custom_fields_values: null,
    account_id: ACCOUNT.id,
    _links: link(origin, `/api/v4/companies/${company.id}`),
    _embedded: { tags: [] },
  };
}
