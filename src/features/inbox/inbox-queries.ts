import { infiniteQueryOptions } from '@tanstack/react-query';
import { fetchContactsByIds } from '@/crm/contacts-api';
import { fetchLeadsByIds } from '@/crm/crm-leads-api';
import type { Contact, CrmLead } from '@/crm/crm-schemas';
import type { InboxFilters, IncomingLeadPage } from '@/incoming-leads/incoming-lead';
import { incomingLeadQueries, normalizeInboxFilters } from '@/incoming-leads/incoming-lead-queries';
import { fetchIncomingLeadPage, MAX_PAGE_SIZE } from '@/incoming-leads/incoming-leads-api';
import { isApiError } from '@/lib/api-error';
import type { ApiClient } from '@/lib/http';

/** One page of the inbox: the incoming leads plus the CRM lead and contact each one brought, by id. */
export interface InboxPage extends IncomingLeadPage {
  leads: Record<number, CrmLead>;
  contacts: Record<number, Contact>;
}

function idsOf(values: (number | null)[]): number[] {
  return [...new Set(values.filter((id): id is number => id !== null))];
}

function byId<T extends { id: number }>(records: T[]): Record<number, T> {
  return Object.fromEntries(records.map((record) => [record.id, record]));
}

/**
 * Names and prices are extras: when the CRM refuses a look-up (no rights to contacts, say) the rows show what
 * the incoming lead itself says. Network, server and rate-limit errors fail the page, so the query's retry covers them and
 * a transient failure is not cached as "no names".
 */
async function lookUp<T>(ids: number[], fetch: () => Promise<T[]>): Promise<T[]> {
  if (ids.length === 0) return [];
  try {
    return await fetch();
  } catch (error) {
    const isRefusal = isApiError(error) && error.kind === 'http' && error.status >= 400 && error.status < 500;
    if (isRefusal && error.status !== 429) return [];
    throw error;
  }
}

/** Three requests per page: the page, then one leads and one contacts look-up for all of its ids at once. */
export async function fetchInboxPage(
  api: ApiClient,
  filters: InboxFilters,
  page: number,
  signal: AbortSignal,
): Promise<InboxPage> {
  const result = await fetchIncomingLeadPage(api, { ...filters, page, limit: MAX_PAGE_SIZE }, signal);
  const leadIds = idsOf(result.items.map((item) => item.leadId));
  const contactIds = idsOf(result.items.map((item) => item.contactId));
  const [leads, contacts] = await Promise.all([
    lookUp(leadIds, () => fetchLeadsByIds(api, leadIds, signal)),
    lookUp(contactIds, () => fetchContactsByIds(api, contactIds, signal)),
  ]);
  return { ...result, leads: byId(leads), contacts: byId(contacts) };
}

export const inboxQueries = {
  /**
   * Lives under `incomingLeadQueries.lists()`, so whatever invalidates or patches incoming-lead lists reaches
   * it; its pages are `IncomingLeadPage`s with extra fields. It never refreshes itself: rows do not move under
   * the cursor, and the waiting set tells the manager when there is something new.
   */
  list: (api: ApiClient, filters: InboxFilters) => {
    const normalized = normalizeInboxFilters(filters);
    return infiniteQueryOptions({
      queryKey: [...incomingLeadQueries.lists(), 'inbox', normalized] as const,
      queryFn: ({ pageParam, signal }) => fetchInboxPage(api, normalized, pageParam, signal),
      initialPageParam: 1,
      getNextPageParam: (lastPage: InboxPage) => (lastPage.hasMore ? lastPage.page + 1 : undefined),
      staleTime: Number.POSITIVE_INFINITY,
      refetchOnWindowFocus: false,
      refetchInterval: false,
    });
  },
};
