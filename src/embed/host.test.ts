// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type EmbedHandle, type MountOptions, mount } from './host';
import { createFetchRelay, relayRefusal } from './host-relay';
import { PROTOCOL, stamp } from './protocol';

const APP = 'https://triage.example.com';
const handles: EmbedHandle[] = [];

afterEach(() => {
  for (const handle of handles.splice(0)) handle.destroy();
  document.body.replaceChildren();
});

function mountApp(options: Partial<MountOptions> = {}) {
  const container = document.createElement('div');
  document.body.append(container);
  const onEvent = vi.fn();
  const handle = mount(container, {
    appUrl: `${APP}/triage/`,
    locale: 'ru',
    theme: 'dark',
    subdomain: 'example',
    user: { id: 6930211, name: 'Anna' },
    onEvent,
    ...options,
  });
  handles.push(handle);
  const frame = handle.iframe.contentWindow as Window;
  const post = vi.spyOn(frame, 'postMessage').mockImplementation(() => {});
  const fromApp = (data: unknown, { origin = APP, source = frame as MessageEventSource | null } = {}) =>
    window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
  const sent = () => post.mock.calls.map(([message, targetOrigin]) => ({ message, targetOrigin }));
  return { handle, onEvent, fromApp, sent, container };
}

describe('host script', () => {
  it('frames the app at its URL with the embedded flag and this page as the host', () => {
    const { handle } = mountApp();
    const src = new URL(handle.iframe.src);
    expect(`${src.origin}${src.pathname}`).toBe(`${APP}/triage/inbox`);
    expect(src.searchParams.get('embedded')).toBe('1');
    expect(src.searchParams.get('host')).toBe(window.location.origin);
    expect(handle.iframe.title).toBe('Incoming leads');
  });

  it('answers the app announcement with the context, to the app origin only', async () => {
    const { handle, fromApp, sent } = mountApp({ relay: true });
    fromApp(stamp({ type: 'ready' }));
    await handle.ready;
    expect(sent()).toEqual([
      {
        message: stamp({
          type: 'init',
          locale: 'ru',
          theme: 'dark',
          subdomain: 'example',
          user: { id: 6930211, name: 'Anna' },
          relay: true,
        }),
        targetOrigin: APP,
      },
    ]);
    handle.setLocale('en');
    handle.setTheme('light');
    expect(sent().slice(1)).toEqual([
      { message: stamp({ type: 'update', locale: 'en' }), targetOrigin: APP },
      { message: stamp({ type: 'update', theme: 'light' }), targetOrigin: APP },
    ]);
  });

  it('ignores messages from other origins, other windows and malformed ones', () => {
    const { fromApp, sent, onEvent } = mountApp();
    fromApp(stamp({ type: 'ready' }), { origin: 'https://evil.example.com' });
    fromApp(stamp({ type: 'ready' }), { source: window });
    fromApp(stamp({ type: 'lead-declined', uid: 'a' }), { source: null });
    fromApp({ protocol: PROTOCOL, v: 1, type: 'lead-declined' });
    fromApp('ready');
    expect(sent()).toEqual([]);
    expect(onEvent).not.toHaveBeenCalled();
  });

  it('sizes the frame to the height the app reports, within bounds', () => {
    const { handle, fromApp } = mountApp({ minHeight: 300, maxHeight: 900 });
    fromApp(stamp({ type: 'resize', height: 512 }));
    expect(handle.iframe.style.height).toBe('512px');
    fromApp(stamp({ type: 'resize', height: 5000 }));
    expect(handle.iframe.style.height).toBe('900px');
    fromApp(stamp({ type: 'resize', height: 10 }));
    expect(handle.iframe.style.height).toBe('300px');
  });

  it('passes triage events to the page and opens CRM records through it', () => {
    const navigate = vi.fn();
    const { fromApp, onEvent } = mountApp({ navigate });
    const accepted = stamp({ type: 'lead-accepted', uid: 'abc', leadId: 11, contactId: 12 });
    fromApp(accepted);
    fromApp(stamp({ type: 'open-in-crm', entity: 'lead', id: 11 }));
    expect(onEvent).toHaveBeenCalledWith(accepted);
    expect(navigate).toHaveBeenCalledWith('/leads/detail/11', { entity: 'lead', id: 11 });
  });

  it('tells the app and the page when the app speaks another protocol version', () => {
    const onProblem = vi.fn();
    const { fromApp, sent } = mountApp({ onProblem });
    fromApp({ protocol: PROTOCOL, v: 2, type: 'ready' });
    expect(onProblem).toHaveBeenCalledWith({ type: 'unsupported-version', version: 2 });
    expect(sent()).toEqual([{ message: stamp({ type: 'unsupported-version', supported: [1] }), targetOrigin: APP }]);
  });

  it('relays allowed API calls and answers with status, headers and body', async () => {
    const relay = vi.fn(async () => ({ status: 200, headers: { 'content-type': 'application/json' }, body: '{}' }));
    const { fromApp, sent } = mountApp({ relay });
    fromApp(
      stamp({ type: 'relay-request', id: 'r1', method: 'GET', path: '/api/v4/account', headers: {}, body: null }),
    );
    await vi.waitFor(() => expect(sent()).toHaveLength(1));
    expect(relay).toHaveBeenCalledWith(expect.objectContaining({ method: 'GET', path: '/api/v4/account' }));
    expect(sent()[0]).toEqual({
      message: stamp({
        type: 'relay-response',
        id: 'r1',
        status: 200,
        headers: { 'content-type': 'application/json' },
        body: '{}',
      }),
      targetOrigin: APP,
    });
  });

  it('refuses to relay when the page did not enable it, and paths outside the API', async () => {
    const relay = vi.fn();
    const withRelay = mountApp({ relay });
    withRelay.fromApp(
      stamp({
        type: 'relay-request',
        id: 'r2',
        method: 'GET',
        path: '/api/v4/../../logout',
        headers: {},
        body: null,
      }),
    );
    const without = mountApp();
    without.fromApp(
      stamp({ type: 'relay-request', id: 'r3', method: 'GET', path: '/api/v4/account', headers: {}, body: null }),
    );
    expect(relay).not.toHaveBeenCalled();
    expect(withRelay.sent()[0]?.message).toMatchObject({ type: 'relay-error', id: 'r2' });
    expect(without.sent()[0]?.message).toMatchObject({ type: 'relay-error', id: 'r3' });
  });

  it('refuses to mount with a context the app would reject, and says which part', () => {
    const container = document.createElement('div');
    const options = {
      appUrl: APP,
      locale: 'ru',
      theme: 'dark',
      subdomain: 'example',
      user: { id: 1, name: 'A' },
    } as const;
    expect(() => mount(container, { ...options, subdomain: 'evil.com/x' })).toThrow(/subdomain/);
    expect(() => mount(container, { ...options, user: { id: 0, name: 'A' } })).toThrow(/user\.id/);
    expect(() => mount(container, { ...options, appUrl: 'javascript:alert(1)' })).toThrow(/appUrl/);
    expect(container.querySelector('iframe')).toBeNull();
  });

  it('removes the frame and stops listening when destroyed', () => {
    const { handle, fromApp, sent, container } = mountApp();
    handle.destroy();
    fromApp(stamp({ type: 'ready' }));
    expect(sent()).toEqual([]);
    expect(container.querySelector('iframe')).toBeNull();
  });
});

