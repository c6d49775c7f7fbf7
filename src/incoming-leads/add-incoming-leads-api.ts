import * as z from 'zod/mini';
import type { ApiClient } from '@/lib/http';
import { type EpochMs, epochMsToSeconds, lenientText, requiredText } from '@/lib/lenient-schemas';
import { parseResponse } from '@/lib/parse-response';
import type { AddedIncomingLead } from './incoming-lead';
import { embeddedIdsSchema } from './incoming-lead-wire-api';
import { INCOMING_LEADS_PATH, MAX_PAGE_SIZE } from './incoming-leads-api';

interface NewIncomingLeadBase {
  /** Echoed back in the result; defaults to the item's position in the call ("0", "1", …). */
  requestId?: string;
  sourceUid: string;
  sourceName: string;
  pipelineId?: number;
  createdAt?: EpochMs;
  lead?: { name?: string; price?: number };
  contact?: { name?: string; phone?: string; email?: string };
  company?: { name: string };
}

export interface NewIncomingCall extends NewIncomingLeadBase {
  call: {
    /** The caller: a number or a name. */
    from: string;
    phone: string;
    calledAt: EpochMs;
    durationSeconds: number;
    recordingUrl?: string;
    serviceCode: string;
    uniq: string;
    /** Also add a call event to the lead card. */
    addCallEvent?: boolean;
  };
}

export interface NewIncomingForm extends NewIncomingLeadBase {
  form: {
    formId: string;
    formName: string;
    formPage: string;
    sentAt: EpochMs;
    ip?: string;
    referer?: string;
    visitorUid?: string;
    formType?: string;
  };
}

const addedSchema = z.object({
  _embedded: z.object({
    unsorted: z.array(
      z.pipe(
        z.object({ uid: requiredText, request_id: lenientText, _embedded: embeddedIdsSchema }),
        z.transform((item): AddedIncomingLead => ({ uid: item.uid, requestId: item.request_id, ...item._embedded })),
      ),
    ),
  }),
});

function contactCustomFields(contact: NonNullable<NewIncomingLeadBase['contact']>) {
  const fields = [
    contact.phone ? { field_code: 'PHONE', values: [{ value: contact.phone, enum_code: 'WORK' }] } : null,
    contact.email ? { field_code: 'EMAIL', values: [{ value: contact.email, enum_code: 'WORK' }] } : null,
  ].filter((field) => field !== null);
  return fields.length > 0 ? fields : undefined;
}

function toWireBase(item: NewIncomingLeadBase, index: number) {
  const { contact, lead, company } = item;
  return {
    request_id: item.requestId ?? String(index),
    source_uid: item.sourceUid,
    source_name: item.sourceName,
    pipeline_id: item.pipelineId,
    created_at: item.createdAt === undefined ? undefined : epochMsToSeconds(item.createdAt),
    _embedded: {
      leads: lead ? [lead] : undefined,
      contacts: contact ? [{ name: contact.name, custom_fields_values: contactCustomFields(contact) }] : undefined,
      companies: company ? [company] : undefined,
    },
  };
}

function toWireCall(item: NewIncomingCall, index: number) {
  const { call } = item;
  const metadata = {
    from: call.from,
    phone: call.phone,
    called_at: epochMsToSeconds(call.calledAt),
    duration: call.durationSeconds,
    link: call.recordingUrl,
    service_code: call.serviceCode,
    uniq: call.uniq,
    is_call_event_needed: call.addCallEvent,
  };
  return { ...toWireBase(item, index), metadata };
}

function toWireForm(item: NewIncomingForm, index: number) {
  const { form } = item;
  const metadata = {
    form_id: form.formId,
    form_name: form.formName,
    form_page: form.formPage,
    form_sent_at: epochMsToSeconds(form.sentAt),
    ip: form.ip,
    referer: form.referer,
    visitor_uid: form.visitorUid,
    form_type: form.formType,
  };
  return { ...toWireBase(item, index), metadata };
}

/** Sends items in batches of at most 250, the API's limit per request. */
async function addInBatches(api: ApiClient, path: string, wireItems: unknown[], signal?: AbortSignal) {
  const added: AddedIncomingLead[] = [];
  for (let start = 0; start < wireItems.length; start += MAX_PAGE_SIZE) {
    const batch = wireItems.slice(start, start + MAX_PAGE_SIZE);
    const body = await api.post(path, batch, { signal });
    if (body !== null) added.push(...parseResponse(addedSchema, body, 'add incoming leads')._embedded.unsorted);
  }
  return added;
}

/** Adds incoming calls; each result carries the `requestId` of the item it came from. */
export function addCalls(api: ApiClient, items: NewIncomingCall[], signal?: AbortSignal): Promise<AddedIncomingLead[]> {
  return addInBatches(api, `${INCOMING_LEADS_PATH}/sip`, items.map(toWireCall), signal);
}

/** Adds incoming web-form submissions; each result carries the `requestId` of the item it came from. */
export function addForms(api: ApiClient, items: NewIncomingForm[], signal?: AbortSignal): Promise<AddedIncomingLead[]> {
  return addInBatches(api, `${INCOMING_LEADS_PATH}/forms`, items.map(toWireForm), signal);
}
