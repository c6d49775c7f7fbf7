import type { IncomingCall, IncomingLead, IncomingMail } from '@/incoming-leads/incoming-lead';

/* Domain objects for unit tests of pure code; component tests use the emulator's data instead. */

const base = {
  sourceUid: null,
  sourceName: null,
  pipelineId: 2194576,
  createdAt: Date.UTC(2026, 10, 20, 9, 30),
  accountId: 1,
  leadId: null,
  contactId: null,
  companyId: null,
};

export function testCall(
  uid: string,
  call: Partial<IncomingCall> = {},
  extra: Partial<IncomingLead> = {},
): IncomingLead {
  return {
    ...base,
    ...extra,
    uid,
    category: 'sip',
    call: {
      from: null,
      phone: null,
      calledAt: null,
      durationSeconds: null,
      isMissed: false,
      recordingUrl: null,
      serviceCode: null,
      uniq: null,
      responsible: null,
      ...call,
    },
  } as IncomingLead;
}

export function testMail(
  uid: string,
  mail: Partial<IncomingMail> = {},
  extra: Partial<IncomingLead> = {},
): IncomingLead {
  return {
    ...base,
    ...extra,
    uid,
    category: 'mail',
    mail: {
      fromEmail: null,
      fromName: null,
      receivedAt: null,
      subject: null,
      threadId: null,
      messageId: null,
      summary: null,
      ...mail,
    },
  } as IncomingLead;
}