describe('relay rules', () => {
  const origin = 'https://example.amocrm.ru';
  it('allows API v4 calls with the app methods', () => {
    expect(relayRefusal({ method: 'GET', path: '/api/v4/leads/unsorted?page=2' }, origin)).toBeNull();
    expect(relayRefusal({ method: 'POST', path: '/api/v4/leads/unsorted/abc/accept' }, origin)).toBeNull();
    expect(relayRefusal({ method: 'PATCH', path: '/api/v4/leads' }, origin)).toBeNull();
    expect(relayRefusal({ method: 'DELETE', path: '/api/v4/leads/unsorted/abc/decline' }, origin)).toBeNull();
  });

  it('refuses other paths, dot segments, other hosts and deletes other than a decline', () => {
    expect(relayRefusal({ method: 'GET', path: '/private/settings' }, origin)).not.toBeNull();
    expect(relayRefusal({ method: 'GET', path: '/api/v4/../ajax/logout' }, origin)).not.toBeNull();
    expect(relayRefusal({ method: 'GET', path: '/api/v4/%2e%2e/ajax' }, origin)).not.toBeNull();
    expect(relayRefusal({ method: 'GET', path: '//evil.example.com/api/v4/x' }, origin)).not.toBeNull();
    expect(relayRefusal({ method: 'DELETE', path: '/api/v4/leads/42' }, origin)).not.toBeNull();
  });

  it('refuses encoded separators and dots in any case, for reads and for declines', () => {
    for (const path of [
      '/api/v4/..%2f..%2fajax/logout',
      '/api/v4/..%2F..%2Fajax/logout',
      '/api/v4/..%5cajax',
      '/api/v4/%2E%2E/ajax',
    ]) {
      expect(relayRefusal({ method: 'GET', path }, origin), path).not.toBeNull();
    }
    expect(
      relayRefusal({ method: 'DELETE', path: '/api/v4/leads/unsorted/..%2f..%2fleads%2f42/decline' }, origin),
    ).not.toBeNull();
    // An encoded character in the query is the app's business, not a path trick.
    expect(relayRefusal({ method: 'GET', path: '/api/v4/leads?query=a%2Fb' }, origin)).toBeNull();
  });

  it('performs the call with the page cookies and returns only the headers the app reads', async () => {
    const fetchImpl = vi.fn(
      async () =>
        new Response('{"ok":true}', {
          status: 201,
          headers: { 'Content-Type': 'application/json', 'Set-Cookie': 'x=1', 'Retry-After': '3' },
        }),
    );
    const relay = createFetchRelay(fetchImpl);
    const answer = await relay({
      method: 'POST',
      path: '/api/v4/leads/unsorted/abc/accept',
      headers: { Accept: 'application/json', 'content-type': 'application/json', Authorization: 'Bearer stolen' },
      body: '{}',
      signal: new AbortController().signal,
    });
    expect(fetchImpl).toHaveBeenCalledWith(
      '/api/v4/leads/unsorted/abc/accept',
      expect.objectContaining({
        method: 'POST',
        credentials: 'include',
        headers: { accept: 'application/json', 'content-type': 'application/json' },
      }),
    );
    expect(answer).toEqual({
      status: 201,
      headers: { 'content-type': 'application/json', 'retry-after': '3' },
      body: '{"ok":true}',
    });
  });
});
