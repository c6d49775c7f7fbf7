import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { incomingLeadQueries } from '@/incoming-leads/incoming-lead-queries';
import { type Clock, systemClock } from '@/lib/clock';
import type { ApiClient } from '@/lib/http';
import {
  type DeclineReasonEntry,
  type DeclineReasonFilter,
  readDeclineReasons,
  recordDeclineReason,
} from './decline-reasons';
import {
  actionKey,
  isOutboxKey,
  loadOutbox,
  type OutboxChange,
  type OutboxStorage,
  readChange,
  readStoredAction,
  SETTLEMENT_KEPT_MS,
  settlementKey,
  writeEntry,
} from './outbox-storage';
import { type CountedDecision, EMPTY_OVERLAY, type PendingOverlay } from './pending-overlay';
import { sendTriageAction, type TriageSendResult } from './send-action';
import { defaultSender, type TriageSender } from './sender-election';
import type {
  TriageAction,
  TriageFailure,
  TriageFailureReason,
  TriageOutcome,
  TriageRequest,
  TriageSettlement,
  TriageState,
} from './triage-action';
import { RATE_LIMIT_WAIT } from './triage-errors';

export const DEFAULT_GRACE_MS = 5000;

/** Settlements kept at most; the oldest go first. */
const KEPT_SETTLEMENTS = 2000;

/** One failed lead of a bulk run: `message` in English, `reason` for the interface's words. */
export interface TriageBatchFailure {
  id: string;
  uid: string;
  message: string;
  reason?: TriageFailureReason;
}

/** Tells the outbox that another tab changed a key of the storage (`null`: storage was cleared). */
export type StorageEvents = (listener: (key: string | null) => void) => () => void;

