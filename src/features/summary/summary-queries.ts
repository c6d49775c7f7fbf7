import type { SummaryFilter } from '@/incoming-leads/incoming-lead';
import { incomingLeadQueries } from '@/incoming-leads/incoming-lead-queries';
import type { ApiClient } from '@/lib/http';
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
  day: (api: ApiClient, day: DayKey, today: DayKey, pipelineId: number | undefined) => {
    const options = incomingLeadQueries.summary(api, summaryFilter({ from: day, to: day }, pipelineId));
    return day < today ? { ...options, staleTime: PAST_DAY_STALE_TIME, gcTime: PAST_DAY_STALE_TIME } : options;
  },
};
