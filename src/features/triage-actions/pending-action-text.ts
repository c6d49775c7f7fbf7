import type { Locale } from '@/lib/i18n';
import type { TriageAction, TriageKind } from '@/triage/triage-action';
import { messages } from './triage-actions-messages';
import { formatTriageFailure, triageLeadName } from './triage-text';

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
export function describePendingAction(
  action: TriageAction,
  now: number,
  isOnline: boolean,
  locale: Locale,
): PendingActionText {
  const m = messages[locale];
  const who = triageLeadName(action.lead, locale);
  const title = m.doing(action.kind, who);
  switch (action.state) {
    case 'grace':
      return { title, detail: m.secondsLeft(secondsLeft(action, now)) };
    case 'queued':
      return { title, detail: isOnline ? m.waitingTurn : m.offlineWaiting };
    case 'sending':
      return { title, detail: m.sending };
    case 'waiting-retry':
      return { title, detail: m.waitingRateLimit };
    case 'session-expired':
      return { title, detail: m.keptUntilSignIn };
    case 'failed':
      return { title: m.couldNot(action.kind, who), detail: formatTriageFailure(action.kind, action.failure, locale) };
  }
}

/** "Declining 100 incoming leads" for a bulk run's line in the tray. */
export function describeBatch(kind: TriageKind, total: number, locale: Locale): string {
  return messages[locale].batch(kind, total);
}
