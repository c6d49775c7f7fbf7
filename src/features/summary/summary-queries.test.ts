import { describe, expect, it } from 'vitest';
import { incomingLeadQueries } from '@/incoming-leads/incoming-lead-queries';
import { createApiClient } from '@/lib/http';
import { createPacer } from '@/lib/pacer';
import { PAST_DAY_STALE_TIME, summaryQueries } from './summary-queries';
import { startOfDay } from './summary-range';

const api = createApiClient({ baseUrl: 'https://example.amocrm.ru' });
const pacer = createPacer({ intervalMs: 1 });
const underSummaries = (key: readonly unknown[]) =>
  expect(key.slice(0, incomingLeadQueries.summaries().length)).toEqual([...incomingLeadQueries.summaries()]);

describe('Summary queries', () => {
  it('keep every summary under the key the triage outbox updates', () => {
    const range = { from: '2026-11-19', to: '2026-11-25' };
    underSummaries(summaryQueries.period(api, range, undefined).queryKey);
    underSummaries(summaryQueries.previous(api, range, 2194576).queryKey);
    underSummaries(summaryQueries.day(api, '2026-11-20', '2026-11-25', undefined, pacer).queryKey);
  });

  it('ask for whole local days, and the previous period just before', () => {
    const range = { from: '2026-11-19', to: '2026-11-25' };
    expect(summaryQueries.period(api, range, 3166396).queryKey.at(-1)).toEqual({
      createdAt: { from: startOfDay('2026-11-19'), to: startOfDay('2026-11-26') - 1 },
      pipelineId: 3166396,
    });
    expect(summaryQueries.previous(api, range, undefined).queryKey.at(-1)).toEqual({
      createdAt: { from: startOfDay('2026-11-12'), to: startOfDay('2026-11-19') - 1 },
    });
  });

  it('share one cache entry between a day of the trend and the same day as a period', () => {
    const day = { from: '2026-11-25', to: '2026-11-25' };
    expect(summaryQueries.day(api, '2026-11-25', '2026-11-25', 1, pacer).queryKey).toEqual(
      summaryQueries.period(api, day, 1).queryKey,
    );
  });

  it('keep past days for long and let today go stale as usual', () => {
    const past = summaryQueries.day(api, '2026-11-24', '2026-11-25', undefined, pacer);
    const today = summaryQueries.day(api, '2026-11-25', '2026-11-25', undefined, pacer);
    expect(past).toMatchObject({ staleTime: PAST_DAY_STALE_TIME, gcTime: PAST_DAY_STALE_TIME });
    expect(today.staleTime).toBeUndefined();
  });
});
