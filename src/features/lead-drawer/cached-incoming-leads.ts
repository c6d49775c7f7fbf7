import type { QueryClient } from '@tanstack/react-query';
import { type IncomingLead, isLeadCategory } from '@/incoming-leads/incoming-lead';
import { incomingLeadQueries } from '@/incoming-leads/incoming-lead-queries';
import { isRecord } from '@/lib/lenient-schemas';

function isIncomingLead(value: unknown): value is IncomingLead {
  return isRecord(value) && typeof value.uid === 'string' && isLeadCategory(value.category);
}

/**
 * The incoming leads in one cached value: the pages of an inbox list, or a plain array such as the waiting set
 * the inbox polls. Shapes are checked rather than keys, so any list of incoming leads counts; a single detail
 * does not, since it may be the one being checked.
 */
function leadsIn(data: unknown): IncomingLead[] {
  if (Array.isArray(data)) return data.filter(isIncomingLead);
  if (!isRecord(data) || !Array.isArray(data.pages)) return [];
  return data.pages.flatMap((page: unknown) =>
    isRecord(page) && Array.isArray(page.items) ? page.items.filter(isIncomingLead) : [],
  );
}

/** Every incoming lead in the given cached values, each once: the same lead sits in several lists. */
export function leadsInCache(values: readonly unknown[]): IncomingLead[] {
  const byUid = new Map<string, IncomingLead>();
  for (const lead of values.flatMap(leadsIn)) if (!byUid.has(lead.uid)) byUid.set(lead.uid, lead);
  return [...byUid.values()];
}

export function findInCache(values: readonly unknown[], uid: string): IncomingLead | undefined {
  for (const value of values) {
    const lead = leadsIn(value).find((candidate) => candidate.uid === uid);
    if (lead) return lead;
  }
  return undefined;
}

function cachedValues(queryClient: QueryClient): unknown[] {
  return queryClient.getQueriesData({ queryKey: incomingLeadQueries.all() }).map(([, data]) => data);
}

/** The incoming leads the inbox has already loaded, whatever its filters. */
export function cachedIncomingLeads(queryClient: QueryClient): IncomingLead[] {
  return leadsInCache(cachedValues(queryClient));
}

/** The lead as the inbox already holds it, so the drawer can show it before its own request answers. */
export function findCachedIncomingLead(queryClient: QueryClient, uid: string): IncomingLead | undefined {
  return findInCache(cachedValues(queryClient), uid);
}
