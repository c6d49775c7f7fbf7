import type { TriageAction, TriageKind } from '@/incoming-leads/triage';
import { triageLeadName } from '@/incoming-leads/triage-text';

const DOING: Record<TriageKind, string> = { accept: 'Accepting', decline: 'Declining', link: 'Linking' };
const VERB: Record<TriageKind, string> = { accept: 'accept', decline: 'decline', link: 'link' };

export interface PendingActionText {
  /** "Accepting Anna Petrova…" */
  title: string;
  /** "4 s", "Waiting for amoCRM (rate limit)…" */
  detail: string;
}

export function secondsLeft(action: TriageAction, now: number): number {
  return Math.max(0, Math.ceil((action.sendAt - now) / 1000));
}

/** One line of the pending-actions tray: what is being done to whom, and where it is. */
export function describePendingAction(action: TriageAction, now: number, isOnline: boolean): PendingActionText {
  const who = triageLeadName(action.lead);
  const title = `${DOING[action.kind]} ${who}…`;
  switch (action.state) {
    case 'grace':
      return { title, detail: `${secondsLeft(action, now)} s` };
    case 'queued':
      return { title, detail: isOnline ? 'Waiting its turn' : 'Offline: sent when the connection returns' };
    case 'sending':
      return { title, detail: 'Sending to amoCRM' };
    case 'waiting-retry':
      return { title, detail: 'Waiting for amoCRM (rate limit)…' };
    case 'session-expired':
      return { title, detail: 'Kept until you sign in again' };
    case 'failed':
      return {
        title: `Could not ${VERB[action.kind]} ${who}`,
        detail: action.failure?.message ?? 'amoCRM did not take it.',
      };
  }
}

/** "Declining 100 incoming leads" for a bulk run's line in the tray. */
export function describeBatch(kind: TriageKind, total: number): string {
  return `${DOING[kind]} ${total} incoming ${total === 1 ? 'lead' : 'leads'}`;
}
