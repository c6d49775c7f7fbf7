import * as z from 'zod/mini';
import type { ApiClient } from '@/lib/http';
import {
  lenientArray,
  lenientBoolean,
  lenientEpochMs,
  lenientNumber,
  lenientObject,
  lenientText,
  requiredId,
} from '@/lib/lenient-schemas';
import { parseResponse } from '@/lib/parse-response';
import type { QueryParams } from '@/lib/query-string';
import type { CrmLead } from './crm-schemas';
import { fetchByIdChunks } from './fetch-by-ids';

const LEADS_PATH = '/api/v4/leads';
const SEARCH_LIMIT = 50;

const contactStubs = lenientArray(lenientObject({ id: lenientNumber, is_main: lenientBoolean }));

const leadSchema = z.pipe(
  z.object({
    id: requiredId,
    name: lenientText,
    price: lenientNumber,
    status_id: requiredId,
    pipeline_id: requiredId,
    responsible_user_id: lenientNumber,
    created_at: lenientEpochMs,
    updated_at: lenientEpochMs,
    _embedded: lenientObject({ contacts: contactStubs }),
  }),
  z.transform((lead): CrmLead => {
    const contacts = lead._embedded.contacts.flatMap(({ id, is_main }) => (id === null ? [] : [{ id, is_main }]));
    const main = contacts.find((contact) => contact.is_main) ?? contacts[0];
    return {
      id: lead.id,
      name: lead.name,
      price: lead.price,
      statusId: lead.status_id,
      pipelineId: lead.pipeline_id,
      responsibleUserId: lead.responsible_user_id,
      contactIds: contacts.map((contact) => contact.id),
      mainContactId: main?.id ?? null,
      createdAt: lead.created_at,
      updatedAt: lead.updated_at,
    };
  }),
);

const leadsSchema = z.object({ _embedded: z.object({ leads: z.array(leadSchema) }) });

async function fetchLeads(api: ApiClient, query: QueryParams, signal?: AbortSignal): Promise<CrmLead[]> {
  const body = await api.get(LEADS_PATH, { query: { ...query, with: 'contacts' }, signal });
  return body === null ? [] : parseResponse(leadsSchema, body, 'leads')._embedded.leads;
}

/** The CRM leads with these ids, with their contacts' ids; ids that do not exist are left out. */
export function fetchLeadsByIds(api: ApiClient, ids: readonly number[], signal?: AbortSignal): Promise<CrmLead[]> {
  return fetchByIdChunks(ids, (chunk, limit) => fetchLeads(api, { filter: { id: chunk }, limit }, signal));
}

/** Leads whose filled fields (name, phone, e-mail…) match the text; an empty query finds nothing. */
export async function searchLeads(api: ApiClient, query: string, signal?: AbortSignal): Promise<CrmLead[]> {
  const text = query.trim();
  if (text === '') return [];
  return fetchLeads(api, { query: text, limit: SEARCH_LIMIT }, signal);
}
