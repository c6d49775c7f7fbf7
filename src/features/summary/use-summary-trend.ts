import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import type { IncomingLeadSummary } from '@/incoming-leads/incoming-lead';
import { useApiClient } from '@/lib/api-client-context';
import { useClock } from '@/lib/clock-context';
import { createPacer } from '@/lib/pacer';
import { usePendingOverlay } from '@/triage/outbox-context';
import { summaryWithPending } from '@/triage/pending-overlay';
import { summaryFilter, summaryQueries } from './summary-queries';
import { type DayKey, type DayRange, daysOf } from './summary-range';

export interface TrendDay {
  day: DayKey;
  /** Undefined until the day's summary has arrived. */
  summary: IncomingLeadSummary | undefined;
}

export interface SummaryTrend {
  days: TrendDay[];
  loaded: number;
  failed: number;
  retryFailed: () => void;
}

/**
 * A month of days is the longest run of requests the app makes. Sent evenly, 5 a second, they stay under amoCRM's
 * 7 even when the page or the network delays some of them; a month fills in in about 6 s.
 */
export const TREND_REQUEST_INTERVAL_MS = 200;

/**
 * One summary per day of the range, spread evenly and then through the API client's limiter; past days are
 * cached for long, today stays fresh.
 */
export function useSummaryTrend(range: DayRange, pipelineId: number | undefined, today: DayKey): SummaryTrend {
  const api = useApiClient();
  const clock = useClock();
  const [pacer] = useState(() => createPacer({ intervalMs: TREND_REQUEST_INTERVAL_MS, clock }));
  const days = daysOf(range);
  // Newest first: the days a manager cares about most arrive first, and the chart fills in from the right.
  const newestFirst = [...days].reverse();
  const overlay = usePendingOverlay();
  return useQueries({
    queries: newestFirst.map((day) => summaryQueries.day(api, day, today, pipelineId, pacer)),
    combine: (results) => ({
      days: days.map((day, index) => {
        const result = results[days.length - 1 - index];
        const filter = summaryFilter({ from: day, to: day }, pipelineId);
        // amoCRM's figures for the day with the manager's decisions they do not have yet.
        const summary = result?.data && summaryWithPending(result.data, filter, overlay, result.dataUpdatedAt);
        return { day, summary };
      }),
      loaded: results.filter((result) => result.data !== undefined).length,
      failed: results.filter((result) => result.isError).length,
      retryFailed: () => {
        for (const result of results) if (result.isError) void result.refetch();
      },
    }),
  });
}
