import { describe, expect, it } from 'vitest';
import { createPacer } from './pacer';

/** A hand-driven clock: `advance` runs every timer due, in order, at its own time. */
function manualTimers() {
  let now = 0;
  let nextId = 0;
  const pending = new Map<number, { at: number; callback: () => void }>();
  return {
    now: () => now,
    setTimeout: (callback: () => void, ms: number) => {
      pending.set(++nextId, { at: now + ms, callback });
      return nextId;
    },
    clearTimeout: (handle: unknown) => {
      pending.delete(handle as number);
    },
    async advance(ms: number, { stall = false } = {}) {
      const end = now + ms;
      for (;;) {
        const due = [...pending.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        pending.delete(due[0]);
        // A stalled page runs late timers only when it is free again.
        now = stall ? end : Math.max(now, due[1].at);
        due[1].callback();
        await Promise.resolve();
      }
      now = end;
      await Promise.resolve();
    },
  };
}

describe('Pacer', () => {
  it('lets one caller go per interval, the first after one interval', async () => {
    const timers = manualTimers();
    const pacer = createPacer({ intervalMs: 200, timers });
    const turns: number[] = [];
    for (let i = 0; i < 4; i++) void pacer.wait().then(() => turns.push(timers.now()));
    await timers.advance(1000);
    expect(turns).toEqual([200, 400, 600, 800]);
  });

  it('never releases a backlog at once after the page was busy', async () => {
    const timers = manualTimers();
    const pacer = createPacer({ intervalMs: 200, timers });
    const turns: number[] = [];
    for (let i = 0; i < 4; i++) void pacer.wait().then(() => turns.push(timers.now()));
    await timers.advance(900, { stall: true });
    await timers.advance(1000);
    expect(turns).toEqual([900, 1100, 1300, 1500]);
  });

  it('drops an aborted caller from the line', async () => {
    const timers = manualTimers();
    const pacer = createPacer({ intervalMs: 100, timers });
    const controller = new AbortController();
    const turns: string[] = [];
    const aborted = pacer.wait(controller.signal).catch(() => turns.push('aborted'));
    void pacer.wait().then(() => turns.push(`second at ${timers.now()}`));
    controller.abort();
    await aborted;
    await timers.advance(300);
    expect(turns).toEqual(['aborted', 'second at 100']);
  });
});
