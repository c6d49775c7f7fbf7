import type { IncomingLead } from '@/incoming-leads/incoming-lead';
import type { TriageAction } from '@/triage/triage-action';

/* Triage actions as the outbox keeps them, for unit tests of pure code. */

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
