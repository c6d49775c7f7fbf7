import { describe, expect, it } from 'vitest';
import { EMULATOR_ORIGIN, emulator } from '../../mocks/node';
import { createApiClient } from './http';

describe('the API client against the emulator', () => {
  it('keeps a burst of requests under the server rate limit', async () => {
    const api = createApiClient({ baseUrl: EMULATOR_ORIGIN, maxRetries: 0 });
    const results = await Promise.all(Array.from({ length: 16 }, () => api.get('/api/v4/account')));
    expect(results).toHaveLength(16);
  });

  it('throws a 404 naming the unknown path', async () => {
    const api = createApiClient({ baseUrl: EMULATOR_ORIGIN });
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
    const delays: number[] = [];
    const api = createApiClient({
      baseUrl: EMULATOR_ORIGIN,
      requestsPerSecond: 10,
      retryDelayMs: 1100,
      sleep: (ms) => {
        delays.push(ms);
        return new Promise((resolve) => setTimeout(resolve, ms));
      },
    });
    const [first, second] = await Promise.all([api.get('/api/v4/account'), api.get('/api/v4/account')]);
    expect(first).toMatchObject({ subdomain: expect.any(String) });
    expect(second).toMatchObject({ subdomain: expect.any(String) });
    expect(delays).toEqual([1100]);
  });

  it('gives up at once when a 429 asks to wait minutes', async () => {
    emulator.setScenario('rate-limited');
    const api = createApiClient({ baseUrl: EMULATOR_ORIGIN, requestsPerSecond: 10 });
    const results = await Promise.allSettled([api.get('/api/v4/account'), api.get('/api/v4/account')]);
    expect(results[0]).toMatchObject({ status: 'fulfilled' });
    expect(results[1]).toMatchObject({ status: 'rejected', reason: { status: 429, retryAfter: 300 } });
  });
});
