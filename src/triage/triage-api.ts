import * as z from 'zod/mini';
import { isLeadCategory, type TriageResult } from '@/incoming-leads/incoming-lead';
import { embeddedIdsSchema } from '@/incoming-leads/incoming-lead-wire-api';
import { incomingLeadPath } from '@/incoming-leads/incoming-leads-api';
import type { ApiClient } from '@/lib/http';
import { lenientNumber, lenientText } from '@/lib/lenient-schemas';
import { parseResponse } from '@/lib/parse-response';

export interface AcceptOptions {
  /** The user recorded as having accepted it. */
  userId?: number;
  /** The stage the new lead goes to; without it, the pipeline's first stage. */
  stageId?: number;
}

export interface DeclineOptions {
  userId?: number;
}

export interface LinkOptions {
  /** The existing lead (or customer, with `entityType: 'customers'`) the incoming lead joins. */
  leadId: number;
  entityType?: 'leads' | 'customers';
  /** The existing contact the incoming lead's contact is merged into. */
  contactId?: number;
  userId?: number;
}

const triageResultSchema = z.pipe(
  z.object({
    uid: lenientText,
    category: z.transform((value: unknown) => (isLeadCategory(value) ? value : null)),
    pipeline_id: lenientNumber,
    _embedded: embeddedIdsSchema,
  }),
  z.transform((body) => ({ uid: body.uid, category: body.category, pipelineId: body.pipeline_id, ...body._embedded })),
);

function toTriageResult(uid: string, body: unknown, what: string): TriageResult {
  // A bodiless success (204) still means the action happened.
  if (body === null) return { uid, category: null, pipelineId: null, leadId: null, contactId: null, companyId: null };
  const result = parseResponse(triageResultSchema, body, what);
  return { ...result, uid: result.uid ?? uid };
}

/** Turns the incoming lead into a regular lead, optionally in a given stage and on behalf of a user. */
export async function acceptIncomingLead(
  api: ApiClient,
  uid: string,
  { userId, stageId }: AcceptOptions = {},
  signal?: AbortSignal,
): Promise<TriageResult> {
  const body = await api.post(`${incomingLeadPath(uid)}/accept`, { user_id: userId, status_id: stageId }, { signal });
  return toTriageResult(uid, body, 'accept');
}

/** Declines the incoming lead; its lead and contact go to the bin. */
export async function declineIncomingLead(
  api: ApiClient,
  uid: string,
  { userId }: DeclineOptions = {},
  signal?: AbortSignal,
): Promise<TriageResult> {
  const body = await api.delete(`${incomingLeadPath(uid)}/decline`, { user_id: userId }, { signal });
  return toTriageResult(uid, body, 'decline');
}

/** Joins an incoming chat to an existing lead. The API allows it for chats and for admins only. */
export async function linkIncomingLead(
  api: ApiClient,
  uid: string,
  { leadId, entityType = 'leads', contactId, userId }: LinkOptions,
  signal?: AbortSignal,
): Promise<TriageResult> {
  const link = {
    entity_id: leadId,
    entity_type: entityType,
    metadata: contactId === undefined ? undefined : { contact_id: contactId },
  };
  const body = await api.post(`${incomingLeadPath(uid)}/link`, { link, user_id: userId }, { signal });
  return toTriageResult(uid, body, 'link');
}
