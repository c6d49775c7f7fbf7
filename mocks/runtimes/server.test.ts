// @vitest-environment node
import { bypass } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { type EmulatorServer, startEmulatorServer } from './server';
import { readServerOptions } from './server-options';

let running: EmulatorServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

/** Goes over the real socket: `bypass` keeps the test's own MSW server from answering. */
function fetchFrom(server: EmulatorServer, path: string, token?: string): Promise<Response> {
  const headers = token ? { Authorization: `Bearer ${token}` } : undefined;
  return fetch(bypass(new Request(`${server.url}${path}`, { headers })));
}

describe('the standalone emulator server', () => {
  it('serves a HAL page of incoming leads to a client with a Bearer token', async () => {
    running = await startEmulatorServer({ port: 0 });

    const response = await fetchFrom(running, '/api/v4/leads/unsorted?limit=2', 'demo-admin-token');

    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/hal+json');
    expect(response.headers.get('X-Request-Id')).toMatch(/^[0-9a-f]{32}$/);
    const body = await response.json();
    expect(body._embedded.unsorted).toHaveLength(2);
    expect(body._links.next.href).toBe(`${running.url}/api/v4/leads/unsorted?page=2&limit=2`);
  });

  it('rejects an expired token, and a missing one, with 401 problem+json', async () => {
    running = await startEmulatorServer({ port: 0 });

    const expired = await fetchFrom(running, '/api/v4/leads/unsorted', 'demo-expired-token');
    const missing = await fetchFrom(running, '/api/v4/leads/unsorted');

    expect([expired.status, missing.status]).toEqual([401, 401]);
    expect(expired.headers.get('Content-Type')).toBe('application/problem+json');
    expect((await expired.json()).detail).toBe('Неверный логин или пароль');
  });

  it('answers paths outside the API with an amoCRM 404', async () => {
    running = await startEmulatorServer({ port: 0 });

    const response = await fetchFrom(running, '/favicon.ico');

    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ status: 404, detail: 'Cannot GET /favicon.ico' });
  });

  it('is not poisoned by a query string that names a prototype', async () => {
    running = await startEmulatorServer({ port: 0 });

    const hostile = await fetchFrom(running, '/api/v4/leads/unsorted?__proto__[window]=1&limit=1', 'demo-admin-token');
    const next = await fetchFrom(running, '/api/v4/leads/unsorted?limit=1', 'demo-admin-token');

    expect(hostile.status).toBe(200);
    expect(next.status).toBe(200);
    expect((await next.json())._embedded.unsorted).toHaveLength(1);
  });

  it('answers a query of thousands of parameters with 431 problem+json, and serves the next request', async () => {
    running = await startEmulatorServer({ port: 0 });
    const query = Array.from({ length: 5000 }, (_, index) => `filter[uid][]=u${index}`).join('&');

    const tooLong = await fetchFrom(running, `/api/v4/leads/unsorted?${query}`, 'demo-admin-token');
    const next = await fetchFrom(running, '/api/v4/account', 'demo-admin-token');

    expect(tooLong.status).toBe(431);
    expect(tooLong.headers.get('Content-Type')).toBe('application/problem+json');
    expect(await tooLong.json()).toMatchObject({ status: 431, title: 'Request Header Fields Too Large' });
    expect(next.status).toBe(200);
  });

  it('drops the connection in the network-failure scenario', async () => {
    running = await startEmulatorServer({ port: 0, scenario: 'network-failure' });

    await expect(fetchFrom(running, '/api/v4/account', 'demo-admin-token')).rejects.toThrow(TypeError);
  });
});

describe('readServerOptions', () => {
  it('reads flags before the environment and falls back to 127.0.0.1:4010 and the demo size', () => {
    expect(readServerOptions([], {})).toMatchObject({
      host: '127.0.0.1',
      port: 4010,
      size: 'demo',
      scenario: null,
      quirks: {},
    });
    const env = {
      PORT: '5000',
      EMULATOR_SCENARIO: 'slow',
      EMULATOR_SIZE: 'load',
      EMULATOR_QUIRKS: '{"locale":"en"}',
      EMULATOR_LATENCY_MS: '40',
    };
    expect(readServerOptions(['--port=6000', '--scenario=manager'], env)).toMatchObject({
      port: 6000,
      scenario: 'manager',
      size: 'load',
      latencyMs: 40,
      quirks: { locale: 'en' },
    });
  });

  it('refuses an unknown scenario or size', () => {
    expect(() => readServerOptions(['--scenario=chaos'], {})).toThrow('Unknown scenario');
    expect(() => readServerOptions([], { EMULATOR_SIZE: 'huge' })).toThrow('demo or load');
  });
});
