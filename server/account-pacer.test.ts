import { describe, expect, it } from 'vitest';
import { createManualClock } from '../tests/support/manual-clock';
import { createAccountPacer, type Priority } from './account-pacer';

/** A pacer on a clock that moves only when the test says, and the time each request got its turn. */
function setup(requestsPerSecond = 7) {
  const clock = createManualClock(0);
  const pacer = createAccountPacer({ requestsPerSecond, clock });
  const granted: { name: string; at: number }[] = [];
  const ask = (name: string, priority: Priority = 'interactive', signal?: AbortSignal) =>
    pacer.turn(priority, signal).then(
      () => granted.push({ name, at: clock.now() }),
      () => granted.push({ name: `${name} (aborted)`, at: clock.now() }),
    );
  return { clock, pacer, granted, ask };
}

describe('the account pacer', () => {
  it('spaces requests evenly: never more than 7 in any second, whoever asks', async () => {
    const { clock, granted, ask } = setup();
    for (let index = 0; index < 20; index++) void ask(`r${index}`);
    await clock.advance(3100);
    expect(granted).toHaveLength(20);
    const times = granted.map((item) => item.at);
    for (const start of times)
      expect(times.filter((at) => at >= start && at < start + 1000).length).toBeLessThanOrEqual(7);
    expect(times.at(-1)).toBe(19 * 158);
  });

  it('lets writes go first, then what a person waits for, then background refreshes', async () => {
    const { clock, granted, ask } = setup();
    void ask('first');
    void ask('poll', 'background');
    void ask('page', 'interactive');
    void ask('accept', 'write');
    await clock.advance(1000);
    expect(granted.map((item) => item.name)).toEqual(['first', 'accept', 'page', 'poll']);
  });

  it('holds everyone after a 429, as long as amoCRM asks, and longer each time it repeats', async () => {
    const { clock, pacer, granted, ask } = setup();
    await ask('before');
    pacer.slowDown(2);
    void ask('after');
    await clock.advance(1999);
    expect(granted.map((item) => item.name)).toEqual(['before']);
    await clock.advance(1);
    expect(granted.map((item) => item.name)).toEqual(['before', 'after']);
    pacer.recovered();

    pacer.slowDown(null);
    pacer.slowDown(null);
    const pausedAt = clock.now();
    void ask('later');
    await clock.advance(10_000);
    // The second 429 in a row doubles the first pause of 1 s.
    expect(granted.at(-1)).toEqual({ name: 'later', at: pausedAt + 2000 });
  });

  it('starts from the shortest pause again once a request goes through', async () => {
    const { clock, pacer, granted, ask } = setup();
    pacer.slowDown(null);
    pacer.slowDown(null);
    pacer.recovered();
    await clock.advance(5000);
    pacer.slowDown(null);
    const pausedAt = clock.now();
    void ask('next');
    await clock.advance(5000);
    expect(granted.at(-1)).toEqual({ name: 'next', at: pausedAt + 1000 });
  });

  it('drops a request whose browser went away before its turn', async () => {
    const { clock, pacer, granted, ask } = setup(1);
    void ask('one');
    const leaving = new AbortController();
    void ask('two', 'interactive', leaving.signal);
    void ask('three');
    leaving.abort();
    await clock.advance(0);
    expect(pacer.waiting()).toBe(1);
    await clock.advance(1100);
    expect(granted.map((item) => item.name)).toEqual(['one', 'two (aborted)', 'three']);
  });
});
