import { describe, expect, it, vi } from 'vitest';
import {
  createFakeFetch,
  createInstantClock,
  createTestClient,
  jsonResponse,
  noContent,
  textResponse,
} from '../../tests/support/fake-fetch';
import { createManualClock } from '../../tests/support/manual-clock';
import { ApiError, isApiError } from './api-error';
import { createApiClient } from './http';
import { createRateLimiter } from './rate-limiter';

const tooMany = (retryAfter?: number) =>
  jsonResponse(
    { title: 'Too Many Requests', type: 'https://httpstatus.es/429', status: 429, retry_after: retryAfter },
    429,
  );

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

describe('createApiClient', () => {
  it('sends GETs with bracket-encoded queries under the base URL and returns the JSON body', async () => {
    const { fetch, requests } = createFakeFetch(() => jsonResponse({ ok: true }));
    const api = createApiClient({ baseUrl: 'https://crm.example.com/', fetch });
    const body = await api.get('/api/v4/leads/unsorted', {
      query: { filter: { category: ['sip', 'mail'], pipeline_id: 5 }, order: { created_at: 'asc' }, limit: 250 },
    });
    expect(body).toEqual({ ok: true });
    expect(requests).toEqual([
      {
        method: 'GET',
        url: 'https://crm.example.com/api/v4/leads/unsorted?filter[category][0]=sip&filter[category][1]=mail&filter[pipeline_id]=5&order[created_at]=asc&limit=250',
        headers: { accept: 'application/json' },
        body: undefined,
      },
    ]);
  });

  it('marks a background refresh, so a team server can let everything else go first', async () => {
    const { api, requests } = createTestClient(() => jsonResponse({}));
    await api.get('/api/v4/leads/unsorted', { background: true });
    await api.get('/api/v4/leads/unsorted');
    expect(requests.map(({ headers }) => headers)).toEqual([
      { accept: 'application/json', 'x-request-priority': 'background' },
      { accept: 'application/json' },
    ]);
  });

  it('sends JSON bodies with POST and DELETE', async () => {
    const { api, requests } = createTestClient(() => jsonResponse({}));
    await api.post('/api/v4/leads/unsorted/abc/accept', { user_id: 1 });
    await api.delete('/api/v4/leads/unsorted/abc/decline', { user_id: 2 });
    expect(requests.map(({ method, headers, body }) => ({ method, headers, body }))).toEqual([
      {
        method: 'POST',
        headers: { accept: 'application/json', 'content-type': 'application/json' },
        body: { user_id: 1 },
      },
      {
        method: 'DELETE',
        headers: { accept: 'application/json', 'content-type': 'application/json' },
        body: { user_id: 2 },
      },
    ]);
  });

  it('returns null for 204 and for an empty 200', async () => {
    const { api } = createTestClient((request) => (request.url.includes('empty') ? new Response('') : noContent()));
    await expect(api.get('/api/v4/leads/unsorted')).resolves.toBeNull();
    await expect(api.get('/api/v4/empty')).resolves.toBeNull();
  });

  it('throws an invalid-response error for a success body that is not JSON', async () => {
    const { api } = createTestClient(() => textResponse('<html>maintenance</html>', 200));
    const error = await caught(api.get('/api/v4/account'));
    expect(error).toMatchObject({ kind: 'invalid-response', status: 200 });
  });

  it('throws an http ApiError for a non-2xx answer', async () => {
    const { api } = createTestClient(() =>
      jsonResponse(
        { title: 'Unauthorized', type: 'https://httpstatus.es/401', status: 401, detail: 'Неверный логин или пароль' },
        401,
      ),
    );
    const error = await caught(api.get('/api/v4/account'));
    expect(isApiError(error)).toBe(true);
    expect(error).toMatchObject({ kind: 'http', status: 401, detail: 'Неверный логин или пароль' });
  });

  it('turns a failed fetch into a network ApiError', async () => {
    const { api } = createTestClient(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = await caught(api.get('/api/v4/account'));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'network', status: 0, title: 'Network error' });
    expect((error as ApiError).cause).toBeInstanceOf(TypeError);
  });

  it('rethrows an abort as it is', async () => {
    const { api } = createTestClient(() => new Promise<Response>(() => {}));
    const controller = new AbortController();
    const pending = api.get('/api/v4/account', { signal: controller.signal });
    controller.abort();
    const error = await caught(pending);
    expect(error).not.toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ name: 'AbortError' });
  });

  it('retries a 429 with a doubling delay until the request succeeds', async () => {
    const answers = [tooMany(), textResponse('<html>429</html>', 429), tooMany(), jsonResponse({ done: true })];
    const clock = createInstantClock();
    const { api, requests } = createTestClient(() => answers.shift() ?? noContent(), { retryDelayMs: 100, clock });
    await expect(api.get('/api/v4/leads/unsorted')).resolves.toEqual({ done: true });
    expect(clock.waits).toEqual([100, 200, 400]);
    expect(requests).toHaveLength(4);
  });

  it('waits as long as a short retry_after asks', async () => {
    const answers = [tooMany(3), jsonResponse({ done: true })];
    const clock = createInstantClock();
    const { api } = createTestClient(() => answers.shift() ?? noContent(), { clock });
    await api.get('/api/v4/account');
    expect(clock.waits).toEqual([3000]);
  });

  it('gives up after maxRetries and throws the 429', async () => {
    const { api, requests } = createTestClient(() => tooMany(), { maxRetries: 2 });
    const error = await caught(api.get('/api/v4/account'));
    expect(error).toMatchObject({ kind: 'http', status: 429 });
    expect(requests).toHaveLength(3);
  });

  it('does not retry when the server asks to wait longer than the longest backoff', async () => {
    const { api, requests } = createTestClient(() => tooMany(300));
    const error = await caught(api.get('/api/v4/account'));
    expect(error).toMatchObject({ status: 429, retryAfter: 300 });
    expect(requests).toHaveLength(1);
  });

  it('does not retry other errors', async () => {
    const { api, requests } = createTestClient(() =>
      jsonResponse({ title: 'Internal Server Error', status: 500 }, 500),
    );
    await caught(api.get('/api/v4/account'));
    expect(requests).toHaveLength(1);
  });

  it('stops retrying when aborted during the wait', async () => {
    const controller = new AbortController();
    const clock = createManualClock(0);
    const { api, requests } = createTestClient(() => tooMany(), { clock });
    const pending = caught(api.get('/api/v4/account', { signal: controller.signal }));
    await vi.waitFor(() => expect(clock.pending()).toBe(1));
    controller.abort();
    const error = await pending;
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(requests).toHaveLength(1);
  });

  it('sends every request, retries included, through the rate limiter', async () => {
    const scheduled: string[] = [];
    const limiter = createRateLimiter();
    const answers = [tooMany(), jsonResponse({})];
    const { api } = createTestClient(() => answers.shift() ?? jsonResponse({}), {
      limiter: {
        schedule: (task, signal) => {
          scheduled.push('request');
          return limiter.schedule(task, signal);
        },
      },
    });
    await api.get('/api/v4/account');
    await api.post('/api/v4/leads/unsorted/x/accept', {});
    expect(scheduled).toEqual(['request', 'request', 'request']);
  });
});
