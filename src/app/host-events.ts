import type { AppMessageBody } from '@/embed/protocol';
import type { TriageOutcome } from '@/triage/triage-action';

/** The event the host hears about a finished triage action; only actions amoCRM carried out are reported. */
export function triageEvent(outcome: TriageOutcome): AppMessageBody | null {
  // Another tab of this browser sent it, and tells its own host: each event reaches the CRM once.
  if (outcome.result !== 'done' || outcome.elsewhere) return null;
  const { action } = outcome;
  switch (action.kind) {
    case 'accept':
      return {
        type: 'lead-accepted',
        uid: action.lead.uid,
        leadId: action.lead.leadId,
        contactId: action.lead.contactId,
      };
    case 'decline':
      return { type: 'lead-declined', uid: action.lead.uid };
    case 'link':
      return {
        type: 'lead-linked',
        uid: action.lead.uid,
        leadId: action.targetLeadId,
        contactId: action.contactId ?? null,
      };
  }
}