/** The window's `storage` event: fired in every other tab of the browser that shares the storage. */
function windowStorageEvents(storage: OutboxStorage | null): StorageEvents {
  return (listener) => {
    if (typeof window === 'undefined' || !storage) return () => {};
    const onStorage = (event: StorageEvent) => {
      if (event.storageArea === null || event.storageArea === storage) listener(event.key);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  };
}

export interface TriageOutboxOptions {
  api: ApiClient;
  queryClient: QueryClient;
  /** `localStorage` in the app, shared by every tab; `null` keeps the outbox in memory only. */
  storage?: OutboxStorage | null;
  /** Changes other tabs make to `storage`; the window's `storage` event unless a test hands in its own. */
  storageEvents?: StorageEvents;
  /** Which tab sends; Web Locks, or a lease in storage where they are missing. */
  sender?: TriageSender;
  /** This tab, in the actions it is sending. */
  tab?: string;
  /** The undo window before an action is sent. */
  graceMs?: number;
  /** What the grace window and the waits after a 429 run on. */
  clock?: Clock;
  /** Defaults to `navigator.onLine`; the outbox resumes on the window's `online` event. */
  isOnline?: () => boolean;
  /** The shortest and longest wait when amoCRM still answers 429 after the client's own retries. */
  rateLimitWait?: { minMs: number; maxMs: number };
  /** Queries outside incoming leads to refresh when the last action settles (the CRM leads an accept creates). */
  settleKeys?: readonly QueryKey[];
  onOutcome?: (outcome: TriageOutcome) => void;
}

export interface TriageBatchResults {
  done: readonly string[];
  alreadyHandled: readonly string[];
  failed: readonly TriageBatchFailure[];
  /** Dropped by `cancelBatch` before they were sent. */
  cancelled: readonly string[];
  /** Not finished yet: in grace, queued, sending, waiting to retry or waiting for a new session. */
  pending: number;
}

export interface TriageOutbox {
  subscribe(listener: () => void): () => void;
  /** The same array until something changes (for useSyncExternalStore). */
  getSnapshot(): readonly TriageAction[];
  /** Takes the leads out of the inbox at once (in every tab) and holds the actions for the grace window. */
  enqueue(requests: readonly TriageRequest[], options?: { batchId?: string; graceMs?: number }): TriageAction[];
  /** In grace, queued, waiting to retry, failed or session-expired: drops the action and puts the lead back, in every tab. */
  undo(id: string): boolean;
  /** Sends a failed action again now. */
  retry(id: string): void;
  /** Forgets a failed action; its lead is already back. */
  dismiss(id: string): void;
  /** Drops what a bulk run has not sent yet and puts those leads back; sent ones keep their result. */
  cancelBatch(batchId: string): void;
  /** Sends queued and session-expired actions again (after reconnecting or signing in again). */
  resume(): void;
  /** False while this browser cannot store the pending actions: a reload or a closed tab would lose them. */
  isPersistent(): boolean;
  /** True while an action for the uid is pending, so the lead stays out of the inbox. */
  isHidden(uid: string): boolean;
  /** What every view lays over amoCRM's data: the same object until it changes (for useSyncExternalStore). */
  getOverlay(): PendingOverlay;
  /** The same object until the batch changes; all empty for a batch the outbox does not know. */
  getBatchResults(batchId: string): TriageBatchResults;
  /** Why leads were declined, as recorded in the outbox's storage when each decline went through. */
  readDeclineReasons(filter?: DeclineReasonFilter): DeclineReasonEntry[];
  dispose(): void;
}

const NO_RESULTS: TriageBatchResults = Object.freeze({
  done: [],
  alreadyHandled: [],
  failed: [],
  cancelled: [],
  pending: 0,
});

/** Not sent yet, or not answered: the last of these settling refreshes the lists. */
const UNSETTLED: ReadonlySet<TriageState> = new Set(['grace', 'queued', 'sending', 'waiting-retry']);
/** The lead stays out of the inbox in these states. */
const HIDING: ReadonlySet<TriageState> = new Set([...UNSETTLED, 'session-expired']);
const UNDOABLE: ReadonlySet<TriageState> = new Set(['grace', 'queued', 'waiting-retry', 'failed', 'session-expired']);

function newId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

function defaultIsOnline(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine !== false;
}

export function createTriageOutbox(options: TriageOutboxOptions): TriageOutbox {
  const {
    api,
    queryClient,
    storage = null,
    graceMs: defaultGraceMs = DEFAULT_GRACE_MS,
    clock = systemClock,
    isOnline = defaultIsOnline,
    rateLimitWait = RATE_LIMIT_WAIT,
    settleKeys = [],
    onOutcome,
    tab = newId(),
    storageEvents = windowStorageEvents(storage),
    sender = defaultSender(storage, clock, tab),
  } = options;

  const stored = loadOutbox(storage, clock.now());
  let actions: TriageAction[] = stored.actions;
  const settlements = new Map(stored.settlements.map((settlement) => [settlement.id, settlement]));
  /** Each action as this tab last wrote or read it in storage: a commit writes only what differs. */
  let written = new Map(actions.map((action) => [action.id, action]));
  /** Actions storage refused: only this tab has them, so this tab sends them whoever the sender is. */
  const unsaved = new Set<string>();
  /** Decisions that went through, with the wall time this tab learned it: summaries fetched before count them. */
  const settledDecisions = new Map<string, CountedDecision>();
  let overlay = computeOverlay();
  let snapshot: readonly TriageAction[] = Object.freeze([...actions]);
  const listeners = new Set<() => void>();
  const batchViews = new Map<string, TriageBatchResults>();
  let isSender = false;
  let running = false;
  let disposed = false;
  let timer: unknown = null;
  let inflight: AbortController | null = null;
  /** Something reached amoCRM since the lists were last refreshed. */
  let sentSinceSettle = actions.some((action) => action.attempts > 0);
  let isPersistent = storage !== null;

  // ---- state ----

  /** Pending leads and those sorted from this browser stay hidden; the summaries count both until amoCRM's figures do. */
  function computeOverlay(): PendingOverlay {
    const pending = actions.filter((action) => HIDING.has(action.state));
    const sorted = [...settlements.values()].filter((item) => item.result !== 'cancelled');
    if (pending.length === 0 && sorted.length === 0 && settledDecisions.size === 0) return EMPTY_OVERLAY;
    const hidden = new Set([...pending.map((action) => action.lead.uid), ...sorted.map((item) => item.uid)]);
    const counted = [
      ...pending.map((action) => decisionOf(action, null)),
      ...[...settledDecisions.values()].filter((decision) => settlements.has(decision.id)),
    ];
    return { hidden, counted };
  }

  function decisionOf(action: TriageAction, settledAt: number | null): CountedDecision {
    return { id: action.id, kind: action.kind, lead: action.lead, decidedAt: action.queuedAt, settledAt };
  }

  /** Counts a decision that went through in the summaries fetched before now (wall time, as query data is stamped). */
  function rememberSettled(action: TriageAction, result: TriageSettlement['result']): void {
    if (result === 'cancelled') return;
    settledDecisions.set(action.id, decisionOf(action, Date.now()));
  }

  /** Writes the actions that changed since the last commit, each under its own key. */
  function persist(): void {
    const current = new Map(actions.map((action) => [action.id, action]));
    for (const [id, action] of current) {
      if (written.get(id) === action) continue;
      const saved = writeEntry(storage, actionKey(id), action);
      isPersistent = saved;
      if (saved) unsaved.delete(id);
      else unsaved.add(id);
    }
    for (const id of written.keys()) {
      if (current.has(id)) continue;
      unsaved.delete(id);
      if (storage) writeEntry(storage, actionKey(id), null);
    }
    written = current;
    if (unsaved.size > 0) isPersistent = false;
  }

  function commit({ fromStorage = false } = {}): void {
    if (disposed) return;
    if (!fromStorage) persist();
    overlay = computeOverlay();
    snapshot = Object.freeze([...actions]);
    batchViews.clear();
    for (const listener of [...listeners]) listener();
  }

  function find(id: string): TriageAction | undefined {
    return actions.find((action) => action.id === id);
  }

  function replace(id: string, patch: Partial<TriageAction>): TriageAction | undefined {
    let updated: TriageAction | undefined;
    actions = actions.map((action) => {
      if (action.id !== id) return action;
      updated = { ...action, ...patch } as TriageAction;
      return updated;
    });
    return updated;
  }

  function drop(id: string): void {
    actions = actions.filter((action) => action.id !== id);
  }

  /** Records how an action ended, for every tab; the oldest records go once there are too many or they are old. */
  function settle(action: TriageAction, result: TriageSettlement['result']): void {
    const settlement: TriageSettlement = { id: action.id, uid: action.lead.uid, result, at: clock.now() };
    if (action.batchId) settlement.batchId = action.batchId;
    settlements.set(action.id, settlement);
    rememberSettled(action, result);
    writeEntry(storage, settlementKey(action.id), settlement);
    const oldest = [...settlements.values()].sort((a, b) => a.at - b.at);
    const cutoff = clock.now() - SETTLEMENT_KEPT_MS;
    for (const [index, item] of oldest.entries()) {
      if (item.at >= cutoff && oldest.length - index <= KEPT_SETTLEMENTS) break;
      settlements.delete(item.id);
      settledDecisions.delete(item.id);
      writeEntry(storage, settlementKey(item.id), null);
    }
  }

  function settleIfIdle(): void {
    if (!sentSinceSettle || actions.some((action) => UNSETTLED.has(action.state))) return;
    sentSinceSettle = false;
    void queryClient.invalidateQueries({ queryKey: incomingLeadQueries.all() });
    for (const queryKey of settleKeys) void queryClient.invalidateQueries({ queryKey });
  }

  // ---- other tabs ----

  /** Applies what another tab wrote. Outcomes it reached are told here too, marked as sent elsewhere. */
  function apply(change: OutboxChange): void {
    if (change.type === 'settlement') {
      if (!change.settlement) {
        settlements.delete(change.id);
        return;
      }
      // The sending tab refreshes the lists; here the lead is already out of them, and the next poll catches up.
      // Every tab refetching at once would add up past amoCRM's 7 requests a second, which the tabs share.
      settlements.set(change.id, change.settlement);
      const action = find(change.id);
      if (!action) return;
      rememberSettled(action, change.settlement.result);
      drop(change.id);
      written.delete(change.id);
      const { result } = change.settlement;
      if (result !== 'cancelled') emit({ result, action, elsewhere: true });
      return;
    }
    const previous = find(change.id);
    const { action } = change;
    if (!action) {
      drop(change.id);
      written.delete(change.id);
      return;
    }
    actions = previous
      ? actions.map((item) => (item.id === change.id ? action : item))
      : [...actions, action].sort((a, b) => a.queuedAt - b.queuedAt);
    written.set(change.id, action);
    unsaved.delete(change.id);
    if (action.state === 'failed' && previous && previous.state !== 'failed' && action.failure) {
      emit({ result: 'failed', action, failure: action.failure, elsewhere: true });
    }
  }

  function onStorageChange(key: string | null): void {
    if (disposed || !storage) return;
    if (key === null) {
      const reloaded = loadOutbox(storage, clock.now());
      const kept = actions.filter((action) => unsaved.has(action.id));
      actions = [...reloaded.actions.filter((action) => !unsaved.has(action.id)), ...kept];
      written = new Map(reloaded.actions.map((action) => [action.id, action]));
      settlements.clear();
      for (const settlement of reloaded.settlements) settlements.set(settlement.id, settlement);
    } else {
      if (!isOutboxKey(key)) return;
      let value: string | null;
      try {
        value = storage.getItem(key);
      } catch {
        return;
      }
      const change = readChange(key, value);
      if (!change) return;
      // Gone from storage: if it was sent, its settlement is there already, and says how it ended.
      const settled =
        change.type === 'action' && change.action === null
          ? readChange(settlementKey(change.id), storage.getItem(settlementKey(change.id)))
          : null;
      apply(settled?.type === 'settlement' && settled.settlement ? settled : change);
    }
    commit({ fromStorage: true });
    settleIfIdle();
    if (isSender) void run();
  }

  /** This tab sends from now on: a request another tab left in flight is checked with amoCRM, then sent again. */
  function onSenderChange(next: boolean): void {
    if (disposed) return;
    isSender = next;
    if (!next) return;
    const orphaned = actions.filter((action) => action.state === 'sending' && action.sender !== tab);
    for (const action of orphaned) replace(action.id, { state: 'queued', sender: undefined, uncertain: true });
    if (orphaned.length > 0) commit();
    void run();
  }

  // ---- processor ----

  function emit(outcome: TriageOutcome): void {
    onOutcome?.(outcome);
  }

  /** Actions this tab sends: all of them while it is the sender, and always the ones only it has. */
  function mine(action: TriageAction): boolean {
    return isSender || unsaved.has(action.id);
  }

  function promoteDue(): void {
    const time = clock.now();
    let changed = false;
    actions = actions.map((action) => {
      if (action.state !== 'grace' || action.sendAt > time || !mine(action)) return action;
      changed = true;
      return { ...action, state: 'queued' };
    });
    if (changed) commit();
  }

  function arm(): void {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
    if (disposed) return;
    // Only what falls due later: anything due now is the loop's, or waits for the connection.
    const time = clock.now();
    const waiting = actions.filter(
      (action) =>
        (action.state === 'grace' || action.state === 'waiting-retry') && action.sendAt > time && mine(action),
    );
    if (waiting.length === 0) return;
    const next = Math.min(...waiting.map((action) => action.sendAt));
    timer = clock.setTimeout(() => {
      timer = null;
      void run();
    }, next - time);
  }

  function nextDue(): TriageAction | undefined {
    const time = clock.now();
    return actions.find(
      (action) =>
        mine(action) && (action.state === 'queued' || (action.state === 'waiting-retry' && action.sendAt <= time)),
    );
  }

  /**
   * Storage is the truth shared by the tabs: just before sending, the action is read again. An action another tab
   * undid is gone; one it changed (retried, waiting) is taken as it now is. False when it is not to be sent now.
   */
  function stillDue(action: TriageAction): boolean {
    const fresh = current(action.id);
    return fresh !== undefined && fresh.state === action.state && fresh.sendAt === action.sendAt;
  }

  async function run(): Promise<void> {
    if (running || disposed) return;
    running = true;
    try {
      for (;;) {
        promoteDue();
        if (disposed || !isOnline()) break;
        const next = nextDue();
        if (!next) break;
        if (stillDue(next)) await send(next);
      }
    } finally {
      running = false;
    }
    arm();
  }

  async function send(action: TriageAction): Promise<void> {
    const sending = replace(action.id, { state: 'sending', attempts: action.attempts + 1, sender: tab }) ?? action;
    sentSinceSettle = true;
    commit();
    const controller = new AbortController();
    inflight = controller;
    let result: TriageSendResult;
    try {
      result = await sendTriageAction(api, sending, controller.signal, rateLimitWait);
    } catch {
      return; // aborted by dispose: the next sender checks with amoCRM and sends it again if it has to
    } finally {
      inflight = null;
    }
    if (disposed) return;
    conclude(sending, result);
  }

  function finish(action: TriageAction, result: 'done' | 'already-handled'): void {
    // The reason first: a tab that hears of the settlement reads it at once.
    if (result === 'done' && action.kind === 'decline' && action.reason) {
      const { uid, category, pipelineId } = action.lead;
      recordDeclineReason(storage, { uid, reason: action.reason, at: clock.now(), category, pipelineId });
    }
    settle(action, result);
    drop(action.id);
    commit();
    emit({ result, action });
  }

  /** `uncertain`: the request may have landed although it failed, so Retry asks amoCRM before sending again. */
  function fail(action: TriageAction, failure: TriageFailure, uncertain: boolean): void {
    const patch = { state: 'failed' as const, failure, sender: undefined, uncertain: uncertain || undefined };
    const failed = replace(action.id, patch) ?? action;
    commit();
    emit({ result: 'failed', action: failed, failure });
  }

  function conclude(action: TriageAction, result: TriageSendResult): void {
    const settled = { sender: undefined, uncertain: undefined };
    switch (result.type) {
      case 'done':
      case 'already-handled':
        finish(action, result.type);
        break;
      case 'session-expired':
        actions = actions.map((item) =>
          item.id === action.id || item.state === 'queued' ? { ...item, ...settled, state: 'session-expired' } : item,
        );
        commit();
        break;
      case 'rate-limited':
        replace(action.id, { ...settled, state: 'waiting-retry', sendAt: clock.now() + result.waitMs });
        commit();
        break;
      case 'failed':
        if (result.network && !isOnline()) {
          // Offline: it waits, shown as pending, until the connection is back; it may have landed, so it is checked.
          replace(action.id, { state: 'queued', sender: undefined, uncertain: true });
          commit();
        } else {
          fail(action, result.failure, result.confirm);
        }
        break;
    }
    settleIfIdle();
  }

  /** Drops an action that is not sent yet; a bulk run counts it as cancelled. */
  function withdraw(action: TriageAction): void {
    drop(action.id);
    if (action.batchId && action.state !== 'failed') settle(action, 'cancelled');
  }

  /** The action as it stands now, in storage if this tab can read it: another tab may have moved it on. */
  function current(id: string): TriageAction | undefined {
    const local = find(id);
    if (!storage || !local || unsaved.has(id)) return local;
    const fresh = readStoredAction(storage, id);
    // Read back from storage it is a new object: only a different content is news.
    if (fresh === undefined || (fresh !== null && JSON.stringify(fresh) === JSON.stringify(local))) return local;
    if (fresh === null) {
      drop(id);
      written.delete(id);
    } else {
      actions = actions.map((item) => (item.id === id ? fresh : item));
      written.set(id, fresh);
    }
    commit({ fromStorage: true });
    return fresh ?? undefined;
  }

  // ---- public ----

  function onOnline(): void {
    void run();
  }
  if (typeof window !== 'undefined') window.addEventListener('online', onOnline);
  const unsubscribeStorage = storageEvents(onStorageChange);

  const outbox: TriageOutbox = {
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    getSnapshot: () => snapshot,
    enqueue(requests, { batchId, graceMs = defaultGraceMs } = {}) {
      const queuedAt = clock.now();
      const created: TriageAction[] = [];
      for (const request of requests) {
        const { uid } = request.lead;
        if (outbox.isHidden(uid) || created.some((action) => action.lead.uid === uid)) continue;
        actions = actions.filter((action) => !(action.lead.uid === uid && action.state === 'failed'));
        created.push({
          ...request,
          id: newId(),
          batchId,
          queuedAt,
          sendAt: queuedAt + Math.max(0, graceMs),
          state: graceMs > 0 ? 'grace' : 'queued',
          attempts: 0,
        });
      }
      if (created.length === 0) return [];
      actions = [...actions, ...created];
      commit();
      void run();
      return created;
    },
    undo(id) {
      const action = current(id);
      if (!action || !UNDOABLE.has(action.state)) return false;
      withdraw(action);
      commit();
      arm();
      settleIfIdle();
      return true;
    },
    retry(id) {
      const action = current(id);
      if (action?.state !== 'failed') return;
      replace(id, { state: 'queued', sendAt: clock.now(), failure: undefined });
      commit();
      void run();
    },
    dismiss(id) {
      const action = current(id);
      if (action?.state !== 'failed') return;
      drop(id);
      commit();
    },
    cancelBatch(batchId) {
      const dropped = actions
        .filter((action) => action.batchId === batchId)
        .map((action) => current(action.id))
        .filter((action) => action !== undefined && action.state !== 'sending' && action.state !== 'failed');
      if (dropped.length === 0) return;
      for (const action of dropped) if (action) withdraw(action);
      commit();
      arm();
      settleIfIdle();
    },
    resume() {
      const time = clock.now();
      const expired = actions.some((action) => action.state === 'session-expired');
      if (expired) {
        actions = actions.map((action) =>
          action.state === 'session-expired' ? { ...action, state: 'queued', sendAt: time } : action,
        );
        commit();
      }
      void run();
    },
    isPersistent: () => isPersistent,
    getOverlay: () => overlay,
    isHidden: (uid) => actions.some((action) => action.lead.uid === uid && HIDING.has(action.state)),
    getBatchResults(batchId) {
      const cached = batchViews.get(batchId);
      if (cached) return cached;
      const ended = [...settlements.values()].filter((item) => item.batchId === batchId).sort((a, b) => a.at - b.at);
      const own = actions.filter((action) => action.batchId === batchId);
      if (ended.length === 0 && own.length === 0) return NO_RESULTS;
      const uidsOf = (result: TriageSettlement['result']) =>
        ended.filter((item) => item.result === result).map((item) => item.uid);
      const view: TriageBatchResults = {
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
      batchViews.set(batchId, view);
      return view;
    },
    readDeclineReasons: (filter) => readDeclineReasons(storage, filter),
    dispose() {
      if (disposed) return;
      disposed = true;
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
      inflight?.abort();
      sender.dispose();
      unsubscribeStorage();
      listeners.clear();
      if (typeof window !== 'undefined') window.removeEventListener('online', onOnline);
    },
  };

  sender.start(onSenderChange);
  void run();
  return outbox;
}
