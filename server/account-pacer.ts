/**
 * One request budget for the whole team: every request the server sends to the amoCRM account waits for its turn
 * here. Turns are spaced evenly (7 a second by default, amoCRM's limit for an integration), so there is never a
 * burst; writes go before what a person is waiting for, which goes before background refreshes. A 429 pauses
 * everyone at once, for longer each time it repeats, because amoCRM blocks an integration that keeps hitting it.
 */

/** `write`: accept, decline, link; `interactive`: what a person waits for; `background`: polls and refreshes. */
export type Priority = 'write' | 'interactive' | 'background';

const ORDER: Record<Priority, number> = { write: 0, interactive: 1, background: 2 };

/** What the pacer waits on; the server passes the real timers, tests a clock they move themselves. */
export interface PacerClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemPacerClock: PacerClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface AccountPacerOptions {
  requestsPerSecond?: number;
  clock?: PacerClock;
  /** The first pause after a 429 when amoCRM names none; it doubles while 429s repeat. */
  firstPauseMs?: number;
  maxPauseMs?: number;
}

interface Waiter {
  priority: Priority;
  order: number;
  grant: () => void;
}

const SPACING_WINDOW_MS = 1100;

export function createAccountPacer({
  requestsPerSecond = 7,
  clock = systemPacerClock,
  firstPauseMs = 1000,
  maxPauseMs = 60_000,
}: AccountPacerOptions = {}) {
  // Spaced over 1.1 s, not 1 s: requests reach amoCRM with some jitter, and eight turns must never land inside
  // one of its seconds.
  const spacingMs = Math.ceil(SPACING_WINDOW_MS / requestsPerSecond);
  const queue: Waiter[] = [];
  let nextFree = Number.NEGATIVE_INFINITY;
  let pausedUntil = Number.NEGATIVE_INFINITY;
  let pauseMs = 0;
  let timer: unknown = null;
  let counter = 0;

  function pump(): void {
    if (timer !== null) return;
    for (;;) {
      if (queue.length === 0) return;
      const at = Math.max(nextFree, pausedUntil);
      const now = clock.now();
      if (at > now) {
        timer = clock.setTimeout(() => {
          timer = null;
          pump();
        }, at - now);
        return;
      }
      queue.sort((a, b) => ORDER[a.priority] - ORDER[b.priority] || a.order - b.order);
      const next = queue.shift();
      nextFree = now + spacingMs;
      next?.grant();
    }
  }

  return {
    requestsPerSecond,
    /** Resolves when this request may go to the account; rejects if `signal` aborts first. */
    turn(priority: Priority, signal?: AbortSignal): Promise<void> {
      return new Promise<void>((resolve, reject) => {
        if (signal?.aborted) {
          reject(signal.reason);
          return;
        }
        const waiter: Waiter = { priority, order: counter++, grant: resolve };
        signal?.addEventListener(
          'abort',
          () => {
            const index = queue.indexOf(waiter);
            if (index >= 0) queue.splice(index, 1);
            reject(signal.reason);
          },
          { once: true },
        );
        queue.push(waiter);
        pump();
      });
    },
    /** amoCRM answered 429: nobody sends for `retryAfterSeconds`, or for a pause that doubles while 429s repeat. */
    slowDown(retryAfterSeconds: number | null): void {
      pauseMs = Math.min(maxPauseMs, pauseMs === 0 ? firstPauseMs : pauseMs * 2);
      const asked = retryAfterSeconds === null ? 0 : retryAfterSeconds * 1000;
      pausedUntil = Math.max(pausedUntil, clock.now() + Math.min(maxPauseMs, Math.max(asked, pauseMs)));
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
      pump();
    },
    /** A request went through: the next 429 starts from the first pause again. */
    recovered(): void {
      pauseMs = 0;
    },
    /** How many requests wait for their turn. */
    waiting: () => queue.length,
  };
}

export type AccountPacer = ReturnType<typeof createAccountPacer>;
