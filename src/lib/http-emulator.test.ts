import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EMULATOR_ORIGIN, emulator } from '../../mocks/runtimes/node';
import { createManualClock } from '../../tests/support/manual-clock';
import { createApiClient } from './http';

describe('the API client against the emulator', () => {
  // The client's limiter and the emulator's count on one clock that the test moves: a second passes at once.
  const clock = createManualClock();
  beforeEach(() => {
    emulator.setClock(clock);
    emulator.setQuirks({ rateLimitPerSecond: 7 });
  });

  it('keeps a burst of requests under the server rate limit', async () => {
    const api = createApiClient({ baseUrl: EMULATOR_ORIGIN, maxRetries: 0, clock });
    let answered = 0;
    const results = Promise.all(Array.from({ length: 16 }, () => api.get('/api/v4/account').finally(() => answered++)));
    await vi.waitFor(() => expect(answered).toBe(7));
    await clock.advance(1100);
    await vi.waitFor(() => expect(answered).toBe(14));
    await clock.advance(1100);
    expect(await results).toHaveLength(16);
  });

  it('throws a 404 naming the unknown path', async () => {
    const api = createApiClient({ baseUrl: EMULATOR_ORIGIN, clock });
    await expect(api.get('/api/v4/leads/unsorted/filter/nope')).rejects.toMatchObject({
      kind: 'http',
      status: 404,
      detail: expect.stringContaining('/api/v4/leads/unsorted/filter/nope'),
      requestId: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
  });

  it('backs off after a 429 page without retry_after and then succeeds', async () => {
    emulator.setScenario('rate-limited');
    emulator.setQuirks({ rateLimitBody: 'html' });
    const api = createApiClient({ baseUrl: EMULATOR_ORIGIN, requestsPerSecond: 10, retryDelayMs: 1100, clock });
    const answers: unknown[] = [];
    const both = Promise.all(
      [api.get('/api/v4/account'), api.get('/api/v4/account')].map((p) => p.then((a) => answers.push(a))),
    );
    // One request fits the scenario's one a second; the other is told 429 and waits 1.1 s before it asks again.
    await vi.waitFor(() => expect(answers).toHaveLength(1));
    await vi.waitFor(() => expect(clock.pending()).toBeGreaterThan(0));
    await clock.advance(1099);
    expect(answers).toHaveLength(1);
    await clock.advance(1);
    await both;
    expect(answers).toEqual([
      expect.objectContaining({ subdomain: expect.any(String) }),
      expect.objectContaining({ subdomain: expect.any(String) }),
    ]);
  });

  it('gives up at once when a 429 asks to wait minutes', async () => {
    emulator.setScenario('rate-limited');
    const api = createApiClient({ baseUrl: EMULATOR_ORIGIN, requestsPerSecond: 10, clock });
    const results = await Promise.allSettled([api.get('/api/v4/account'), api.get('/api/v4/account')]);
    expect(results[0]).toMatchObject({ status: 'fulfilled' });
    expect(results[1]).toMatchObject({ status: 'rejected', reason: { status: 429, retryAfter: 300 } });
  });
});
