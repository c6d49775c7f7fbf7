import type { Clock } from '@/lib/clock';

export interface ManualClock extends Clock {
  /**
   * Moves time forward by `ms`, running every timer that falls due on the way at its own time, in order, and
   * letting the promise jobs each one starts run before the next. With `stall`, late timers all run at the end,
   * as on a page that was busy the whole time.
   */
  advance(ms: number, options?: { stall?: boolean }): Promise<void>;
  /** How many timers wait to fire. */
  pending(): number;
}

interface Timer {
  at: number;
  order: number;
  callback: () => void;
}

/**
 * A clock that stands still until the test moves it. Timers due now (a zero delay) still run on their own, on the
 * next turn of the event loop, as they would in the browser: only the passing of time is the test's to decide.
 */
export function createManualClock(start = Date.now()): ManualClock {
  let time = start;
  let nextId = 0;
  const timers = new Map<number, Timer>();

  /** The first timer due by `until`: earliest first, then in the order they were set. */
  function nextDue(until: number): [number, Timer] | undefined {
    return [...timers.entries()]
      .filter(([, timer]) => timer.at <= until)
      .sort(([, a], [, b]) => a.at - b.at || a.order - b.order)[0];
  }

  function runDueNow(): void {
    for (;;) {
      const due = nextDue(time);
      if (!due) return;
      timers.delete(due[0]);
      due[1].callback();
    }
  }

  return {
    now: () => time,
    setTimeout(callback, ms) {
      const id = ++nextId;
      timers.set(id, { at: time + Math.max(0, ms), order: id, callback });
      if (ms <= 0) globalThis.setTimeout(runDueNow, 0);
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    async advance(ms, { stall = false } = {}) {
      const end = time + ms;
      // Work already under way (a request answered, a promise settled) may set timers of its own first.
      await new Promise((resolve) => globalThis.setTimeout(resolve, 0));
      for (;;) {
        const due = nextDue(end);
        if (!due) break;
        timers.delete(due[0]);
        time = stall ? end : Math.max(time, due[1].at);
        due[1].callback();
        // What the timer set off (a resolved wait, a request's first steps) runs before the next timer.
        await new Promise((resolve) => globalThis.setTimeout(resolve, 0));
      }
      time = end;
      await new Promise((resolve) => globalThis.setTimeout(resolve, 0));
    },
    pending: () => timers.size,
  };
}

/**
 * Lets time pass through `advance`, `stepMs` at a time, until `check` stops throwing: for what shows only after
 * the app's own timers (a paced series of requests, a back-off, an undo window). The bound is time on the test's
 * clock, not on the wall: a busy machine takes longer in real time but needs no more steps. Past `limitMs`, the
 * last failure of `check` is thrown.
 */
export async function advanceUntil(
  check: () => void,
  advance: (ms: number) => Promise<void>,
  stepMs: number,
  limitMs = 120_000,
): Promise<void> {
  for (let passed = 0; ; passed += stepMs) {
    try {
      check();
      return;
    } catch (error) {
      if (passed >= limitMs) throw error;
    }
    await advance(stepMs);
  }
}
