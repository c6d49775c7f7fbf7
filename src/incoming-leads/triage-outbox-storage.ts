import { isLeadCategory } from './incoming-lead';
import type { TriageAction, TriageFailureReason, TriageState, TriageStorage } from './triage';

export const TRIAGE_OUTBOX_KEY = 'incoming-leads-triage.outbox.v1';

/** One failed lead of a bulk run: `message` in English, `reason` for the interface's words. */
export interface TriageBatchFailure {
  id: string;
  uid: string;
  message: string;
  reason?: TriageFailureReason;
}

/** What a bulk run has produced so far. `failed` carries the action id, for Retry. */
export interface TriageBatchRecord {
  done: string[];
  alreadyHandled: string[];
  failed: TriageBatchFailure[];
  cancelled: string[];
}

export interface StoredOutbox {
  actions: TriageAction[];
  batches: Record<string, TriageBatchRecord>;
}

const STATES: readonly TriageState[] = ['grace', 'queued', 'sending', 'waiting-retry', 'failed', 'session-expired'];
const KINDS = ['accept', 'decline', 'link'];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
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

function isBatchRecord(value: unknown): value is TriageBatchRecord {
  return (
    isObject(value) &&
    isStringArray(value.done) &&
    isStringArray(value.alreadyHandled) &&
    isStringArray(value.cancelled) &&
    Array.isArray(value.failed) &&
    value.failed.every((item) => isObject(item) && typeof item.id === 'string' && typeof item.uid === 'string')
  );
}

/**
 * Reads the outbox a previous page left. A request that was in flight may or may not have landed: it is sent
 * again, and at worst amoCRM answers that the lead is already sorted. Anything unreadable starts empty.
 */
export function loadOutbox(storage: TriageStorage | null): StoredOutbox {
  const empty: StoredOutbox = { actions: [], batches: {} };
  if (!storage) return empty;
  try {
    const parsed: unknown = JSON.parse(storage.getItem(TRIAGE_OUTBOX_KEY) ?? 'null');
    if (!isObject(parsed)) return empty;
    const actions = (Array.isArray(parsed.actions) ? parsed.actions : [])
      .filter(isStoredAction)
      .map((action): TriageAction => (action.state === 'sending' ? { ...action, state: 'queued' } : action));
    const batches = Object.fromEntries(
      Object.entries(isObject(parsed.batches) ? parsed.batches : {}).filter(([, record]) => isBatchRecord(record)),
    ) as Record<string, TriageBatchRecord>;
    return { actions, batches };
  } catch {
    return empty;
  }
}

/**
 * Writes the outbox; false when it could not be stored (no storage, storage full or blocked). The outbox then
 * keeps working in memory for this page, and says that a reload would lose what is pending.
 */
export function saveOutbox(storage: TriageStorage | null, outbox: StoredOutbox): boolean {
  if (!storage) return false;
  try {
    if (outbox.actions.length === 0 && Object.keys(outbox.batches).length === 0) storage.removeItem(TRIAGE_OUTBOX_KEY);
    else storage.setItem(TRIAGE_OUTBOX_KEY, JSON.stringify(outbox));
    return true;
  } catch {
    return false;
  }
}
