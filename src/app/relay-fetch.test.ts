// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { PROTOCOL, parseAppMessage, type RelayRequestMessage } from '@/embed/protocol';
import { isApiError } from '@/lib/api-error';
import { createApiClient } from '@/lib/http';
import { createHostBridge } from './host-bridge';
import { createRelayFetch } from './relay-fetch';

const HOST = 'https://example.amocrm.ru';

/** A bridge whose host answers each relay request with `answer` (or stays silent when it returns null). */
function relayed(answer: (request: RelayRequestMessage) => object | null, timeoutMs?: number) {
  const self = new EventTarget();
  const requests: RelayRequestMessage[] = [];
  const aborted: string[] = [];
  const parent = {
    postMessage: vi.fn((data: unknown, targetOrigin: string) => {
      expect(targetOrigin).toBe(HOST);
      const parsed = parseAppMessage(data);
      if (parsed.kind !== 'message') throw new Error('the app sent an invalid message');
      if (parsed.message.type === 'relay-abort') aborted.push(parsed.message.id);
      if (parsed.message.type !== 'relay-request') return;
      const request = parsed.message;
      requests.push(request);
      const reply = answer(request);
      if (reply === null) return;
      queueMicrotask(() =>
        self.dispatchEvent(
          Object.assign(new Event('message'), {
            data: { protocol: PROTOCOL, v: 1, id: request.id, ...reply },
            origin: HOST,
            source: parent,
          }),
        ),
      );
    }),
  };
  const bridge = createHostBridge({ self, parent: parent as Pick<Window, 'postMessage'>, hostOrigin: HOST });
  const relayFetch = createRelayFetch(bridge, timeoutMs);
  return { relayFetch, requests, aborted, api: createApiClient({ baseUrl: '', fetch: relayFetch }) };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) => ({
  type: 'relay-response',
  status,
  headers: { 'content-type': 'application/hal+json', ...headers },
  body: JSON.stringify(body),
});

describe('relay fetch', () => {
  it('hands the API call to the host and gives the client the host answer', async () => {
    const { api, requests } = relayed(() => json(200, { id: 1, subdomain: 'example' }));
    await expect(api.get('/api/v4/account', { query: { with: 'users' } })).resolves.toEqual({
      id: 1,
      subdomain: 'example',
    });
    expect(requests[0]).toMatchObject({ method: 'GET', path: '/api/v4/account?with=users', body: null });
    expect(requests[0]?.headers).toMatchObject({ accept: 'application/json' });
  });

  it('sends the JSON body of a triage call as text', async () => {
    const { api, requests } = relayed(() => ({ type: 'relay-response', status: 200, headers: {}, body: '{}' }));
    await api.post('/api/v4/leads/unsorted/abc/accept', { user_id: 5, status_id: 7 });
    expect(requests[0]).toMatchObject({ method: 'POST', path: '/api/v4/leads/unsorted/abc/accept' });
    expect(JSON.parse(requests[0]?.body ?? '')).toEqual({ user_id: 5, status_id: 7 });
  });

  it('answers 204 with an empty result', async () => {
    const { api } = relayed(() => ({ type: 'relay-response', status: 204, headers: {}, body: '' }));
    await expect(api.get('/api/v4/leads/unsorted')).resolves.toBeNull();
  });

  it('turns an API error the host relays into the usual ApiError', async () => {
    const { api } = relayed(() =>
      json(
        401,
        { title: 'Unauthorized', status: 401, detail: 'Session expired' },
        { 'content-type': 'application/problem+json' },
      ),
    );
    const error = await api.get('/api/v4/account').catch((caught: unknown) => caught);
    expect(isApiError(error) && error.status).toBe(401);
  });

  it('fails like a network error when the host refuses or cannot perform the call', async () => {
    const { api } = relayed(() => ({ type: 'relay-error', message: 'Only /api/v4/ paths are relayed.' }));
    const error = await api.get('/api/v4/account').catch((caught: unknown) => caught);
    expect(isApiError(error) && error.kind).toBe('network');
  });

  it('gives up after its timeout and tells the host to stop', async () => {
    const { relayFetch, aborted, requests } = relayed(() => null, 30);
    await expect(relayFetch('/api/v4/account')).rejects.toThrow(/did not answer/);
    expect(aborted).toEqual([requests[0]?.id]);
  });

  it('aborts with the caller signal and tells the host', async () => {
    const { relayFetch, aborted, requests } = relayed(() => null);
    const controller = new AbortController();
    const pending = relayFetch('/api/v4/account', { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(aborted).toEqual([requests[0]?.id]);
  });

  it('relays nothing but API calls', async () => {
    const { relayFetch, requests } = relayed(() => json(200, {}));
    await expect(relayFetch('/index.html')).rejects.toThrow(TypeError);
    await expect(relayFetch('/api/v4/account', { method: 'PUT' })).rejects.toThrow(TypeError);
    await expect(relayFetch('/api/v4/..%2f..%2fajax/logout')).rejects.toThrow(TypeError);
    expect(requests).toEqual([]);
  });
});

describe('relay fetch limits', () => {
  it('carries the long id look-ups of a full page', async () => {
    const { api, requests } = relayed(() => json(200, {}));
    const ids = Array.from({ length: 250 }, (_, index) => 30_000_000 + index);
    await api.get('/api/v4/leads', { query: { filter: { id: ids } } });
    expect(requests[0]?.path.length).toBeGreaterThan(4096);
  });

  it('fails at once with a request the protocol cannot carry, instead of waiting', async () => {
    const { relayFetch } = relayed(() => json(200, {}));
    await expect(relayFetch(`/api/v4/leads?q=${'x'.repeat(40_000)}`)).rejects.toThrow(/Not a valid relay-request/);
  });

  it('ends a request whose answer the browser cannot read, instead of waiting forever', async () => {
    const { relayFetch } = relayed(() => ({
      type: 'relay-response',
      status: 200,
      headers: { 'bad header name': 'x' },
      body: '{}',
    }));
    await expect(relayFetch('/api/v4/account')).rejects.toThrow(/cannot read/);
    // A status the protocol refuses ends the request too, rather than waiting for the relay's 30 s timeout.
    const { relayFetch: oddStatus } = relayed(() => ({ type: 'relay-response', status: 999, headers: {}, body: '' }));
    await expect(oddStatus('/api/v4/account')).rejects.toThrow(/cannot read/);
  });
});
