import type { Stage } from '@/crm/crm-schemas';
import type { IncomingLead } from '@/incoming-leads/incoming-lead';
import type { TriageAction } from '@/triage/triage-action';

/* Domain objects for unit tests of the triage actions' pure code; flow tests use the emulator's data. */

const base = { sourceUid: null, sourceName: null, pipelineId: 1, createdAt: 0, accountId: 1 };
const links = { leadId: null, contactId: null, companyId: null };

export function testCall(uid: string, from: string | null = 'Anna Petrova'): IncomingLead {
  const call = { from, phone: null, calledAt: null, durationSeconds: 0, isMissed: true, recordingUrl: null };
  return {
    uid,
    ...base,
    ...links,
    category: 'sip',
    call: { ...call, serviceCode: null, uniq: null, responsible: null },
  };
}

export function testChat(uid: string, clientName = 'Ivan Petrov'): IncomingLead {
  const chat = { from: null, to: null, receivedAt: null, service: 'telegram', clientName, clientAvatar: null };
  const more = { chatId: null, ref: null, visitorUid: null, lastMessage: null, sourceName: null };
  return { uid, ...base, ...links, category: 'chats', chat: { ...chat, ...more } };
}

export function testStage(id: number, kind: Stage['kind'] = 'regular'): Stage {
  return { id, name: `Stage ${id}`, sort: id, color: null, pipelineId: 1, kind };
}

export function testAction(lead: IncomingLead, extra: Partial<TriageAction> = {}): TriageAction {
  return {
    kind: 'accept',
    lead,
    id: 'a1',
    queuedAt: 0,
    sendAt: 5000,
    state: 'grace',
    attempts: 0,
    ...extra,
  } as TriageAction;
}
