import type { IncomingLead } from './incoming-lead';
import type { TriageKind, TriageOutcome } from './triage';

export const TRIAGE_VERBS: Record<TriageKind, string> = { accept: 'accept', decline: 'decline', link: 'link' };
const PAST_TENSE: Record<TriageKind, string> = { accept: 'Accepted', decline: 'Declined', link: 'Linked' };

/** Who the incoming lead is from, for messages: "+7 912 …", "Ivan Petrov", "Website visitor". */
export function triageLeadName(lead: IncomingLead): string {
  switch (lead.category) {
    case 'sip':
      return lead.call.from || lead.call.phone || 'A call';
    case 'forms':
      return lead.sourceName || lead.form.formName || 'A web form';
    case 'chats':
      return lead.chat.clientName || lead.chat.from || 'A chat';
    case 'mail':
      return lead.mail.fromName || lead.mail.fromEmail || 'An e-mail';
  }
}

export interface TriageOutcomeText {
  title: string;
  message: string;
}

/** The words a notification shows for an outcome. */
export function describeTriageOutcome(outcome: TriageOutcome): TriageOutcomeText {
  const who = triageLeadName(outcome.action.lead);
  switch (outcome.result) {
    case 'done':
      return { title: `${PAST_TENSE[outcome.action.kind]} ${who}`, message: 'amoCRM has it now.' };
    case 'already-handled':
      return {
        title: `${who} was already sorted by someone else`,
        message: 'It has left the inbox; nothing else was changed.',
      };
    case 'failed':
      return { title: `Could not ${TRIAGE_VERBS[outcome.action.kind]} ${who}`, message: outcome.failure.message };
  }
}
