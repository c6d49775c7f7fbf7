import * as z from 'zod/mini';
import {
  lenientArray,
  lenientEpochMs,
  lenientNumber,
  lenientObject,
  lenientText,
  requiredId,
  requiredText,
} from '@/lib/lenient-schemas';
import { type IncomingLead, LEAD_CATEGORIES } from './incoming-lead';
import {
  incomingCallSchema,
  incomingChatSchema,
  incomingFormSchema,
  incomingMailSchema,
} from './incoming-lead-metadata';

/*
 * The wire shape of one item of `/api/v4/leads/unsorted` and its mapping to IncomingLead. `_embedded` holds
 * stubs `{id, _links}` only; each list "always consists of one object", `companies` is often empty.
 */

const stubs = lenientArray(lenientObject({ id: lenientNumber }));

/** The ids of the lead, contact and company that came with an incoming lead or a triage action. */
export const embeddedIdsSchema = z.pipe(
  lenientObject({ leads: stubs, contacts: stubs, companies: stubs }),
  z.transform((embedded) => ({
    leadId: embedded.leads[0]?.id ?? null,
    contactId: embedded.contacts[0]?.id ?? null,
    companyId: embedded.companies[0]?.id ?? null,
  })),
);

const itemSchema = z.object({
  uid: requiredText,
  source_uid: lenientText,
  source_name: lenientText,
  category: z.enum(LEAD_CATEGORIES),
  pipeline_id: requiredId,
  // Missing or out of range reads as unknown: one broken record must not fail the whole page.
  created_at: lenientEpochMs,
  account_id: lenientNumber,
  metadata: z.unknown(),
  _embedded: embeddedIdsSchema,
});

type WireItem = z.output<typeof itemSchema>;

function toIncomingLead(item: WireItem): IncomingLead {
  const base = {
    uid: item.uid,
    sourceUid: item.source_uid,
    sourceName: item.source_name,
    pipelineId: item.pipeline_id,
    createdAt: item.created_at,
    accountId: item.account_id,
    ...item._embedded,
  };
  // The metadata schemas are lenient and never fail, so parsing here cannot throw.
  switch (item.category) {
    case 'sip':
      return { ...base, category: 'sip', call: z.parse(incomingCallSchema, item.metadata) };
    case 'forms':
      return { ...base, category: 'forms', form: z.parse(incomingFormSchema, item.metadata) };
    case 'chats':
      return { ...base, category: 'chats', chat: z.parse(incomingChatSchema, item.metadata) };
    case 'mail':
      return { ...base, category: 'mail', mail: z.parse(incomingMailSchema, item.metadata) };
  }
}

export const incomingLeadSchema = z.pipe(itemSchema, z.transform(toIncomingLead));

export const incomingLeadListSchema = z.object({
  _embedded: z.object({ unsorted: z.array(incomingLeadSchema) }),
});
