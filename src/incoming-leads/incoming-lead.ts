import type { EpochMs } from '@/lib/lenient-schemas';

export const LEAD_CATEGORIES = ['sip', 'forms', 'chats', 'mail'] as const;

/** How an incoming lead arrived: a call, a web form, a chat or an e-mail. */
export type LeadCategory = (typeof LEAD_CATEGORIES)[number];

export function isLeadCategory(value: unknown): value is LeadCategory {
  return (LEAD_CATEGORIES as readonly unknown[]).includes(value);
}

interface IncomingLeadBase {
  uid: string;
  sourceUid: string | null;
  sourceName: string | null;
  pipelineId: number;
  /** When it came in; `null` when the API sent none or an impossible one (the UI says "unknown"). */
  createdAt: EpochMs | null;
  accountId: number | null;
  /** The lead, contact and company the CRM created alongside; they become visible once accepted. */
  leadId: number | null;
  contactId: number | null;
  companyId: number | null;
}

export interface IncomingCall {
  /** The caller as the telephony sent it: a number or a name. */
  from: string | null;
  phone: string | null;
  calledAt: EpochMs | null;
  durationSeconds: number | null;
  /** A call that lasted zero seconds. */
  isMissed: boolean;
  /** An absolute http(s) address, or `null` when the recording link is missing or unsafe. */
  recordingUrl: string | null;
  serviceCode: string | null;
  uniq: string | null;
  /** The user who took the call, as an id or a name written as text. */
  responsible: string | null;
}

export interface IncomingForm {
  formId: string | null;
  formName: string | null;
  /** The page the form sits on; for native forms a description rather than an address. */
  formPage: string | null;
  ip: string | null;
  sentAt: EpochMs | null;
  referer: string | null;
  visitorUid: string | null;
  formType: string | null;
}

export interface IncomingChat {
  from: string | null;
  to: string | null;
  receivedAt: EpochMs | null;
  service: string | null;
  clientName: string | null;
  /** An absolute http(s) address, or `null` when missing or unsafe. */
  clientAvatar: string | null;
  chatId: string | null;
  ref: string | null;
  visitorUid: string | null;
  lastMessage: string | null;
  sourceName: string | null;
}

export interface IncomingMail {
  fromEmail: string | null;
  fromName: string | null;
  receivedAt: EpochMs | null;
  subject: string | null;
  threadId: string | null;
  messageId: string | null;
  summary: string | null;
}

export type IncomingLead = IncomingLeadBase &
  (
    | { category: 'sip'; call: IncomingCall }
    | { category: 'forms'; form: IncomingForm }
    | { category: 'chats'; chat: IncomingChat }
    | { category: 'mail'; mail: IncomingMail }
  );

export type IncomingLeadOrderField = 'created_at' | 'updated_at';

/** What the inbox shows: every field narrows the list; leaving one out means "any". */
export interface InboxFilters {
  categories?: LeadCategory[];
  pipelineId?: number;
  uids?: string[];
  order?: { field: IncomingLeadOrderField; direction: 'asc' | 'desc' };
}

export interface IncomingLeadPage {
  items: IncomingLead[];
  page: number;
  hasMore: boolean;
}

export interface IncomingLeadSummary {
  total: number;
  accepted: number;
  declined: number;
  /** Neither accepted nor declined yet: `total - accepted - declined`, never below zero. */
  waiting: number;
  /** `null` when the API's figure is missing or impossible (negative, longer than ten years). */
  averageSortTimeSeconds: number | null;
  categories: Record<LeadCategory, number>;
}

export interface SummaryFilter {
  /** Created (or accepted) at or after a moment, or within a range; all in epoch milliseconds. */
  createdAt?: EpochMs | { from?: EpochMs; to?: EpochMs };
  uids?: string[];
  pipelineId?: number;
}

/** The result of adding a call or a form: `requestId` matches the item that was sent. */
export interface AddedIncomingLead {
  uid: string;
  requestId: string | null;
  leadId: number | null;
  contactId: number | null;
  companyId: number | null;
}

/** What accepting, declining or linking produced: the lead (and contact) it became or was joined to. */
export interface TriageResult {
  uid: string;
  category: LeadCategory | null;
  pipelineId: number | null;
  leadId: number | null;
  contactId: number | null;
  companyId: number | null;
}
