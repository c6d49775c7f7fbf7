import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/http';
import type { InboxFilters, SummaryFilter } from './incoming-lead';
import { fetchAllIncomingLeads, fetchIncomingLead, fetchIncomingLeadPage, MAX_PAGE_SIZE } from './incoming-leads-api';
import { fetchIncomingLeadSummary } from './summary-api';

/** How often the waiting set is polled while someone looks at it. */
export const WAITING_REFETCH_INTERVAL = 30_000;

function sorted<T>(values: readonly T[] | undefined): T[] | undefined {
  return values && values.length > 0 ? [...values].sort() : undefined;
}

/** One cache entry per meaning: `['sip','mail']` and `['mail','sip']` are the same list, `[]` is "any". */
export function normalizeInboxFilters(filters: InboxFilters): InboxFilters {
  return {
    categories: sorted(filters.categories),
    pipelineId: filters.pipelineId,
    uids: sorted(filters.uids),
    order: filters.order,
  };
}

/**
 * Query keys and options for incoming leads, from general to specific. The API client is an argument of the
 * query function only; it never goes into a key.
 */
export const incomingLeadQueries = {
  all: () => ['incoming-leads'] as const,
  lists: () => [...incomingLeadQueries.all(), 'list'] as const,
  list: (api: ApiClient, filters: InboxFilters) => {
    const normalized = normalizeInboxFilters(filters);
    return infiniteQueryOptions({
      queryKey: [...incomingLeadQueries.lists(), normalized] as const,
      queryFn: ({ pageParam, signal }) =>
        fetchIncomingLeadPage(api, { ...normalized, page: pageParam, limit: MAX_PAGE_SIZE }, signal),
      initialPageParam: 1,
      getNextPageParam: (lastPage) => (lastPage.hasMore ? lastPage.page + 1 : undefined),
    });
  },
  waitingSets: () => [...incomingLeadQueries.all(), 'waiting'] as const,
  /**
   * Everything waiting in one pipeline (or in all of them), every category: the API has no count endpoint, so
   * counts, the waiting total and new arrivals are computed from this set. Polled, and refreshed on focus.
   */
  waiting: (api: ApiClient, pipelineId?: number) =>
    queryOptions({
      queryKey: [...incomingLeadQueries.waitingSets(), { pipelineId }] as const,
      // Once the set is on screen, its refreshes are background work: a team server sends them after the rest.
      queryFn: ({ signal, client, queryKey }) =>
        fetchAllIncomingLeads(api, { pipelineId }, signal, { background: client.getQueryData(queryKey) !== undefined }),
      refetchInterval: WAITING_REFETCH_INTERVAL,
      refetchOnWindowFocus: true,
    }),
  details: () => [...incomingLeadQueries.all(), 'detail'] as const,
  detail: (api: ApiClient, uid: string) =>
    queryOptions({
      queryKey: [...incomingLeadQueries.details(), uid] as const,
      queryFn: ({ signal }) => fetchIncomingLead(api, uid, signal),
    }),
  summaries: () => [...incomingLeadQueries.all(), 'summary'] as const,
  summary: (api: ApiClient, filter: SummaryFilter = {}) =>
    queryOptions({
      queryKey: [...incomingLeadQueries.summaries(), filter] as const,
      queryFn: ({ signal }) => fetchIncomingLeadSummary(api, filter, signal),
    }),
};
