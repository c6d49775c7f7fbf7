import { useQueries } from '@tanstack/react-query';
import type { IncomingLeadSummary } from '@/incoming-leads/incoming-lead';
import { useApiClient } from '@/lib/api-client-context';
import { summaryQueries } from './summary-queries';
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
 * One summary per day of the range. The API client's limiter paces them (7 requests per 1.1 s), so a month fills
 * in over a few seconds; past days are cached for long, today stays fresh.
 */
export function useSummaryTrend(range: DayRange, pipelineId: number | undefined, today: DayKey): SummaryTrend {
  const api = useApiClient();
  const days = daysOf(range);
  return useQueries({
    queries: days.map((day) => summaryQueries.day(api, day, today, pipelineId)),
    combine: (results) => ({
      days: results.map((result, index) => ({ day: days[index] ?? '', summary: result.data })),
      loaded: results.filter((result) => result.data !== undefined).length,
      failed: results.filter((result) => result.isError).length,
      retryFailed: () => {
        for (const result of results) if (result.isError) void result.refetch();
      },
    }),
  });
}
