import { queryOptions } from '@tanstack/react-query';
import type { SummaryFilter } from '@/incoming-leads/incoming-lead';
import { incomingLeadQueries } from '@/incoming-leads/incoming-lead-queries';
import { fetchIncomingLeadSummary } from '@/incoming-leads/summary-api';
import type { ApiClient } from '@/lib/http';
import type { Pacer } from '@/lib/pacer';
import { type DayKey, type DayRange, previousRange, toTimeRange } from './summary-range';

/**
 * A past day's counts change only when someone sorts one of its leads; triage in this app refreshes them anyway,
 * so they are kept for an hour instead of being asked again on every visit.
 */
export const PAST_DAY_STALE_TIME = 60 * 60_000;

export function summaryFilter(range: DayRange, pipelineId: number | undefined): SummaryFilter {
  const createdAt = toTimeRange(range);
  return pipelineId === undefined ? { createdAt } : { createdAt, pipelineId };
}

/** Every summary lives under `incomingLeadQueries.summaries()`, so pending triage actions are counted in it. */
export const summaryQueries = {
  period: (api: ApiClient, range: DayRange, pipelineId: number | undefined) =>
    incomingLeadQueries.summary(api, summaryFilter(range, pipelineId)),
  previous: (api: ApiClient, range: DayRange, pipelineId: number | undefined) =>
    incomingLeadQueries.summary(api, summaryFilter(previousRange(range), pipelineId)),
  /** One day of the trend; its request waits for its turn with the pacer, so a month of days goes out evenly. */
  day: (api: ApiClient, day: DayKey, today: DayKey, pipelineId: number | undefined, pacer: Pacer) => {
    const filter = summaryFilter({ from: day, to: day }, pipelineId);
    const isPast = day < today;
    return queryOptions({
      queryKey: incomingLeadQueries.summary(api, filter).queryKey,
      queryFn: async ({ signal }) => {
        await pacer.wait(signal);
        return fetchIncomingLeadSummary(api, filter, signal);
      },
      ...(isPast ? { staleTime: PAST_DAY_STALE_TIME, gcTime: PAST_DAY_STALE_TIME } : {}),
    });
  },
};
