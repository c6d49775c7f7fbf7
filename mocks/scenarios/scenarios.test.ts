// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { call, liftRateLimit, wire } from '../../tests/support/contract-api';
import { MANAGER_USER_ID } from '../account/user-catalog';
import { emulator } from '../runtimes/node';

beforeEach(liftRateLimit);
afterEach(() => {
  vi.useRealTimers();
});

async function outcome(path = '/api/v4/leads/pipelines'): Promise<number | 'network'> {
  try {
    return (await call(path)).status;
  } catch {
    return 'network';
  }
}

describe('named scenarios', () => {
  it('delays every response by 1.5 to 2.5 seconds in the slow scenario', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    emulator.setScenario('slow');
    let isSettled = false;

    const response = call('/api/v4/account').then((r) => {
      isSettled = true;
      return r;
    });
    await vi.advanceTimersByTimeAsync(1_400);
    const settledEarly = isSettled;
    await vi.advanceTimersByTimeAsync(1_200);

    expect(settledEarly).toBe(false);
    expect((await response).status).toBe(200);
  });

  it('fails about 30% of requests, with 500s and network errors, the same ones on every run', async () => {
    emulator.setScenario('flaky');
    const run = async () => {
      const outcomes: (number | 'network')[] = [];
      for (let i = 0; i < 100; i++) outcomes.push(await outcome());
      return outcomes;
    };

    const first = await run();
    emulator.reset();
    liftRateLimit();
    emulator.setScenario('flaky');
    const second = await run();

    const failures = first.filter((o) => o !== 200);
    expect(failures.length).toBeGreaterThan(15);
    expect(failures.length).toBeLessThan(45);
    expect(failures).toContain(500);
    expect(failures).toContain('network');
    expect(second).toEqual(first);
  });

  it('rejects the implied token with 401 in the expired-token scenario', async () => {
    emulator.setScenario('expired-token');

    expect(await outcome('/api/v4/leads/unsorted')).toBe(401);
  });

  it('answers every request with 500 in the server-error scenario', async () => {
    emulator.setScenario('server-error');

    expect([await outcome(), await outcome('/api/v4/leads/unsorted'), await outcome('/api/v4/account')]).toEqual([
      500, 500, 500,
    ]);
  });

  it('fails every request at the network level in the network-failure scenario', async () => {
    emulator.setScenario('network-failure');

    await expect(call('/api/v4/leads/unsorted')).rejects.toThrow(TypeError);
  });

  it('shows an account without incoming leads but with pipelines and users in the empty-account scenario', async () => {
    emulator.setScenario('empty-account');

    expect(await outcome('/api/v4/leads/unsorted')).toBe(204);
    expect(await wire(await call('/api/v4/leads/unsorted/summary'))).toMatchObject({
      total: 0,
      accepted: 0,
      declined: 0,
      average_sort_time: 0,
    });
    expect(await outcome('/api/v4/leads/pipelines')).toBe(200);
    expect(await outcome('/api/v4/users')).toBe(200);
    emulator.setScenario(null);
    expect(await outcome('/api/v4/leads/unsorted')).toBe(200);
  });

  it('acts as the manager, who may not list users, in the manager scenario', async () => {
    emulator.setScenario('manager');

    expect((await wire(await call('/api/v4/account'))).current_user_id).toBe(MANAGER_USER_ID);
    expect(await outcome('/api/v4/users')).toBe(403);
  });

  it('restores the scenario, quirks and implied token it was built with on reset', async () => {
    emulator.setScenario('server-error');
    emulator.setQuirks({ unpaid: true });
    emulator.setImpliedToken(null);

    emulator.reset();

    expect(await outcome('/api/v4/leads/unsorted')).toBe(200);
  });
});
