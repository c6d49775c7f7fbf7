import type { LeadCategory } from '@/incoming-leads/incoming-lead';
import { DECLINE_REASONS, type DeclineReason, type TriageStorage } from './triage-action';

export const DECLINE_REASONS_KEY = 'incoming-leads-triage.decline-reasons.v1';

/** Oldest entries are dropped beyond this, so the browser's storage never fills up. */
export const MAX_DECLINE_REASONS = 5000;

export interface DeclineReasonEntry {
  uid: string;
  reason: DeclineReason;
  /** When the decline went through, epoch milliseconds. */
  at: number;
  category: LeadCategory;
  pipelineId: number;
}

export interface DeclineReasonFilter {
  from?: number;
  to?: number;
  pipelineId?: number;
}

function isEntry(value: unknown): value is DeclineReasonEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.uid === 'string' &&
    (DECLINE_REASONS as readonly unknown[]).includes(entry.reason) &&
    typeof entry.at === 'number' &&
    typeof entry.category === 'string' &&
    typeof entry.pipelineId === 'number'
  );
}

function readAll(storage: TriageStorage): DeclineReasonEntry[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(DECLINE_REASONS_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isEntry) : [];
  } catch {
    return [];
  }
}

/** Keeps why a lead was declined; amoCRM has no field for it, so it lives in this browser. */
export function recordDeclineReason(storage: TriageStorage | null | undefined, entry: DeclineReasonEntry): void {
  if (!storage) return;
  const entries = readAll(storage).filter((existing) => existing.uid !== entry.uid);
  entries.push(entry);
  try {
    storage.setItem(DECLINE_REASONS_KEY, JSON.stringify(entries.slice(-MAX_DECLINE_REASONS)));
  } catch {
    // A full or unavailable storage loses the reason, never the decline itself.
  }
}

/** Decline reasons recorded in this browser, oldest first, within `from`–`to` (inclusive) and a pipeline. */
export function readDeclineReasons(
  storage: TriageStorage | null | undefined,
  { from, to, pipelineId }: DeclineReasonFilter = {},
): DeclineReasonEntry[] {
  if (!storage) return [];
  return readAll(storage).filter(
    (entry) =>
      (from === undefined || entry.at >= from) &&
      (to === undefined || entry.at <= to) &&
      (pipelineId === undefined || entry.pipelineId === pipelineId),
  );
}
