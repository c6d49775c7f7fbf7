import type { IncomingLead } from '@/incoming-leads/incoming-lead';
import type { ErrorDescription } from '@/lib/error-message';

/** Why a manager declined an incoming lead; kept in this browser only, amoCRM has no field for it. */
export const DECLINE_REASONS = ['spam', 'duplicate', 'wrong-number', 'not-a-client', 'other'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

/** What the manager asked for. The lead is a snapshot: it names the lead in messages and restores it on failure. */
export type TriageRequest =
  | { kind: 'accept'; lead: IncomingLead; stageId?: number; userId?: number }
  | { kind: 'decline'; lead: IncomingLead; userId?: number; reason?: DeclineReason }
  | { kind: 'link'; lead: IncomingLead; targetLeadId: number; contactId?: number; userId?: number };

export type TriageKind = TriageRequest['kind'];

/**
 * Where an action is in its life:
 * - `grace`: waiting out the undo window (`sendAt`), nothing sent yet;
 * - `queued`: due, waiting for its turn (or for the connection to come back);
 * - `sending`: the request is in flight;
 * - `waiting-retry`: amoCRM asked to slow down (429); sent again on its own at `sendAt`;
 * - `failed`: the lead is back in the inbox; the manager may Retry or dismiss;
 * - `session-expired`: amoCRM rejected the token (401); kept, and sent again when the session is back.
 */
export type TriageState = 'grace' | 'queued' | 'sending' | 'waiting-retry' | 'failed' | 'session-expired';

/** Why amoCRM did not take an action, as data: the interface words it in the language of the moment. */
export type TriageFailureReason =
  | { code: 'error'; error: ErrorDescription }
  /** The user may not accept, decline or link at all. */
  | { code: 'no-right' }
  /** amoCRM's validation errors, as it wrote them. */
  | { code: 'refused'; details: string };

export interface TriageFailure {
  /** One sentence in English: what happened and what the manager can do (for logs; stored actions of older versions have only this). */
  message: string;
  /** What the interface shows, in its language; missing only on actions stored by older versions. */
  reason?: TriageFailureReason;
  canRetry: boolean;
}

export type TriageAction = TriageRequest & {
  id: string;
  /** Set by a bulk run, so its progress and results can be read from the outbox. */
  batchId?: string;
  queuedAt: number;
  sendAt: number;
  state: TriageState;
  attempts: number;
  failure?: TriageFailure;
  /** The tab whose request is in flight (`sending` only). */
  sender?: string;
  /**
   * A request went out and its answer never came back (the page closed, the sending tab went away): it may have
   * landed, so amoCRM is asked before the action is sent again.
   */
  uncertain?: boolean;
};

/** How a finished action ended, kept for a while so every tab and every bulk run can count it. */
export interface TriageSettlement {
  id: string;
  uid: string;
  batchId?: string;
  result: 'done' | 'already-handled' | 'cancelled';
  /** When it ended, epoch milliseconds. */
  at: number;
}

/**
 * How an action ended, for notifications and bulk results. `elsewhere` marks an outcome another tab of this
 * browser sent, seen here through the shared storage: every tab tells the manager, only the sender tells others.
 */
export type TriageOutcome = (
  | { result: 'done'; action: TriageAction }
  | { result: 'already-handled'; action: TriageAction }
  | { result: 'failed'; action: TriageAction; failure: TriageFailure }
) & { elsewhere?: boolean };

/** The part of `localStorage` the outbox and the decline reasons use; tests pass an in-memory one. */
export interface TriageStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}
