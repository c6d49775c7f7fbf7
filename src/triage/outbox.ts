import { incomingLeadQueries } from '@/incoming-leads/incoming-lead-queries';
import { readDeclineReasons } from './decline-reasons';
import { newId, withDefaults } from './outbox-options';
import { createOutboxReplica } from './outbox-replica';
import { createSendLoop } from './outbox-sending';
import {
  addActions,
  adoptOrphans,
  isPending,
  patch,
  resumeExpired,
  UNDOABLE,
  UNSETTLED,
  without,
} from './outbox-state';
import { loadOutbox } from './outbox-storage';
import { mergeStorageChange } from './outbox-tabs';
import type { TriageBatchResults, TriageOutbox, TriageOutboxOptions } from './outbox-types';
import { sameOverlay } from './pending-overlay';
import { createSettlementBook } from './settlement-book';
import type { TriageAction, TriageOutcome } from './triage-action';

/**
 * Triage actions wait out an undo window, then go to amoCRM one at a time from one tab of the browser, and survive
 * a reload. The query cache is never edited: views lay `getOverlay()` over amoCRM's data. Why this is written by
 * hand rather than with TanStack Query's mutations: docs/decisions (the outbox decision).
 */
export function createTriageOutbox(options: TriageOutboxOptions): TriageOutbox {
  const settings = withDefaults(options);
  const { api, queryClient, storage, clock, isOnline, graceMs: defaultGraceMs, rateLimitWait } = settings;
  const { settleKeys, onOutcome, tab, storageEvents, sender } = settings;

  const stored = loadOutbox(storage, clock.now());
  let actions: readonly TriageAction[] = stored.actions;
  const replica = createOutboxReplica(storage, actions);
  const book = createSettlementBook(storage, clock, stored.settlements);
  let overlay = book.overlay(actions);
  let snapshot: readonly TriageAction[] = Object.freeze([...actions]);
  const listeners = new Set<() => void>();
  const batchViews = new Map<string, TriageBatchResults>();
  let isSender = false;
  let disposed = false;
  /** Something reached amoCRM since the lists were last refreshed. */
  let sentSinceSettle = actions.some((action) => action.attempts > 0);

  /** The one way the actions change: stored (unless storage told us), laid over the views, told to subscribers. */
  function commit(next: readonly TriageAction[], { fromStorage = false } = {}): void {
    if (disposed) return;
    actions = next;
    if (!fromStorage) replica.write(actions);
    const laid = book.overlay(actions);
    if (!sameOverlay(overlay, laid)) overlay = laid;
    snapshot = Object.freeze([...actions]);
    batchViews.clear();
    for (const listener of [...listeners]) listener();
  }

  const emit = (outcome: TriageOutcome) => onOutcome?.(outcome);
  const mine = (action: TriageAction) => isSender || replica.isUnsaved(action.id);

  /** The last action settling refreshes the lists it touched, and the CRM records an accept creates. */
  function settleIfIdle(): void {
    if (!sentSinceSettle || actions.some((action) => UNSETTLED.has(action.state))) return;
    sentSinceSettle = false;
    void queryClient.invalidateQueries({ queryKey: incomingLeadQueries.all() });
    for (const queryKey of settleKeys) void queryClient.invalidateQueries({ queryKey });
  }

  /** The action as it stands now, in storage if this tab can read it: another tab may have moved it on. */
  function current(id: string): TriageAction | undefined {
    const local = actions.find((action) => action.id === id);
    const fresh = local && replica.readBack(local);
    if (!local || fresh === undefined) return local;
    commit(fresh === null ? without(actions, id) : actions.map((item) => (item.id === id ? fresh : item)), {
      fromStorage: true,
    });
    return fresh ?? undefined;
  }

  const loop = createSendLoop({
    core: {
      actions: () => actions,
      commit: (next) => commit(next),
      current,
      mine,
      emit,
      isDisposed: () => disposed,
      onSent: () => {
        sentSinceSettle = true;
      },
      onSettled: settleIfIdle,
    },
    book,
    api,
    clock,
    storage,
    tab,
    isOnline,
    rateLimitWait,
  });

  function onStorageChange(key: string | null): void {
    if (disposed || !storage) return;
    const merged = mergeStorageChange({ storage, key, actions, replica, book, now: clock.now() });
    if (!merged) return;
    if (merged.outcome) emit(merged.outcome);
    commit(merged.actions, { fromStorage: true });
    settleIfIdle();
    if (isSender) void loop.run();
  }

  /** This tab sends from now on: a request another tab left in flight is checked with amoCRM, then sent again. */
  function onSenderChange(next: boolean): void {
    if (disposed) return;
    isSender = next;
    if (!next) return;
    const adopted = adoptOrphans(actions, tab);
    if (adopted !== actions) commit(adopted);
    void loop.run();
  }

  /** Drops actions not sent yet; a bulk run counts them as cancelled. */
  function withdraw(dropped: readonly TriageAction[]): void {
    for (const action of dropped) if (action.batchId && action.state !== 'failed') book.record(action, 'cancelled');
    const ids = new Set(dropped.map((action) => action.id));
    commit(actions.filter((action) => !ids.has(action.id)));
    loop.arm();
    settleIfIdle();
  }

  const onOnline = () => void loop.run();
  if (typeof window !== 'undefined') window.addEventListener('online', onOnline);
  const unsubscribeStorage = storageEvents(onStorageChange);

  const outbox: TriageOutbox = {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    getOverlay: () => overlay,
    enqueue(requests, { batchId, graceMs = defaultGraceMs } = {}) {
      const added = addActions(actions, { requests, batchId, graceMs, now: clock.now(), newId });
      if (added.created.length === 0) return [];
      commit(added.actions);
      void loop.run();
      return added.created;
    },
    undo(id) {
      const action = current(id);
      if (!action || !UNDOABLE.has(action.state)) return false;
      withdraw([action]);
      return true;
    },
    retry(id) {
      if (current(id)?.state !== 'failed') return;
      commit(patch(actions, id, { state: 'queued', sendAt: clock.now(), failure: undefined }));
      void loop.run();
    },
    dismiss(id) {
      if (current(id)?.state === 'failed') commit(without(actions, id));
    },
    cancelBatch(batchId) {
      const dropped = actions
        .filter((action) => action.batchId === batchId)
        .map((action) => current(action.id))
        .filter((action) => action !== undefined && action.state !== 'sending' && action.state !== 'failed');
      if (dropped.length > 0) withdraw(dropped as TriageAction[]);
    },
    resume() {
      const resumed = resumeExpired(actions, clock.now());
      if (resumed !== actions) commit(resumed);
      void loop.run();
    },
    isPersistent: () => replica.isPersistent(),
    isHidden: (uid) => isPending(actions, uid),
    getBatchResults(batchId) {
      const view = batchViews.get(batchId) ?? book.batchResults(actions, batchId);
      batchViews.set(batchId, view);
      return view;
    },
    readDeclineReasons: (filter) => readDeclineReasons(storage, filter),
    dispose() {
      if (disposed) return;
      disposed = true;
      loop.dispose();
      sender.dispose();
      unsubscribeStorage();
      listeners.clear();
      if (typeof window !== 'undefined') window.removeEventListener('online', onOnline);
    },
  };

  sender.start(onSenderChange);
  void loop.run();
  return outbox;
}
