import type { TriageResult } from '@/incoming-leads/incoming-lead';
import { fetchIncomingLead } from '@/incoming-leads/incoming-leads-api';
import { isApiError } from '@/lib/api-error';
import type { ApiClient } from '@/lib/http';
import type { TriageAction } from './triage-action';
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
 * unexpected 400) is checked against the lead itself: if amoCRM no longer has it waiting, it was sorted. An
 * action whose earlier request went unanswered is checked the same way before it is sent again, so it is not
 * sent twice.
 * Rejects only when `signal` aborts.
 */
export async function sendTriageAction(
  api: ApiClient,
  action: TriageAction,
  signal: AbortSignal,
  rateLimitWait: { minMs: number; maxMs: number } = RATE_LIMIT_WAIT,
): Promise<TriageSendResult> {
  if (action.uncertain) {
    // The last request's answer never came: if the lead no longer waits, that request landed.
    try {
      if ((await fetchIncomingLead(api, action.lead.uid, signal)) === null) return { type: 'done' };
    } catch (error) {
      if (signal.aborted) throw error;
      // Cannot tell: sending again is safe, amoCRM answers that the lead is already sorted if it was.
    }
  }
  try {
    const result = await perform(api, action, signal);
    return isBodiless(result) ? { type: 'already-handled' } : { type: 'done' };
  } catch (error) {
    if (signal.aborted) throw error;
    const verdict = classifyTriageError(action.kind, error, rateLimitWait);
    if (verdict.type !== 'failed' || !verdict.confirm) return verdict;
    // The answer was an error, but the lead may be gone anyway: ask amoCRM whether it still waits. After no
    // answer at all (a dropped connection, a gateway timeout, a 5xx) it was most likely this very request.
    const unanswered = !isApiError(error) || error.kind !== 'http' || error.status >= 500;
    try {
      if ((await fetchIncomingLead(api, action.lead.uid, signal)) === null) {
        return { type: unanswered ? 'done' : 'already-handled' };
      }
    } catch {
      // Cannot tell: the original failure stands.
    }
    return verdict;
  }
}
