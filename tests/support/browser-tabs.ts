import type { OutboxStorage } from '@/triage/outbox-storage';
import type { StorageEvents } from '@/triage/outbox-types';
import type { SenderLocks } from '@/triage/sender-election';

/** One tab's view of a browser's shared `localStorage`: what it reads and writes, and the events it hears. */
export interface TabStorage {
  storage: OutboxStorage;
  storageEvents: StorageEvents;
  /** Stops hearing other tabs, as a closed tab. */
  close(): void;
}

/**
 * `localStorage` as the tabs of one browser share it: one set of items; a write in one tab fires a `storage` event
 * in every other tab, as a task of its own and only when the value changed, as browsers do.
 */
export function createSharedStorage() {
  const items = new Map<string, string>();
  const tabs = new Set<Set<(key: string | null) => void>>();

  function tab(): TabStorage {
    const listeners = new Set<(key: string | null) => void>();
    tabs.add(listeners);
    const tell = (key: string) => {
      for (const other of tabs) {
        if (other === listeners) continue;
        for (const listener of other) globalThis.setTimeout(() => listener(key), 0);
      }
    };
    const storage: OutboxStorage = {
      get length() {
        return items.size;
      },
      key: (index) => [...items.keys()][index] ?? null,
      getItem: (key) => items.get(key) ?? null,
      setItem(key, value) {
        if (items.get(key) === value) return;
        items.set(key, String(value));
        tell(key);
      },
      removeItem(key) {
        if (!items.delete(key)) return;
        tell(key);
      },
    };
    return {
      storage,
      storageEvents: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      close: () => tabs.delete(listeners),
    };
  }

  return { items, tab };
}

interface Waiter {
  callback: () => Promise<void>;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
}

/**
 * `navigator.locks` for one browser: a lock is held by one callback at a time, the others wait in order, and an
 * aborted wait leaves the queue, as the Web Locks API does.
 */
export function createBrowserLocks(): SenderLocks & { holders(name: string): number } {
  const queues = new Map<string, Waiter[]>();
  const held = new Set<string>();

  function pump(name: string): void {
    if (held.has(name)) return;
    const next = queues.get(name)?.shift();
    if (!next) return;
    held.add(name);
    Promise.resolve()
      .then(next.callback)
      .then(next.resolve, next.reject)
      .finally(() => {
        held.delete(name);
        pump(name);
      });
  }

  return {
    request(name, { signal }, callback) {
      return new Promise((resolve, reject) => {
        const waiter: Waiter = { callback, resolve, reject };
        const queue = queues.get(name) ?? [];
        queues.set(name, queue);
        queue.push(waiter);
        signal.addEventListener('abort', () => {
          const index = queue.indexOf(waiter);
          if (index === -1) return;
          queue.splice(index, 1);
          reject(new DOMException('The lock request was aborted.', 'AbortError'));
        });
        pump(name);
      });
    },
    holders: (name) => (held.has(name) ? 1 : 0),
  };
}
