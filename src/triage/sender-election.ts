import type { Clock } from '@/lib/clock';
import type { OutboxStorage } from './outbox-storage';

/**
 * Which tab of the browser sends the outbox's actions. Every tab shows and edits the same actions; exactly one
 * sends them, so an action never goes out twice from two tabs. When that tab closes another takes over, and
 * picks up what it left.
 */
export interface TriageSender {
  /** Starts competing; `onChange(true)` once this tab is the sender, `onChange(false)` if it stops being one. */
  start(onChange: (isSender: boolean) => void): void;
  dispose(): void;
}

export const SENDER_LOCK_NAME = 'incoming-leads-triage.outbox-sender';
/** Outside the outbox's own keys, which a load tidies. */
export const SENDER_LEASE_KEY = 'incoming-leads-triage.outbox-sender.v2';

/** For an outbox no other tab can see (no storage): it is always its own sender. */
export function soleSender(): TriageSender {
  return {
    start: (onChange) => onChange(true),
    dispose: () => {},
  };
}

/** The part of `navigator.locks` used here. */
export interface SenderLocks {
  request(name: string, options: { signal: AbortSignal }, callback: () => Promise<void>): Promise<unknown>;
}

/**
 * The browser's Web Locks: the tab that holds the lock sends; the others wait in its queue, and the browser hands
 * the lock on when the tab closes, reloads or crashes.
 */
export function webLockSender(locks: SenderLocks, name = SENDER_LOCK_NAME): TriageSender {
  const waiting = new AbortController();
  let release: (() => void) | null = null;
  let disposed = false;
  return {
    start(onChange) {
      locks
        .request(name, { signal: waiting.signal }, () => {
          if (disposed) return Promise.resolve();
          onChange(true);
          return new Promise<void>((resolve) => {
            release = resolve;
          });
        })
        .catch(() => {
          // Aborted while waiting for the lock: this tab is going away.
        });
    },
    dispose() {
      disposed = true;
      waiting.abort();
      release?.();
    },
  };
}

interface Lease {
  tab: string;
  until: number;
}

function readLease(storage: OutboxStorage): Lease | null {
  try {
    const value: unknown = JSON.parse(storage.getItem(SENDER_LEASE_KEY) ?? 'null');
    if (typeof value !== 'object' || value === null) return null;
    const { tab, until } = value as Partial<Lease>;
    return typeof tab === 'string' && typeof until === 'number' ? { tab, until } : null;
  } catch {
    return null;
  }
}

export interface LeaseSenderOptions {
  storage: OutboxStorage;
  clock: Clock;
  /** This tab. */
  tab: string;
  /** How long a lease holds without renewal: how long a closed sender that could not say goodbye is waited for. */
  ttlMs?: number;
  renewMs?: number;
}

/**
 * Where Web Locks are missing (an insecure origin, an old browser): a lease in storage that the sender renews.
 * A tab takes it when it is free or has run out, so a sender that closed without a word is replaced after
 * `ttlMs`. Two tabs taking it in the same instant both see the same final value on their next renewal.
 */
export function leaseSender({ storage, clock, tab, ttlMs = 4000, renewMs = 1000 }: LeaseSenderOptions): TriageSender {
  let timer: unknown = null;
  let holds = false;
  let listener: ((isSender: boolean) => void) | null = null;

  function tick(): void {
    const now = clock.now();
    const lease = readLease(storage);
    // A lease from the future (a tab with a wrong clock) counts as run out once it is further off than a renewal.
    const free = lease === null || lease.until <= now || lease.until > now + ttlMs * 2;
    if (free || lease.tab === tab) {
      try {
        storage.setItem(SENDER_LEASE_KEY, JSON.stringify({ tab, until: now + ttlMs }));
      } catch {
        // Storage refused: the last known holder stands.
      }
    }
    const next = readLease(storage)?.tab === tab;
    if (next !== holds) {
      holds = next;
      listener?.(holds);
    }
    timer = clock.setTimeout(tick, renewMs);
  }

  return {
    start(onChange) {
      listener = onChange;
      tick();
    },
    dispose() {
      listener = null;
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
      if (holds && readLease(storage)?.tab === tab) {
        try {
          storage.removeItem(SENDER_LEASE_KEY);
        } catch {
          // It runs out on its own.
        }
      }
      holds = false;
    },
  };
}

/** Web Locks where the browser has them, the storage lease elsewhere, and sole sender without storage. */
export function defaultSender(storage: OutboxStorage | null, clock: Clock, tab: string): TriageSender {
  if (!storage) return soleSender();
  const locks = typeof navigator === 'undefined' ? undefined : (navigator as { locks?: SenderLocks }).locks;
  return locks ? webLockSender(locks) : leaseSender({ storage, clock, tab });
}
