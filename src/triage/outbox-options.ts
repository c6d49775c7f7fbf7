import { systemClock } from '@/lib/clock';
import { windowStorageEvents } from './outbox-tabs';
import type { TriageOutboxOptions } from './outbox-types';
import { defaultSender } from './sender-election';
import { RATE_LIMIT_WAIT } from './triage-errors';

/** The undo window: how long an action waits before it is sent. */
export const DEFAULT_GRACE_MS = 5000;

export function newId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

function defaultIsOnline(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine !== false;
}

/** The outbox's options with the browser's defaults filled in: the system clock, `localStorage` events, Web Locks. */
export function withDefaults(options: TriageOutboxOptions) {
  const storage = options.storage ?? null;
  const clock = options.clock ?? systemClock;
  const tab = options.tab ?? newId();
  return {
    ...options,
    storage,
    clock,
    tab,
    isOnline: options.isOnline ?? defaultIsOnline,
    graceMs: options.graceMs ?? DEFAULT_GRACE_MS,
    rateLimitWait: options.rateLimitWait ?? RATE_LIMIT_WAIT,
    settleKeys: options.settleKeys ?? [],
    storageEvents: options.storageEvents ?? windowStorageEvents(storage),
    sender: options.sender ?? defaultSender(storage, clock, tab),
  };
}
