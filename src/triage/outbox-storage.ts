import { isLeadCategory } from '@/incoming-leads/incoming-lead';
import type { TriageAction, TriageSettlement, TriageState } from './triage-action';

/**
 * The outbox in `localStorage`, one key per action: every tab of the browser reads and writes the same actions,
 * and a write touches only the action it is about, so two tabs never overwrite each other's work. A finished
 * action leaves a settlement under its own key, so every tab can tell "sent" from "undone" and count a bulk run.
 */
const PREFIX = 'incoming-leads-triage.outbox.v2.';
const ACTION_PREFIX = `${PREFIX}action.`;
const SETTLED_PREFIX = `${PREFIX}settled.`;
/** The one key an older version kept the whole outbox under; its actions are moved over on load. */
const LEGACY_KEY = 'incoming-leads-triage.outbox.v1';

/** Settlements are kept this long, for the other tabs and for the results of a bulk run. */
export const SETTLEMENT_KEPT_MS = 6 * 60 * 60 * 1000;

/** What the outbox needs of `localStorage`; tests pass an in-memory one. */
export interface OutboxStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const actionKey = (id: string) => `${ACTION_PREFIX}${id}`;
export const settlementKey = (id: string) => `${SETTLED_PREFIX}${id}`;
export const isOutboxKey = (key: string) => key.startsWith(PREFIX) || key === LEGACY_KEY;

const STATES: readonly TriageState[] = ['grace', 'queued', 'sending', 'waiting-retry', 'failed', 'session-expired'];
const KINDS = ['accept', 'decline', 'link'];
const RESULTS = ['done', 'already-handled', 'cancelled'];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Our own writes, read back defensively: a hand-edited or half-written entry is skipped, not trusted. */
function isStoredAction(value: unknown): value is TriageAction {
  if (!isObject(value) || !isObject(value.lead)) return false;
  return (
    typeof value.id === 'string' &&
    KINDS.includes(value.kind as string) &&
    STATES.includes(value.state as TriageState) &&
    typeof value.queuedAt === 'number' &&
    typeof value.sendAt === 'number' &&
    typeof value.attempts === 'number' &&
    typeof value.lead.uid === 'string' &&
    typeof value.lead.pipelineId === 'number' &&
    isLeadCategory(value.lead.category) &&
    (value.kind !== 'link' || typeof value.targetLeadId === 'number')
  );
}

function isSettlement(value: unknown): value is TriageSettlement {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    typeof value.uid === 'string' &&
    RESULTS.includes(value.result as string) &&
    typeof value.at === 'number' &&
    (value.batchId === undefined || typeof value.batchId === 'string')
  );
}

function parse<T>(text: string | null, guard: (value: unknown) => value is T): T | null {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    return guard(value) ? value : null;
  } catch {
    return null;
  }
}

/** What one key of the outbox now says; `null` for a key that is not the outbox's. */
export type OutboxChange =
  | { type: 'action'; id: string; action: TriageAction | null }
  | { type: 'settlement'; id: string; settlement: TriageSettlement | null };

export function readChange(key: string, value: string | null): OutboxChange | null {
  if (key.startsWith(ACTION_PREFIX)) {
    const id = key.slice(ACTION_PREFIX.length);
    const action = parse(value, isStoredAction);
    return { type: 'action', id, action: action?.id === id ? action : null };
  }
  if (key.startsWith(SETTLED_PREFIX)) {
    const id = key.slice(SETTLED_PREFIX.length);
    const settlement = parse(value, isSettlement);
    return { type: 'settlement', id, settlement: settlement?.id === id ? settlement : null };
  }
  return null;
}

export interface StoredOutbox {
  actions: TriageAction[];
  settlements: TriageSettlement[];
}

function keysOf(storage: OutboxStorage): string[] {
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  return keys;
}

/** Moves an older version's single-key outbox over to one key per action; its bulk results are not carried. */
function migrateLegacy(storage: OutboxStorage): void {
  const text = storage.getItem(LEGACY_KEY);
  if (text === null) return;
  const parsed = parse(text, isObject);
  const actions = Array.isArray(parsed?.actions) ? parsed.actions.filter(isStoredAction) : [];
  for (const action of actions) storage.setItem(actionKey(action.id), JSON.stringify(action));
  storage.removeItem(LEGACY_KEY);
}

/**
 * Everything every tab has stored, oldest action first. Unreadable entries are skipped and settlements older
 * than `SETTLEMENT_KEPT_MS` removed. Storage that cannot be read at all gives an empty outbox.
 */
export function loadOutbox(storage: OutboxStorage | null, now: number): StoredOutbox {
  const empty: StoredOutbox = { actions: [], settlements: [] };
  if (!storage) return empty;
  try {
    migrateLegacy(storage);
  } catch {
    // Storage that refuses writes: the older outbox is read again next time.
  }
  try {
    const loaded: StoredOutbox = { actions: [], settlements: [] };
    for (const key of keysOf(storage)) {
      const change = readChange(key, storage.getItem(key));
      if (change?.type === 'action' && change.action) loaded.actions.push(change.action);
      else if (change?.type === 'settlement' && change.settlement && now - change.settlement.at < SETTLEMENT_KEPT_MS)
        loaded.settlements.push(change.settlement);
      else tryRemove(storage, key);
    }
    loaded.actions.sort((a, b) => a.queuedAt - b.queuedAt);
    return loaded;
  } catch {
    return empty;
  }
}

function tryRemove(storage: OutboxStorage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Left for the next load.
  }
}

/** The action as storage has it right now: `undefined` when storage cannot be read. */
export function readStoredAction(storage: OutboxStorage, id: string): TriageAction | null | undefined {
  try {
    const change = readChange(actionKey(id), storage.getItem(actionKey(id)));
    return change?.type === 'action' ? change.action : null;
  } catch {
    return undefined;
  }
}

/** Writes (or with `null`, removes) one entry; false when storage refused (full, blocked or missing). */
export function writeEntry(storage: OutboxStorage | null, key: string, value: object | null): boolean {
  if (!storage) return false;
  try {
    if (value === null) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}
