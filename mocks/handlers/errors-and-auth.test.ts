// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { call, firstPending, liftRateLimit, wire } from '../../tests/support/contract-api';
import { emulator } from '../runtimes/node';

beforeEach(liftRateLimit);
afterEach(() => {
  vi.useRealTimers();
});

const PROBLEM = 'application/problem+json';

describe('errors, auth and headers', () => {
  it('§8.25 rejects a missing, unknown or expired Bearer token with 401 and a Russian detail', async () => {
    emulator.setImpliedToken(null);
    const answers = [
      await call('/api/v4/leads/unsorted'),
      await call('/api/v4/leads/unsorted', { token: 'not-a-token' }),
      await call('/api/v4/leads/unsorted', { token: 'demo-expired-token' }),
      await call('/api/v4/leads/unsorted', { headers: { Authorization: 'Basic YWRtaW46YWRtaW4=' } }),
    ];

    for (const response of answers) {
      expect(response.status).toBe(401);
      expect(response.headers.get('Content-Type')).toBe(PROBLEM);
      expect(await wire(response)).toEqual({
        title: 'Unauthorized',
        type: 'https://httpstatus.es/401',
        status: 401,
        detail: 'Неверный логин или пароль',
      });
    }
  });

  it('§8.25 words the 401 detail in English when the locale is switched', async () => {
    emulator.setQuirks({ locale: 'en' });

    const body = await wire(await call('/api/v4/account', { token: 'demo-expired-token' }));

    expect(body.detail).toBe('Invalid login or password');
  });

  it('§8.26 keeps rejecting an expired long-lived token on every endpoint; nothing refreshes it', async () => {
    const paths = ['/api/v4/account', '/api/v4/leads/pipelines', '/api/v4/leads/unsorted/summary', '/api/v4/account'];

    for (const path of paths) expect((await call(path, { token: 'demo-expired-token' })).status).toBe(401);
    expect((await call('/api/v4/account', { token: 'demo-admin-token' })).status).toBe(200);
  });

  it('§8.27 forbids the users list to a non-admin token with 403 problem+json', async () => {
    const response = await call('/api/v4/users', { token: 'demo-manager-token' });

    expect(response.status).toBe(403);
    expect(response.headers.get('Content-Type')).toBe(PROBLEM);
    expect(await wire(response)).toMatchObject({ title: 'Forbidden', type: 'https://httpstatus.es/403', status: 403 });
  });

  it('§8.28 answers every endpoint with 402 while the account is unpaid', async () => {
    emulator.setQuirks({ unpaid: true });
    const { uid } = firstPending();
    const answers = [
      await call('/api/v4/leads/unsorted'),
      await call('/api/v4/leads/pipelines'),
      await call('/api/v4/account'),
      await call(`/api/v4/leads/unsorted/${uid}/accept`, { method: 'POST' }),
    ];

    for (const response of answers) {
      expect(response.status).toBe(402);
      expect(await wire(response)).toMatchObject({ title: 'Payment Required', status: 402 });
    }
  });

  it('§8.30 answers an unknown path with 404 "Cannot GET <path>" and a wrong method with 405', async () => {
    const unknown = await call('/api/v4/leads/unsorted/filter/pipeline_id/1');
    const wrongMethod = await call('/api/v4/leads/pipelines', { method: 'PUT', json: {} });

    expect(unknown.status).toBe(404);
    expect(await wire(unknown)).toEqual({
      title: 'Not Found',
      type: 'https://httpstatus.es/404',
      status: 404,
      detail: 'Cannot GET /api/v4/leads/unsorted/filter/pipeline_id/1',
    });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('Content-Type')).toBe(PROBLEM);
  });

  it('§8.32 answers server errors in the legacy shape, or in the Kommo shape with trace_id and no type', async () => {
    emulator.setScenario('server-error');
    const legacy = await wire(await call('/api/v4/leads/unsorted'));
    emulator.setQuirks({ serverErrorShape: 'kommo' });
    const kommo = await wire(await call('/api/v4/leads/unsorted'));

    expect(legacy).toEqual({
      title: 'Internal Server Error',
      type: 'https://httpstatus.es/500',
      status: 500,
      detail: 'An unknown error occurred.',
    });
    expect(kommo).toEqual({
      title: 'ErrInternalServer',
      status: 500,
      detail: expect.any(String),
      trace_id: expect.any(String),
    });
    expect(kommo).not.toHaveProperty('type');
  });

  it('§8.32 times out a big batch with 504 in the slow scenario', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    emulator.setScenario('slow');
    const items = Array.from({ length: 60 }, (_, i) => ({
      source_uid: `s${i}`,
      source_name: 'x',
      metadata: { phone: '1' },
    }));

    const pendingResponse = call('/api/v4/leads/unsorted/sip', { method: 'POST', json: items });
    await vi.advanceTimersByTimeAsync(3000);
    const response = await pendingResponse;

    expect(response.status).toBe(504);
    expect(await wire(response)).toMatchObject({ title: 'Gateway Timeout', status: 504 });
  });

  it('§8.33 sends problem+json exactly on errors, hal+json on successes and a 32-hex X-Request-Id on both', async () => {
    const success = await call('/api/v4/leads/unsorted?limit=1');
    const failure = await call('/api/v4/leads/unsorted', { token: 'nope' });
    const empty = await call('/api/v4/leads/unsorted?filter[uid]=none');

    expect(success.headers.get('Content-Type')).toBe('application/hal+json');
    expect(failure.headers.get('Content-Type')).toBe('application/problem+json');
    for (const response of [success, failure, empty])
      expect(response.headers.get('X-Request-Id')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('§8.34 answers a preflight with 405 and no CORS headers', async () => {
    const response = await call('/api/v4/leads/unsorted', {
      method: 'OPTIONS',
      headers: { Origin: 'https://app.example.com', 'Access-Control-Request-Method': 'GET' },
    });

    expect(response.status).toBe(405);
    expect([...response.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([]);
  });

  it('answers a preflight with CORS headers when strict CORS is switched off', async () => {
    emulator.setQuirks({ strictCors: false });

    const preflight = await call('/api/v4/leads/unsorted', { method: 'OPTIONS' });
    const list = await call('/api/v4/leads/unsorted?limit=1');

    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('Access-Control-Allow-Headers')).toContain('Authorization');
    expect(list.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });
});
