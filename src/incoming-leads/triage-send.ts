import type { ApiClient } from '@/lib/http';
import type { TriageResult } from './incoming-lead';
import { fetchIncomingLead } from './incoming-leads-api';
import type { TriageAction } from './triage';
import { acceptIncomingLead, declineIncomingLead, linkIncomingLead } from './triage-api';
import { classifyTriageError, RATE_LIMIT_WAIT, type TriageErrorClass } from './triage-errors';

export type TriageSendResult = { type: 'done' } | TriageErrorClass;

/** A success without a body: the emulator's (and possibly amoCRM's) answer for a lead that was already sorted. */
function isBodiless(result: TriageResult): boolean {
  return (
    result.category === null &&
    result.pipelineId === null &&
    result.leadId === null &&
    result.contactId === null &&
    result.companyId === null
  );
}

function perform(api: ApiClient, action: TriageAction, signal: AbortSignal): Promise<TriageResult> {
  switch (action.kind) {
    case 'accept':
      return acceptIncomingLead(api, action.lead.uid, { stageId: action.stageId, userId: action.userId }, signal);
    case 'decline':
      return declineIncomingLead(api, action.lead.uid, { userId: action.userId }, signal);
    case 'link':
      return linkIncomingLead(
        api,
        action.lead.uid,
        { leadId: action.targetLeadId, contactId: action.contactId, userId: action.userId },
        signal,
      );
  }
}

/**
 * Sends one action and says how it ended. A failure that may hide a success (a dropped connection, a 5xx, an
 * unexpected 400) is checked against the lead itself: if amoCRM no longer has it waiting, it was sorted.
 * Rejects only when `signal` aborts.
 */
export async function sendTriageAction(
  api: ApiClient,
  action: TriageAction,
  signal: AbortSignal,
  rateLimitWait: { minMs: number; maxMs: number } = RATE_LIMIT_WAIT,
): Promise<TriageSendResult> {
  try {
    const result = await perform(api, action, signal);
    return isBodiless(result) ? { type: 'already-handled' } : { type: 'done' };
  } catch (error) {
    if (signal.aborted) throw error;
    const verdict = classifyTriageError(action.kind, error, rateLimitWait);
    if (verdict.type !== 'failed' || !verdict.confirm) return verdict;
    // The answer was an error, but the lead may be gone anyway: ask amoCRM whether it still waits.
    try {
      if ((await fetchIncomingLead(api, action.lead.uid, signal)) === null) return { type: 'already-handled' };
    } catch {
      // Cannot tell: the original failure stands.
    }
    return verdict;
  }
}
