import { type InfiniteData, type QueryClient, type QueryKey, queryOptions } from '@tanstack/react-query';
import type { EpochMs } from '@/lib/lenient-schemas';
import type { ChangeFeedEvent, SortedHow } from './change-feed';
import type { IncomingLead, IncomingLeadPage } from './incoming-lead';
import { incomingLeadQueries } from './incoming-lead-queries';

/** How a lead left, as the feed told it: shown in a drawer that still has the lead open. */
export interface Departure {
  how: SortedHow | null;
  by: string | null;
  at: EpochMs;
}

/** Departures live in the cache beside the leads, one entry per uid; only the feed writes them. */
export const departureQueries = {
  all: () => [...incomingLeadQueries.all(), 'departure'] as const,
  one: (uid: string) =>
    queryOptions<Departure | null>({
      queryKey: [...departureQueries.all(), uid] as const,
      queryFn: () => null,
      enabled: false,
      staleTime: Number.POSITIVE_INFINITY,
    }),
};

type WaitingKey = readonly [...ReturnType<typeof incomingLeadQueries.waitingSets>, { pipelineId?: number }];

/** Every cached query under `family`, or only `only` when the event is applied to one query again. */
function scope(family: QueryKey, only: QueryKey | undefined) {
  return only ? { queryKey: only, exact: true } : { queryKey: family };
}

function addArrivals(queryClient: QueryClient, leads: IncomingLead[], only?: QueryKey) {
  for (const [key, data] of queryClient.getQueriesData<IncomingLead[]>(
    scope(incomingLeadQueries.waitingSets(), only),
  )) {
    if (!data) continue;
    const pipelineId = (key as WaitingKey)[2]?.pipelineId;
    const known = new Set(data.map((lead) => lead.uid));
    const added = leads.filter(
      (lead) => !known.has(lead.uid) && (pipelineId === undefined || lead.pipelineId === pipelineId),
    );
    if (added.length > 0) queryClient.setQueryData(key, [...added, ...data]);
  }
}

function removeLeads(queryClient: QueryClient, uids: ReadonlySet<string>, only?: QueryKey) {
  const keep = (lead: IncomingLead) => !uids.has(lead.uid);
  queryClient.setQueriesData<IncomingLead[]>(scope(incomingLeadQueries.waitingSets(), only), (data) =>
    data?.some((lead) => uids.has(lead.uid)) ? data.filter(keep) : undefined,
  );
  queryClient.setQueriesData<InfiniteData<IncomingLeadPage>>(scope(incomingLeadQueries.lists(), only), (data) =>
    data?.pages.some((page) => page.items.some((lead) => uids.has(lead.uid)))
      ? { ...data, pages: data.pages.map((page) => ({ ...page, items: page.items.filter(keep) })) }
      : undefined,
  );
  if (only) return;
  for (const uid of uids) {
    const detail = [...incomingLeadQueries.details(), uid];
    // A drawer that has the lead open learns it is no longer waiting, as its own request would.
    if (queryClient.getQueryData(detail) !== undefined) queryClient.setQueryData(detail, null);
  }
}

export interface ApplyOptions {
  /** Leads this browser is sorting itself: their departure is its own news, not a colleague's. */
  isOwn?: (uid: string) => boolean;
}

/**
 * Applies one feed event to the cache, as if amoCRM had answered afresh: arrivals join the waiting sets (the list
 * itself never moves under the cursor: the inbox offers them), leads that left go from every list, set and open
 * detail, and a `reset` has everything read again.
 */
export function applyChangeFeedEvent(queryClient: QueryClient, event: ChangeFeedEvent, { isOwn }: ApplyOptions = {}) {
  switch (event.type) {
    case 'arrived':
      addArrivals(queryClient, event.leads);
      return;
    case 'left': {
      for (const uid of event.uids) {
        if (isOwn?.(uid)) continue;
        const departure: Departure = { how: event.how, by: event.by, at: event.at };
        queryClient.setQueryData(departureQueries.one(uid).queryKey, departure);
      }
      removeLeads(queryClient, new Set(event.uids));
      return;
    }
    case 'reset':
      void queryClient.invalidateQueries({ queryKey: incomingLeadQueries.all() });
      return;
    case 'hello':
      return;
  }
}

/**
 * An answer that was on its way while events came (a waiting set or a page asked for before them) says what was
 * true before them: the recent events are applied to it once more, so a departed lead does not come back.
 */
export function reapplyChangeFeedEvents(queryClient: QueryClient, queryKey: QueryKey, events: ChangeFeedEvent[]) {
  for (const event of events) {
    if (event.type === 'arrived') addArrivals(queryClient, event.leads, queryKey);
    if (event.type === 'left') removeLeads(queryClient, new Set(event.uids), queryKey);
  }
}

/** Whether a query holds incoming leads the feed keeps current: a waiting set or a list. */
export function isFeedKeptQuery(queryKey: QueryKey): boolean {
  const [root, kind] = queryKey;
  return root === incomingLeadQueries.all()[0] && (kind === 'waiting' || kind === 'list');
}
