// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { call } from '../../tests/support/contract-api';
import { createEmulator } from '../emulator';
import type { EmulatorOptions } from '../emulator-state';
import { server } from '../runtimes/node';
import { pendingIncomingLeads } from './db';
import { type KeyValueStorage, STORAGE_KEY } from './persistence';

function memoryStorage(): KeyValueStorage & { keys(): string[] } {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
    keys: () => [...items.keys()],
  };
}

function start(storage: KeyValueStorage, options: EmulatorOptions = {}) {
  const emulator = createEmulator({
    impliedToken: 'demo-admin-token',
    storage,
    quirks: { rateLimitPerSecond: 1000 },
    ...options,
  });
  server.use(...emulator.handlers);
  return emulator;
}

describe('keeping the demo account in storage', () => {
  it('keeps an accepted incoming lead accepted after the emulator restarts', async () => {
    const storage = memoryStorage();
    const first = start(storage);
    const uid = pendingIncomingLeads(first.db)[0]?.uid;

    await call(`/api/v4/leads/unsorted/${uid}/accept`, { method: 'POST' });
    const restarted = start(storage);

    expect(storage.keys()).toEqual([STORAGE_KEY]);
    expect(restarted.db.incoming.get(uid ?? '')?.state).toBe('accepted');
    expect((await call(`/api/v4/leads/unsorted/${uid}`)).status).toBe(204);
  });

  it('does not write anything for reads', async () => {
    const storage = memoryStorage();
    start(storage);

    await call('/api/v4/leads/unsorted');

    expect(storage.keys()).toEqual([]);
  });

  it('starts from a fresh seed after reset clears the storage', async () => {
    const storage = memoryStorage();
    const emulator = start(storage);
    const uid = pendingIncomingLeads(emulator.db)[0]?.uid ?? '';
    await call(`/api/v4/leads/unsorted/${uid}/decline`, { method: 'DELETE' });

    emulator.reset();

    expect(storage.keys()).toEqual([]);
    expect(emulator.db.incoming.get(uid)?.state).toBe('pending');
  });

  it('never stores the empty account of the empty-account scenario over the demo account', async () => {
    const storage = memoryStorage();
    const emulator = start(storage, { scenario: 'empty-account' });

    await call('/api/v4/leads', { method: 'POST', json: [{ name: 'Made while empty' }] });
    emulator.setScenario(null);

    expect(storage.keys()).toEqual([]);
    expect(pendingIncomingLeads(emulator.db).length).toBeGreaterThan(0);
  });

  it('ignores a stored account it cannot read', () => {
    const storage = memoryStorage();
    storage.setItem(STORAGE_KEY, '{broken');

    const emulator = start(storage);

    expect(pendingIncomingLeads(emulator.db).length).toBeGreaterThan(0);
  });
});
