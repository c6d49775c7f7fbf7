import { type Clock, systemClock } from './clock';

export interface Pacer {
  /** Resolves at this caller's turn: never sooner than `intervalMs` after the previous turn; rejects on abort. */
  wait(signal?: AbortSignal): Promise<void>;
}

export interface PacerOptions {
  intervalMs: number;
  clock?: Clock;
}

interface Waiter {
  resolve: () => void;
  signal: AbortSignal | undefined;
  onAbort: () => void;
}

/**
 * Spreads a long run of requests evenly, one turn every `intervalMs`, counted from when each turn really started.
 * A burst limiter lets 7 go at once; if the page is busy for a moment those 7 reach the server late, together
 * with the next 7, and the server counts 14 in one second. Even turns cannot pile up like that: a late timer
 * releases one caller and waits a whole interval again. The first turn also waits one interval, leaving room
 * for whatever the page asked for just before.
 */
export function createPacer({ intervalMs, clock = systemClock }: PacerOptions): Pacer {
  const queue: Waiter[] = [];
  let lastTurn = clock.now();
  let timer: unknown = null;

  function pump(): void {
    timer = null;
    if (queue.length === 0) return;
    const now = clock.now();
    const due = lastTurn + intervalMs - now;
    if (due > 0) {
      timer = clock.setTimeout(pump, due);
      return;
    }
    lastTurn = now;
    const next = queue.shift();
    next?.signal?.removeEventListener('abort', next.onAbort);
    next?.resolve();
    if (queue.length > 0) timer = clock.setTimeout(pump, intervalMs);
  }

  return {
    wait(signal) {
      return new Promise<void>((resolve, reject) => {
        if (signal?.aborted) {
          reject(signal.reason);
          return;
        }
        const waiter: Waiter = {
          resolve,
          signal,
          onAbort: () => {
            const index = queue.indexOf(waiter);
            if (index >= 0) queue.splice(index, 1);
            reject(signal?.reason);
          },
        };
        signal?.addEventListener('abort', waiter.onAbort, { once: true });
        queue.push(waiter);
        if (timer === null) pump();
      });
    },
  };
}
