import { afterEach, describe, expect, it, vi } from 'vitest';
import { PROTOCOL } from '@/embed/protocol';
import { createHostBridge, HostTimeoutError } from './host-bridge';

const HOST = 'https://example.amocrm.ru';

function setup() {
  const self = new EventTarget();
  const parent = { postMessage: vi.fn() };
  const bridge = createHostBridge({ self, parent, hostOrigin: HOST, readyIntervalMs: 50 });
  const deliver = (data: unknown, { origin = HOST, source = parent as unknown } = {}) =>
    self.dispatchEvent(Object.assign(new Event('message'), { data, origin, source }));
  const sent = () => parent.postMessage.mock.calls.map(([message, targetOrigin]) => ({ message, targetOrigin }));
  return { bridge, parent, deliver, sent };
}

const init = {
  protocol: PROTOCOL,
  v: 1,
  type: 'init',
  locale: 'ru',
  theme: 'dark',
  subdomain: 'example',
  user: { id: 6930211, name: 'Anna' },
  relay: true,
};

afterEach(() => {
  vi.useRealTimers();
});

describe('host bridge', () => {
  it('announces itself to the host origin only and resolves with the host context', async () => {
    const { bridge, deliver, sent } = setup();
    const handshake = bridge.handshake(1000);
    expect(sent()).toEqual([{ message: { protocol: PROTOCOL, v: 1, type: 'ready' }, targetOrigin: HOST }]);
    deliver(init);
    await expect(handshake).resolves.toEqual({
      locale: 'ru',
      theme: 'dark',
      subdomain: 'example',
      user: { id: 6930211, name: 'Anna' },
      relay: true,
    });
  });

  it('never posts to any origin but the host, whatever it sends', async () => {
    const { bridge, deliver, sent } = setup();
    const handshake = bridge.handshake(1000);
    deliver(init);
    await handshake;
    bridge.post({ type: 'resize', height: 480 });
    bridge.post({ type: 'lead-declined', uid: 'abc' });
    deliver({ ...init, v: 2 });
    expect(sent().length).toBeGreaterThan(3);
    for (const { targetOrigin } of sent()) expect(targetOrigin).toBe(HOST);
  });

  it('refuses to be created for a wildcard or a malformed origin', () => {
    const options = { self: new EventTarget(), parent: { postMessage: vi.fn() } };
    expect(() => createHostBridge({ ...options, hostOrigin: '*' })).toThrow();
    expect(() => createHostBridge({ ...options, hostOrigin: 'https://example.amocrm.ru/path' })).toThrow();
  });

  it('ignores messages from a foreign origin, even from the parent window', async () => {
    vi.useFakeTimers();
    const { bridge, deliver } = setup();
    const handshake = bridge.handshake(500);
    const outcome = handshake.then(
      () => 'resolved',
      (error: unknown) => (error instanceof HostTimeoutError ? 'timed out' : 'other'),
    );
    deliver(init, { origin: 'https://evil.example.com' });
    deliver(init, { origin: 'https://other.amocrm.ru' });
    await vi.advanceTimersByTimeAsync(600);
    await expect(outcome).resolves.toBe('timed out');
    expect(bridge.context()).toBeNull();
  });

  it('ignores messages from another window on the host origin', async () => {
    vi.useFakeTimers();
    const { bridge, deliver } = setup();
    const outcome = bridge.handshake(500).then(
      () => 'resolved',
      () => 'timed out',
    );
    deliver(init, { source: { postMessage: () => {} } });
    deliver(init, { source: null });
    await vi.advanceTimersByTimeAsync(600);
    await expect(outcome).resolves.toBe('timed out');
  });

  it('ignores malformed messages and messages of other protocols', async () => {
    vi.useFakeTimers();
    const { bridge, deliver, sent } = setup();
    const outcome = bridge.handshake(500).then(
      () => 'resolved',
      () => 'timed out',
    );
    deliver('init');
    deliver(null);
    deliver({ type: 'init', locale: 'ru' });
    deliver({ ...init, locale: 'de' });
    deliver({ ...init, user: { id: -1, name: 'x' } });
    deliver({ ...init, subdomain: 'evil.com/' });
    deliver({ ...init, extra: 'field' });
    deliver({ ...init, protocol: 'another-app' });
    await vi.advanceTimersByTimeAsync(600);
    await expect(outcome).resolves.toBe('timed out');
    // Nothing was answered but the repeated announcements.
    expect(sent().every(({ message }) => (message as { type: string }).type === 'ready')).toBe(true);
  });

  it('tells the host which versions it speaks when the host speaks another, and ignores the message', async () => {
    vi.useFakeTimers();
    const { bridge, deliver, sent } = setup();
    const outcome = bridge.handshake(500).then(
      () => 'resolved',
      () => 'timed out',
    );
    deliver({ ...init, v: 2 });
    expect(sent()).toContainEqual({
      message: { protocol: PROTOCOL, v: 1, type: 'unsupported-version', supported: [1] },
      targetOrigin: HOST,
    });
    await vi.advanceTimersByTimeAsync(600);
    await expect(outcome).resolves.toBe('timed out');
  });

  it('repeats its announcement until the host answers', async () => {
    vi.useFakeTimers();
    const { bridge, deliver, sent } = setup();
    const handshake = bridge.handshake(1000);
    await vi.advanceTimersByTimeAsync(120);
    expect(sent().filter(({ message }) => (message as { type: string }).type === 'ready')).toHaveLength(3);
    deliver(init);
    await handshake;
    await vi.advanceTimersByTimeAsync(500);
    expect(sent()).toHaveLength(3);
  });

  it('passes the host updates on after the handshake, and only then', async () => {
    const { bridge, deliver } = setup();
    const updates: unknown[] = [];
    bridge.onUpdate((update) => updates.push({ locale: update.locale, theme: update.theme }));
    deliver({ protocol: PROTOCOL, v: 1, type: 'update', locale: 'en' });
    expect(updates).toEqual([]);
    const handshake = bridge.handshake(1000);
    deliver(init);
    await handshake;
    deliver({ protocol: PROTOCOL, v: 1, type: 'update', theme: 'light' });
    deliver({ protocol: PROTOCOL, v: 1, type: 'update', locale: 'en' }, { origin: 'https://evil.example.com' });
    expect(updates).toEqual([{ locale: undefined, theme: 'light' }]);
    expect(bridge.context()).toMatchObject({ locale: 'ru', theme: 'light' });
  });

  it('stops listening when disposed', async () => {
    vi.useFakeTimers();
    const { bridge, deliver } = setup();
    const outcome = bridge.handshake(500).then(
      () => 'resolved',
      () => 'timed out',
    );
    bridge.dispose();
    deliver(init);
    await vi.advanceTimersByTimeAsync(600);
    await expect(outcome).resolves.toBe('timed out');
  });
});
