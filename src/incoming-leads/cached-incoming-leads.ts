import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { IncomingLead, IncomingLeadPage } from './incoming-lead';
import { incomingLeadQueries } from './incoming-lead-queries';

/**
 * Every incoming lead the cache holds in a list (any filters, every page) or a waiting set, each once: the same
 * lead sits in several. Read by key, so what is found is what amoCRM said; details are left out, since one may be
 * the lead being looked up.
 */
export function cachedIncomingLeads(queryClient: QueryClient): IncomingLead[] {
  const lists = queryClient.getQueriesData<InfiniteData<IncomingLeadPage>>({ queryKey: incomingLeadQueries.lists() });
  const sets = queryClient.getQueriesData<IncomingLead[]>({ queryKey: incomingLeadQueries.waitingSets() });
  const byUid = new Map<string, IncomingLead>();
  const leads = [
    ...lists.flatMap(([, data]) => data?.pages.flatMap((page) => page.items) ?? []),
    ...sets.flatMap(([, data]) => data ?? []),
  ];
  for (const lead of leads) if (!byUid.has(lead.uid)) byUid.set(lead.uid, lead);
  return [...byUid.values()];
}

/** The lead as the inbox already holds it, so the drawer can show it before its own request answers. */
export function findCachedIncomingLead(queryClient: QueryClient, uid: string): IncomingLead | undefined {
  return cachedIncomingLeads(queryClient).find((lead) => lead.uid === uid);
}
