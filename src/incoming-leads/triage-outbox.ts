import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { type Clock, systemClock } from '@/lib/clock';
import type { ApiClient } from '@/lib/http';
import {
  type DeclineReasonEntry,
  type DeclineReasonFilter,
  readDeclineReasons,
  recordDeclineReason,
} from './decline-reasons';
import { incomingLeadQueries } from './incoming-lead-queries';
import type { TriageAction, TriageFailure, TriageOutcome, TriageRequest, TriageState, TriageStorage } from './triage';
import { createTriageCacheSync } from './triage-cache-sync';
import { RATE_LIMIT_WAIT } from './triage-errors';
import { loadOutbox, saveOutbox, type TriageBatchFailure, type TriageBatchRecord } from './triage-outbox-storage';
import { sendTriageAction, type TriageSendResult } from './triage-send';

export { TRIAGE_OUTBOX_KEY } from './triage-outbox-storage';

export const DEFAULT_GRACE_MS = 5000;

/** Batches whose results are kept; older ones are forgotten first. */
const KEPT_BATCHES = 20;

export interface TriageOutboxOptions {
  api: ApiClient;
  queryClient: QueryClient;
  /** `localStorage` in the app; `null` keeps the outbox in memory only. */
  storage?: TriageStorage | null;
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
  /** Takes the leads out of every cached list at once and holds the actions for the grace window. */
  enqueue(requests: readonly TriageRequest[], options?: { batchId?: string; graceMs?: number }): TriageAction[];
  /** In grace, queued, waiting to retry, failed or session-expired: drops the action and puts the lead back. */
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
  } = options;

  const stored = loadOutbox(storage);
  let actions: TriageAction[] = stored.actions;
  const batches = new Map(Object.entries(stored.batches));
  let snapshot: readonly TriageAction[] = Object.freeze([...actions]);
  const listeners = new Set<() => void>();
  const batchViews = new Map<string, TriageBatchResults>();
  let running = false;
  let disposed = false;
  let timer: unknown = null;
  let inflight: AbortController | null = null;
  /** Something reached amoCRM since the lists were last refreshed. */
  let sentSinceSettle = actions.some((action) => action.attempts > 0);
  let isPersistent = storage !== null;

  // ---- state ----

  function commit(): void {
    if (disposed) return;
    snapshot = Object.freeze([...actions]);
    batchViews.clear();
    isPersistent = saveOutbox(storage, { actions, batches: Object.fromEntries(batches) });
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

  function hidingActions(): TriageAction[] {
    return actions.filter((action) => HIDING.has(action.state));
  }

  const cache = createTriageCacheSync({ queryClient, hidingActions });

  function batchRecord(batchId: string): TriageBatchRecord {
    let record = batches.get(batchId);
    if (!record) {
      record = { done: [], alreadyHandled: [], failed: [], cancelled: [] };
      batches.set(batchId, record);
      while (batches.size > KEPT_BATCHES) batches.delete(batches.keys().next().value as string);
    }
    return record;
  }

  function settleIfIdle(): void {
    if (!sentSinceSettle || actions.some((action) => UNSETTLED.has(action.state))) return;
    sentSinceSettle = false;
    void queryClient.invalidateQueries({ queryKey: incomingLeadQueries.all() });
    for (const queryKey of settleKeys) void queryClient.invalidateQueries({ queryKey });
  }

  // ---- processor ----

  function emit(outcome: TriageOutcome): void {
    onOutcome?.(outcome);
  }

  function promoteDue(): void {
    const time = clock.now();
    let changed = false;
    actions = actions.map((action) => {
      if (action.state !== 'grace' || action.sendAt > time) return action;
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
      (action) => (action.state === 'grace' || action.state === 'waiting-retry') && action.sendAt > time,
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
      (action) => action.state === 'queued' || (action.state === 'waiting-retry' && action.sendAt <= time),
    );
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
        await send(next);
      }
    } finally {
      running = false;
    }
    arm();
  }

  async function send(action: TriageAction): Promise<void> {
    const sending = replace(action.id, { state: 'sending', attempts: action.attempts + 1 }) ?? action;
    sentSinceSettle = true;
    commit();
    const controller = new AbortController();
    inflight = controller;
    let result: TriageSendResult;
    try {
      result = await sendTriageAction(api, sending, controller.signal, rateLimitWait);
    } catch {
      return; // aborted by dispose: the stored action is sent again by the next page
    } finally {
      inflight = null;
    }
    if (disposed) return;
    settle(sending, result);
  }

  function finish(action: TriageAction, result: 'done' | 'already-handled'): void {
    drop(action.id);
    cache.forget(action.id);
    if (action.batchId) {
      const record = batchRecord(action.batchId);
      (result === 'done' ? record.done : record.alreadyHandled).push(action.lead.uid);
    }
    if (result === 'done' && action.kind === 'decline' && action.reason) {
      const { uid, category, pipelineId } = action.lead;
      recordDeclineReason(storage, { uid, reason: action.reason, at: clock.now(), category, pipelineId });
    }
    commit();
    emit({ result, action });
  }

  function fail(action: TriageAction, failure: TriageFailure): void {
    cache.restore(action);
    const failed = replace(action.id, { state: 'failed', failure }) ?? action;
    if (action.batchId) {
      const record = batchRecord(action.batchId);
      record.failed = [
        ...record.failed.filter((item) => item.id !== action.id),
        { id: action.id, uid: action.lead.uid, message: failure.message, reason: failure.reason },
      ];
    }
    commit();
    emit({ result: 'failed', action: failed, failure });
  }

  function settle(action: TriageAction, result: TriageSendResult): void {
    switch (result.type) {
      case 'done':
      case 'already-handled':
        finish(action, result.type);
        break;
      case 'session-expired':
        actions = actions.map((item) =>
          item.id === action.id || item.state === 'queued' ? { ...item, state: 'session-expired' } : item,
        );
        commit();
        break;
      case 'rate-limited':
        replace(action.id, { state: 'waiting-retry', sendAt: clock.now() + result.waitMs });
        commit();
        break;
      case 'failed':
        if (result.network && !isOnline()) {
          // Offline: it waits, shown as pending, until the connection is back.
          replace(action.id, { state: 'queued' });
          commit();
        } else {
          fail(action, result.failure);
        }
        break;
    }
    settleIfIdle();
  }

  // ---- public ----

  function onOnline(): void {
    void run();
  }
  if (typeof window !== 'undefined') window.addEventListener('online', onOnline);

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
      if (batchId) batchRecord(batchId);
      cache.hide(created.map((action) => action.lead.uid));
      commit();
      void run();
      return created;
    },
    undo(id) {
      const action = find(id);
      if (!action || !UNDOABLE.has(action.state)) return false;
      drop(id);
      if (action.state !== 'failed') cache.restore(action);
      if (action.batchId) {
        const record = batchRecord(action.batchId);
        record.failed = record.failed.filter((item) => item.id !== id);
        if (action.state !== 'failed') record.cancelled.push(action.lead.uid);
      }
      commit();
      arm();
      settleIfIdle();
      return true;
    },
    retry(id) {
      const action = find(id);
      if (action?.state !== 'failed') return;
      replace(id, { state: 'queued', sendAt: clock.now(), failure: undefined });
      if (action.batchId) {
        const record = batchRecord(action.batchId);
        record.failed = record.failed.filter((item) => item.id !== id);
      }
      cache.hide([action.lead.uid]);
      commit();
      void run();
    },
    dismiss(id) {
      const action = find(id);
      if (action?.state !== 'failed') return;
      drop(id);
      commit();
    },
    cancelBatch(batchId) {
      const dropped = actions.filter(
        (action) => action.batchId === batchId && action.state !== 'sending' && action.state !== 'failed',
      );
      if (dropped.length === 0) return;
      const record = batchRecord(batchId);
      for (const action of dropped) {
        drop(action.id);
        cache.restore(action);
        record.cancelled.push(action.lead.uid);
      }
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
    isHidden: (uid) => actions.some((action) => action.lead.uid === uid && HIDING.has(action.state)),
    getBatchResults(batchId) {
      const cached = batchViews.get(batchId);
      if (cached) return cached;
      const record = batches.get(batchId);
      if (!record) return NO_RESULTS;
      const view: TriageBatchResults = {
        done: [...record.done],
        alreadyHandled: [...record.alreadyHandled],
        failed: [...record.failed],
        cancelled: [...record.cancelled],
        pending: actions.filter((action) => action.batchId === batchId && HIDING.has(action.state)).length,
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
      cache.dispose();
      listeners.clear();
      if (typeof window !== 'undefined') window.removeEventListener('online', onOnline);
    },
  };

  void run();
  return outbox;
}
