import type {
  IncomingCall,
  IncomingChat,
  IncomingForm,
  IncomingLead,
  IncomingLeadSummary,
  IncomingMail,
} from '@/incoming-leads/incoming-lead';

/* Incoming leads as the domain sees them, for unit tests of pure code; flow tests use the emulator's data. */

type Extra = Partial<Omit<IncomingLead, 'category'>>;

const base = (uid: string, extra: Extra) => ({
  uid,
  sourceUid: null,
  sourceName: null,
  pipelineId: 2194576,
  createdAt: Date.UTC(2026, 10, 20, 9, 30),
  accountId: 1,
  leadId: null,
  contactId: null,
  companyId: null,
  ...extra,
});

export function testCall(uid: string, call: Partial<IncomingCall> = {}, extra: Extra = {}): IncomingLead {
  const empty = { from: null, phone: null, calledAt: null, durationSeconds: 30, isMissed: false };
  const more = { recordingUrl: null, serviceCode: null, uniq: null, responsible: null };
  return { ...base(uid, extra), category: 'sip', call: { ...empty, ...more, ...call } };
}

export function testForm(uid: string, form: Partial<IncomingForm> = {}, extra: Extra = {}): IncomingLead {
  const empty = { formId: null, formName: null, formPage: null, ip: null, sentAt: null, referer: null };
  return { ...base(uid, extra), category: 'forms', form: { ...empty, visitorUid: null, formType: null, ...form } };
}

export function testChat(uid: string, chat: Partial<IncomingChat> = {}, extra: Extra = {}): IncomingLead {
  const empty = { from: null, to: null, receivedAt: null, service: null, clientName: null, clientAvatar: null };
  const more = { chatId: null, ref: null, visitorUid: null, lastMessage: null, sourceName: null };
  return { ...base(uid, extra), category: 'chats', chat: { ...empty, ...more, ...chat } };
}

export function testMail(uid: string, mail: Partial<IncomingMail> = {}, extra: Extra = {}): IncomingLead {
  const empty = { fromEmail: null, fromName: null, receivedAt: null, subject: null, threadId: null };
  return { ...base(uid, extra), category: 'mail', mail: { ...empty, messageId: null, summary: null, ...mail } };
}

/** amoCRM's summary of a period: 10 incoming leads, 3 accepted, 2 declined, 5 waiting. */
export function testSummary(extra: Partial<IncomingLeadSummary> = {}): IncomingLeadSummary {
  return {
    total: 10,
    accepted: 3,
    declined: 2,
    waiting: 5,
    averageSortTimeSeconds: 60,
    categories: { sip: 1, forms: 2, chats: 3, mail: 4 },
    ...extra,
  };
}
