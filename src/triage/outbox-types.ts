import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { Clock } from '@/lib/clock';
import type { ApiClient } from '@/lib/http';
import type { DeclineReasonEntry, DeclineReasonFilter } from './decline-reasons';
import type { OutboxStorage } from './outbox-storage';
import type { PendingOverlay } from './pending-overlay';
import type { TriageSender } from './sender-election';
import type { TriageAction, TriageFailureReason, TriageOutcome, TriageRequest } from './triage-action';

/** What the outbox offers the app, and what it needs to be created. */

/** One failed lead of a bulk run: `message` in English, `reason` for the interface's words. */
export interface TriageBatchFailure {
  id: string;
  uid: string;
  message: string;
  reason?: TriageFailureReason;
}

/** Tells the outbox that another tab changed a key of the storage (`null`: storage was cleared). */
export type StorageEvents = (listener: (key: string | null) => void) => () => void;

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
