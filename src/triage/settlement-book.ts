import type { Clock } from '@/lib/clock';
import { HIDING } from './outbox-state';
import { type OutboxStorage, SETTLEMENT_KEPT_MS, settlementKey, writeEntry } from './outbox-storage';
import type { TriageBatchResults } from './outbox-types';
import { type CountedDecision, EMPTY_OVERLAY, type PendingOverlay } from './pending-overlay';
import type { TriageAction, TriageSettlement } from './triage-action';

/** Settlements kept at most; the oldest go first. */
const KEPT_SETTLEMENTS = 2000;

const NO_RESULTS: TriageBatchResults = Object.freeze({
  done: [],
  alreadyHandled: [],
  failed: [],
  cancelled: [],
  pending: 0,
});

function decisionOf(action: TriageAction, settledAt: number | null): CountedDecision {
  return { id: action.id, kind: action.kind, lead: action.lead, decidedAt: action.queuedAt, settledAt };
}

/**
 * How finished actions ended, shared by the tabs through storage: what a bulk run counts, which leads stay out of
 * the inbox after they were sorted, and which decisions the summaries fetched before them still lack.
 */
export function createSettlementBook(
  storage: OutboxStorage | null,
  clock: Clock,
  initial: readonly TriageSettlement[],
) {
  const settlements = new Map(initial.map((settlement) => [settlement.id, settlement]));
  /** Decisions that went through, with the wall time this tab learned it, as query data is stamped. */
  const decisions = new Map<string, CountedDecision>();

  function remember(action: TriageAction, result: TriageSettlement['result']): void {
    if (result !== 'cancelled') decisions.set(action.id, decisionOf(action, Date.now()));
  }

  function forget(id: string): void {
    settlements.delete(id);
    decisions.delete(id);
  }

  return {
    /** Records how an action ended, for every tab; the oldest records go once there are too many or they are old. */
    record(action: TriageAction, result: TriageSettlement['result']): void {
      const settlement: TriageSettlement = { id: action.id, uid: action.lead.uid, result, at: clock.now() };
      if (action.batchId) settlement.batchId = action.batchId;
      settlements.set(action.id, settlement);
      remember(action, result);
      writeEntry(storage, settlementKey(action.id), settlement);
      const oldest = [...settlements.values()].sort((a, b) => a.at - b.at);
      const cutoff = clock.now() - SETTLEMENT_KEPT_MS;
      for (const [index, item] of oldest.entries()) {
        if (item.at >= cutoff && oldest.length - index <= KEPT_SETTLEMENTS) break;
        forget(item.id);
        writeEntry(storage, settlementKey(item.id), null);
      }
    },

    /** Another tab recorded (or dropped) a settlement; `action` is this tab's copy of what it settles, if any. */
    learn(id: string, settlement: TriageSettlement | null, action: TriageAction | undefined): void {
      if (!settlement) {
        forget(id);
        return;
      }
      settlements.set(id, settlement);
      if (action) remember(action, settlement.result);
    },

    /** Storage was cleared or replaced: what it holds now is the record. */
    reload(list: readonly TriageSettlement[]): void {
      settlements.clear();
      for (const settlement of list) settlements.set(settlement.id, settlement);
    },

    /** Pending leads and those sorted from this browser stay hidden; summaries count both until amoCRM's figures do. */
    overlay(actions: readonly TriageAction[]): PendingOverlay {
      const pending = actions.filter((action) => HIDING.has(action.state));
      const sorted = [...settlements.values()].filter((item) => item.result !== 'cancelled');
      if (pending.length === 0 && sorted.length === 0) return EMPTY_OVERLAY;
      const hidden = new Set([...pending.map((action) => action.lead.uid), ...sorted.map((item) => item.uid)]);
      const settled = [...decisions.values()].filter((decision) => settlements.has(decision.id));
      return { hidden, counted: [...pending.map((action) => decisionOf(action, null)), ...settled] };
    },

    /** Progress and per-item results of one bulk run. */
    batchResults(actions: readonly TriageAction[], batchId: string): TriageBatchResults {
      const ended = [...settlements.values()].filter((item) => item.batchId === batchId).sort((a, b) => a.at - b.at);
      const own = actions.filter((action) => action.batchId === batchId);
      if (ended.length === 0 && own.length === 0) return NO_RESULTS;
      const uidsOf = (result: TriageSettlement['result']) =>
        ended.filter((item) => item.result === result).map((item) => item.uid);
      return {
        done: uidsOf('done'),
        alreadyHandled: uidsOf('already-handled'),
        failed: own
          .filter((action) => action.state === 'failed')
          .map((action) => ({
            id: action.id,
            uid: action.lead.uid,
            message: action.failure?.message ?? '',
            reason: action.failure?.reason,
          })),
        cancelled: uidsOf('cancelled'),
        pending: own.filter((action) => HIDING.has(action.state)).length,
      };
    },
  };
}

export type SettlementBook = ReturnType<typeof createSettlementBook>;
