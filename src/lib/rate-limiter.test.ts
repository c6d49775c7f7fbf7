import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../tests/support/manual-clock';
import { createRateLimiter } from './rate-limiter';

describe('createRateLimiter', () => {
  it('never starts more than 7 tasks in any 1000 ms window', async () => {
    const clock = createManualClock(0);
    const limiter = createRateLimiter({ limit: 7, intervalMs: 1000, clock });
    const starts: number[] = [];
    const done = Array.from({ length: 50 }, () =>
      limiter.schedule(async () => {
        starts.push(clock.now());
      }),
    );
    await clock.advance(10_000);
    await Promise.all(done);

    expect(starts).toHaveLength(50);
    for (let index = 0; index + 7 < starts.length; index++) {
      expect((starts[index + 7] ?? 0) - (starts[index] ?? 0)).toBeGreaterThanOrEqual(1000);
    }
    expect(starts.slice(0, 8)).toEqual([0, 0, 0, 0, 0, 0, 0, 1000]);
    expect(starts.at(-1)).toBe(7000);
  });

  it('slides the window instead of resetting it each second', async () => {
    const clock = createManualClock(0);
    const limiter = createRateLimiter({ limit: 3, intervalMs: 1000, clock });
    const starts: number[] = [];
    const run = () => limiter.schedule(async () => void starts.push(clock.now()));
    const first = [run(), run()];
    await clock.advance(600);
    const second = [run(), run(), run()];
    await clock.advance(2000);
    await Promise.all([...first, ...second]);
    expect(starts).toEqual([0, 0, 600, 1000, 1000]);
  });

  it('starts tasks in the order they were scheduled', async () => {
    const clock = createManualClock(0);
    const limiter = createRateLimiter({ limit: 2, intervalMs: 1000, clock });
    const order: number[] = [];
    const done = [1, 2, 3, 4, 5].map((n) => limiter.schedule(async () => void order.push(n)));
    await clock.advance(3000);
    await Promise.all(done);
    expect(order).toEqual([1, 2, 3, 4, 5]);
  });

  it('resolves and rejects with what the task returns or throws', async () => {
    const limiter = createRateLimiter();
    await expect(limiter.schedule(async () => 42)).resolves.toBe(42);
    await expect(limiter.schedule(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  });

  it('rejects an aborted queued task with the signal reason and gives its turn to the next one', async () => {
    const clock = createManualClock(0);
    const limiter = createRateLimiter({ limit: 2, intervalMs: 1000, clock });
    const starts: Record<string, number> = {};
    const run = (name: string, signal?: AbortSignal) =>
      limiter.schedule(async () => {
        starts[name] = clock.now();
      }, signal);
    const controller = new AbortController();
    const tasks = [run('a'), run('b'), run('c', controller.signal), run('d'), run('e')];
    const reason = new DOMException('Left the page', 'AbortError');
    controller.abort(reason);
    await expect(tasks[2]).rejects.toBe(reason);
    await clock.advance(1000);
    await Promise.all([tasks[0], tasks[1], tasks[3], tasks[4]]);
    expect(starts).toEqual({ a: 0, b: 0, d: 1000, e: 1000 });
  });

  it('rejects at once when the signal is already aborted', async () => {
    const limiter = createRateLimiter();
    const controller = new AbortController();
    controller.abort();
    let started = false;
    await expect(
      limiter.schedule(async () => {
        started = true;
      }, controller.signal),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(started).toBe(false);
  });

  it('after a 429 pauses, then starts half as many per window, and recovers one step per quiet period', async () => {
    const clock = createManualClock(0);
    const limiter = createRateLimiter({ limit: 8, intervalMs: 1000, recoveryMs: 30_000, clock });
    const starts: number[] = [];
    const task = async () => {
      starts.push(clock.now());
    };
    limiter.backOff?.(2000);
    const done = Array.from({ length: 8 }, () => limiter.schedule(task));
    await clock.advance(1999);
    expect(starts).toEqual([]);
    await clock.advance(10_000);
    await Promise.all(done);
    // Half of 8 per second, from the end of the pause.
    expect(starts).toEqual([2000, 2000, 2000, 2000, 3000, 3000, 3000, 3000]);

    limiter.backOff?.(0);
    limiter.backOff?.(0);
    limiter.backOff?.(0);
    const t0 = clock.now();
    const slow = Array.from({ length: 3 }, () => limiter.schedule(task));
    await clock.advance(5000);
    await Promise.all(slow);
    // Never below one start per window.
    expect(starts.slice(8)).toEqual([t0, t0 + 1000, t0 + 2000]);

    await clock.advance(30_000);
    limiter.succeeded?.();
    const recovered = Array.from({ length: 2 }, () => limiter.schedule(task));
    await clock.advance(10);
    await Promise.all(recovered);
    expect(starts.slice(11)).toEqual([clock.now() - 10, clock.now() - 10]);
  });
});
