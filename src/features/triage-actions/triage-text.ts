import type { IncomingLead } from '@/incoming-leads/incoming-lead';
import { formatError } from '@/lib/error-message';
import type { Locale } from '@/lib/i18n';
import type { TriageFailure, TriageFailureReason, TriageKind, TriageOutcome } from '@/triage/triage-action';
import { messages } from './triage-outcome-messages';

/** Who the incoming lead is from, for messages: "+7 912 …", "Ivan Petrov", "Website visitor". */
export function triageLeadName(lead: IncomingLead, locale: Locale): string {
  const m = messages[locale];
  switch (lead.category) {
    case 'sip':
      return lead.call.from || m.aCall;
    case 'forms':
      return lead.sourceName || lead.form.formName || m.aWebForm;
    case 'chats':
      return lead.chat.clientName || lead.chat.from || m.aChat;
    case 'mail':
      return lead.mail.fromName || lead.mail.fromEmail || m.anEmail;
  }
}

export function formatTriageFailureReason(kind: TriageKind, reason: TriageFailureReason, locale: Locale): string {
  const m = messages[locale];
  switch (reason.code) {
    case 'error':
      return formatError(reason.error, locale);
    case 'no-right':
      return m.noRight(kind);
    case 'refused':
      return m.refused(kind, reason.details);
  }
}

/** Why an action failed, in `locale`; a failure stored before reasons were kept has English words only. */
export function formatTriageFailure(
  kind: TriageKind,
  failure: Pick<TriageFailure, 'message' | 'reason'> | undefined,
  locale: Locale,
): string {
  if (failure?.reason) return formatTriageFailureReason(kind, failure.reason, locale);
  return failure?.message || messages[locale].notTaken;
}

export interface TriageOutcomeText {
  title: string;
  message: string;
}

/** The words a notification shows for an outcome. */
export function describeTriageOutcome(outcome: TriageOutcome, locale: Locale): TriageOutcomeText {
  const m = messages[locale];
  const who = triageLeadName(outcome.action.lead, locale);
  const { kind } = outcome.action;
  switch (outcome.result) {
    case 'done':
      return { title: m.done(kind, who), message: m.doneMessage };
    case 'already-handled':
      return { title: m.alreadyHandled(who), message: m.alreadyHandledMessage };
    case 'failed':
      return { title: m.couldNot(kind, who), message: formatTriageFailure(kind, outcome.failure, locale) };
  }
}
