import { isApiError } from '@/lib/api-error';
import { describeError } from '@/lib/error-message';
import { failureLogText } from './failure-log-text';
import type { TriageFailure, TriageFailureReason, TriageKind } from './triage-action';

/** The shortest and longest wait after amoCRM keeps answering 429 past the client's own retries. */
export const RATE_LIMIT_WAIT = { minMs: 5_000, maxMs: 60_000 } as const;

/**
 * What the outbox does with a failed request:
 * - `already-handled`: the lead was sorted elsewhere; it stays out of the inbox;
 * - `session-expired`: keep the action and wait for a new session;
 * - `rate-limited`: send it again after `waitMs`;
 * - `failed`: put the lead back and tell the manager. `confirm` asks for a look at the lead first, because
 *   the request may have landed (or someone else sorted it) although the answer was an error.
 */
export type TriageErrorClass =
  | { type: 'already-handled' }
  | { type: 'session-expired' }
  | { type: 'rate-limited'; waitMs: number }
  | { type: 'failed'; failure: TriageFailure; confirm: boolean; network: boolean };

/** amoCRM's words for acting on a lead that is no longer waiting (English or Russian accounts). */
const ALREADY_SORTED = /\balready\b|уже/i;

export function rateLimitWait(retryAfterSeconds: number | null, limits: { minMs: number; maxMs: number }): number {
  const asked = (retryAfterSeconds ?? 0) * 1000;
  return Math.min(Math.max(asked, limits.minMs), limits.maxMs);
}

export function classifyTriageError(
  kind: TriageKind,
  error: unknown,
  limits: { minMs: number; maxMs: number } = RATE_LIMIT_WAIT,
): TriageErrorClass {
  const failure = (reason: TriageFailureReason, canRetry: boolean): TriageFailure => ({
    message: failureLogText(kind, reason),
    reason,
    canRetry,
  });
  const fromError = failure({ code: 'error', error: describeError(error) }, true);
  if (!isApiError(error) || error.kind === 'invalid-response') {
    return { type: 'failed', failure: fromError, confirm: true, network: false };
  }
  if (error.kind === 'network') {
    return { type: 'failed', failure: fromError, confirm: true, network: true };
  }
  const issues = error.validationErrors.flatMap((item) => item.errors);
  switch (error.status) {
    case 401:
      return { type: 'session-expired' };
    case 403:
      if (error.title === 'API access blocked') {
        return { type: 'failed', failure: fromError, confirm: false, network: false };
      }
      return {
        type: 'failed',
        failure: failure({ code: 'no-right' }, false),
        confirm: false,
        network: false,
      };
    case 404:
      return { type: 'already-handled' };
    case 429:
      return { type: 'rate-limited', waitMs: rateLimitWait(error.retryAfter, limits) };
    case 400: {
      const texts = [error.detail, ...issues.map((issue) => issue.detail)];
      if (texts.some((text) => ALREADY_SORTED.test(text))) return { type: 'already-handled' };
      if (issues.length > 0) {
        const what = issues.map((issue) => (issue.path ? `${issue.path}: ${issue.detail}` : issue.detail)).join('; ');
        return {
          type: 'failed',
          failure: failure({ code: 'refused', details: what }, false),
          confirm: false,
          network: false,
        };
      }
      return { type: 'failed', failure: fromError, confirm: true, network: false };
    }
    default:
      return {
        type: 'failed',
        failure: fromError,
        confirm: error.status >= 500,
        network: false,
      };
  }
}
