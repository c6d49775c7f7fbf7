import type { OutboxReplica } from './outbox-replica';
import { without } from './outbox-state';
import {
  isOutboxKey,
  loadOutbox,
  type OutboxChange,
  type OutboxStorage,
  readChange,
  settlementKey,
} from './outbox-storage';
import type { StorageEvents } from './outbox-types';
import type { SettlementBook } from './settlement-book';
import type { TriageAction, TriageOutcome } from './triage-action';

/** The window's `storage` event: fired in every other tab of the browser that shares the storage. */
export function windowStorageEvents(storage: OutboxStorage | null): StorageEvents {
  return (listener) => {
    if (typeof window === 'undefined' || !storage) return () => {};
    const onStorage = (event: StorageEvent) => {
      if (event.storageArea === null || event.storageArea === storage) listener(event.key);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  };
}

/**
 * What another tab's write to `key` means for this tab; null when it is not the outbox's or cannot be read. An
 * action gone from storage was either undone or sent: its settlement, when there is one, says how it ended.
 */
export function readStorageChange(storage: OutboxStorage, key: string): OutboxChange | null {
  if (!isOutboxKey(key)) return null;
  try {
    const change = readChange(key, storage.getItem(key));
    if (change?.type !== 'action' || change.action !== null) return change;
    const settled = readChange(settlementKey(change.id), storage.getItem(settlementKey(change.id)));
    return settled?.type === 'settlement' && settled.settlement ? settled : change;
  } catch {
    return null;
  }
}

/**
 * Applies another tab's change to this tab's actions. Outcomes it reached are told here too, marked as sent
 * elsewhere; the sending tab refreshes the lists (every tab refetching at once would add up past amoCRM's 7
 * requests a second, which the tabs share), here the lead is already out of them and the next poll catches up.
 */
export function applyChange(
  actions: readonly TriageAction[],
  change: OutboxChange,
): { actions: readonly TriageAction[]; outcome?: TriageOutcome } {
  const previous = actions.find((action) => action.id === change.id);
  if (change.type === 'settlement') {
    if (!change.settlement || !previous) return { actions };
    const { result } = change.settlement;
    const outcome = result === 'cancelled' ? undefined : { result, action: previous, elsewhere: true };
    return { actions: without(actions, change.id), outcome };
  }
  const { action } = change;
  if (!action) return { actions: without(actions, change.id) };
  const next = previous
    ? actions.map((item) => (item.id === change.id ? action : item))
    : [...actions, action].sort((a, b) => a.queuedAt - b.queuedAt);
  const newlyFailed = action.state === 'failed' && previous && previous.state !== 'failed' && action.failure;
  const outcome = newlyFailed
    ? { result: 'failed' as const, action, failure: newlyFailed, elsewhere: true }
    : undefined;
  return { actions: next, outcome };
}

export interface StorageChangeInput {
  storage: OutboxStorage;
  /** The key another tab wrote; null when storage was cleared. */
  key: string | null;
  actions: readonly TriageAction[];
  replica: OutboxReplica;
  book: SettlementBook;
  now: number;
}

/** This tab's actions after another tab's write, with what to tell the manager; null when it changes nothing here. */
export function mergeStorageChange({ storage, key, actions, replica, book, now }: StorageChangeInput) {
  if (key === null) {
    const reloaded = loadOutbox(storage, now);
    book.reload(reloaded.settlements);
    return { actions: replica.reload(actions, reloaded.actions) };
  }
  const change = readStorageChange(storage, key);
  if (!change) return null;
  const previous = actions.find((action) => action.id === change.id);
  if (change.type === 'settlement') book.learn(change.id, change.settlement, previous);
  const applied = applyChange(actions, change);
  if (applied.actions !== actions) replica.adopt(change.id, change.type === 'action' ? change.action : null);
  return applied;
}
