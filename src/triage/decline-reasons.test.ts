import { describe, expect, it } from 'vitest';
import { DECLINE_REASONS_KEY, MAX_DECLINE_REASONS, readDeclineReasons, recordDeclineReason } from './decline-reasons';
import type { TriageStorage } from './triage-action';

function memoryStorage(): TriageStorage & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return {
    values,
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}

const entry = (uid: string, at: number, pipelineId = 1) =>
  ({ uid, reason: 'spam', at, category: 'sip', pipelineId }) as const;

describe('decline reasons', () => {
  it('reads back what was recorded, by time range and pipeline', () => {
    const storage = memoryStorage();
    recordDeclineReason(storage, entry('a', 100));
    recordDeclineReason(storage, entry('b', 200, 2));
    recordDeclineReason(storage, entry('c', 300));
    expect(readDeclineReasons(storage).map((item) => item.uid)).toEqual(['a', 'b', 'c']);
    expect(readDeclineReasons(storage, { from: 150, to: 300 }).map((item) => item.uid)).toEqual(['b', 'c']);
    expect(readDeclineReasons(storage, { pipelineId: 1 }).map((item) => item.uid)).toEqual(['a', 'c']);
  });

  it('keeps one reason per lead', () => {
    const storage = memoryStorage();
    recordDeclineReason(storage, entry('a', 100));
    recordDeclineReason(storage, { ...entry('a', 200), reason: 'duplicate' });
    expect(readDeclineReasons(storage)).toEqual([{ ...entry('a', 200), reason: 'duplicate' }]);
  });

  it('keeps only the newest entries', () => {
    const storage = memoryStorage();
    storage.setItem(
      DECLINE_REASONS_KEY,
      JSON.stringify(Array.from({ length: MAX_DECLINE_REASONS }, (_, index) => entry(`u${index}`, index))),
    );
    recordDeclineReason(storage, entry('last', MAX_DECLINE_REASONS));
    const all = readDeclineReasons(storage);
    expect(all).toHaveLength(MAX_DECLINE_REASONS);
    expect(all[0]?.uid).toBe('u1');
    expect(all.at(-1)?.uid).toBe('last');
  });

  it('reads corrupt or foreign data as nothing', () => {
    const storage = memoryStorage();
    storage.setItem(DECLINE_REASONS_KEY, '{not json');
    expect(readDeclineReasons(storage)).toEqual([]);
    storage.setItem(DECLINE_REASONS_KEY, JSON.stringify([{ uid: 1 }, entry('a', 1)]));
    expect(readDeclineReasons(storage)).toEqual([entry('a', 1)]);
    expect(readDeclineReasons(null)).toEqual([]);
  });
});
