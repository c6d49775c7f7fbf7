import type { TriageSendResult } from './send-action';
import type { TriageAction, TriageFailure, TriageRequest, TriageState } from './triage-action';

/**
 * The outbox's actions and how they change, as pure functions: each takes the list and returns the next one (the
 * same array when nothing changed), so every rule of an action's life can be read, and tested, on its own.
 */

/** Not sent yet, or not answered: the last of these settling refreshes the lists. */
export const UNSETTLED: ReadonlySet<TriageState> = new Set(['grace', 'queued', 'sending', 'waiting-retry']);
/** The lead stays out of the inbox in these states. */
export const HIDING: ReadonlySet<TriageState> = new Set([...UNSETTLED, 'session-expired']);
export const UNDOABLE: ReadonlySet<TriageState> = new Set([
  'grace',
  'queued',
  'waiting-retry',
  'failed',
  'session-expired',
]);

/** Which actions this tab sends: all of them while it is the sender, and always the ones only it has. */
export type Mine = (action: TriageAction) => boolean;

export function isPending(actions: readonly TriageAction[], uid: string): boolean {
  return actions.some((action) => action.lead.uid === uid && HIDING.has(action.state));
}

export function patch(actions: readonly TriageAction[], id: string, change: Partial<TriageAction>): TriageAction[] {
  return actions.map((action) => (action.id === id ? ({ ...action, ...change } as TriageAction) : action));
}

export function without(actions: readonly TriageAction[], id: string): TriageAction[] {
  return actions.filter((action) => action.id !== id);
}

export interface NewActions {
  requests: readonly TriageRequest[];
  batchId: string | undefined;
  graceMs: number;
  now: number;
  newId: () => string;
}

/** One action per lead not already pending; a new action replaces the lead's failed one. */
export function addActions(actions: readonly TriageAction[], input: NewActions) {
  const { requests, batchId, graceMs, now, newId } = input;
  let next = [...actions];
  const created: TriageAction[] = [];
  for (const request of requests) {
    const { uid } = request.lead;
    if (isPending(next, uid) || created.some((action) => action.lead.uid === uid)) continue;
    next = next.filter((action) => !(action.lead.uid === uid && action.state === 'failed'));
    const state = graceMs > 0 ? 'grace' : 'queued';
    created.push({
      ...request,
      id: newId(),
      batchId,
      queuedAt: now,
      sendAt: now + Math.max(0, graceMs),
      state,
      attempts: 0,
    });
  }
  return { actions: created.length === 0 ? actions : [...next, ...created], created };
}

/** Actions whose undo window is over are due. */
export function promoteDue(actions: readonly TriageAction[], now: number, mine: Mine): readonly TriageAction[] {
  const isDue = (action: TriageAction) => action.state === 'grace' && action.sendAt <= now && mine(action);
  if (!actions.some(isDue)) return actions;
  return actions.map((action) => (isDue(action) ? { ...action, state: 'queued' } : action));
}

/** The next action to send now, oldest first. */
export function nextDue(actions: readonly TriageAction[], now: number, mine: Mine): TriageAction | undefined {
  return actions.find(
    (action) =>
      mine(action) && (action.state === 'queued' || (action.state === 'waiting-retry' && action.sendAt <= now)),
  );
}

/** When the next action falls due later than now (its grace or its wait after a 429 ends); null for none. */
export function nextWake(actions: readonly TriageAction[], now: number, mine: Mine): number | null {
  const times = actions
    .filter((action) => (action.state === 'grace' || action.state === 'waiting-retry') && action.sendAt > now)
    .filter(mine)
    .map((action) => action.sendAt);
  return times.length === 0 ? null : Math.min(...times);
}

/** A sending tab went away: its requests are queued again, to be checked with amoCRM before they are resent. */
export function adoptOrphans(actions: readonly TriageAction[], tab: string): readonly TriageAction[] {
  const isOrphan = (action: TriageAction) => action.state === 'sending' && action.sender !== tab;
  if (!actions.some(isOrphan)) return actions;
  return actions.map((action) =>
    isOrphan(action) ? { ...action, state: 'queued', sender: undefined, uncertain: true } : action,
  );
}

/** Session-expired actions go out again once the session is back. */
export function resumeExpired(actions: readonly TriageAction[], now: number): readonly TriageAction[] {
  if (!actions.some((action) => action.state === 'session-expired')) return actions;
  return actions.map((action) =>
    action.state === 'session-expired' ? { ...action, state: 'queued', sendAt: now } : action,
  );
}

/** What an answer other than success does to the actions; `failure` when the manager must be told. */
export type AnswerEffect = { actions: TriageAction[]; failure?: { action: TriageAction; failure: TriageFailure } };

export function applyAnswer(
  actions: readonly TriageAction[],
  action: TriageAction,
  result: Exclude<TriageSendResult, { type: 'done' } | { type: 'already-handled' }>,
  { now, isOnline }: { now: number; isOnline: boolean },
): AnswerEffect {
  const settled = { sender: undefined, uncertain: undefined };
  switch (result.type) {
    case 'session-expired':
      // Everything queued waits for the new session with it.
      return {
        actions: actions.map((item) =>
          item.id === action.id || item.state === 'queued' ? { ...item, ...settled, state: 'session-expired' } : item,
        ),
      };
    case 'rate-limited':
      return {
        actions: patch(actions, action.id, { ...settled, state: 'waiting-retry', sendAt: now + result.waitMs }),
      };
    case 'failed': {
      // Offline: it waits, shown as pending, until the connection is back; it may have landed, so it is checked.
      if (result.network && !isOnline) {
        return { actions: patch(actions, action.id, { state: 'queued', sender: undefined, uncertain: true }) };
      }
      // `uncertain`: the request may have landed although it failed, so Retry asks amoCRM before sending again.
      const change = {
        state: 'failed' as const,
        failure: result.failure,
        sender: undefined,
        uncertain: result.confirm || undefined,
      };
      const next = patch(actions, action.id, change);
      const failed = next.find((item) => item.id === action.id) ?? action;
      return { actions: next, failure: { action: failed, failure: result.failure } };
    }
  }
}
