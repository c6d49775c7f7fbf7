import { hasApiStatus } from '@/lib/api-error';
import type { ApiClient } from '@/lib/http';
import { parseResponse } from '@/lib/parse-response';
import type { QueryParams } from '@/lib/query-string';
import type { InboxFilters, IncomingLead, IncomingLeadPage } from './incoming-lead';
import { incomingLeadListSchema, incomingLeadSchema } from './incoming-lead-wire-api';

export const INCOMING_LEADS_PATH = '/api/v4/leads/unsorted';

/** The API returns at most 250 items a page; a larger `limit` silently falls back to 50. */
export const MAX_PAGE_SIZE = 250;

/** Stops `fetchAllIncomingLeads` on an API that never runs out of pages: 100 pages are 25,000 leads. */
const MAX_PAGES = 100;

export interface IncomingLeadPageRequest extends InboxFilters {
  page?: number;
  limit?: number;
}

export function incomingLeadPath(uid: string): string {
  return `${INCOMING_LEADS_PATH}/${encodeURIComponent(uid)}`;
}

function clampLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return MAX_PAGE_SIZE;
  return Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(limit)));
}

function toQuery(filters: InboxFilters, page: number, limit: number): QueryParams {
  return {
    page,
    limit,
    filter: { category: filters.categories, pipeline_id: filters.pipelineId, uid: filters.uids },
    order: filters.order ? { [filters.order.field]: filters.order.direction } : undefined,
  };
}

/**
 * One page of incoming leads. Pagination ends on a 204 or on a page shorter than `limit`; the `next` link is
 * ignored because the API keeps sending it on the last page (reference/amocrm-api-facts.md §1.3).
 */
export async function fetchIncomingLeadPage(
  api: ApiClient,
  request: IncomingLeadPageRequest,
  signal?: AbortSignal,
  { background = false } = {},
): Promise<IncomingLeadPage> {
  const page = Math.max(1, Math.floor(request.page ?? 1));
  const limit = clampLimit(request.limit);
  const body = await api.get(INCOMING_LEADS_PATH, { query: toQuery(request, page, limit), signal, background });
  if (body === null) return { items: [], page, hasMore: false };
  const items = parseResponse(incomingLeadListSchema, body, 'incoming leads list')._embedded.unsorted;
  return { items, page, hasMore: items.length >= limit };
}

/** Every incoming lead matching the filters, page by page; a lead seen twice while the list shifts is kept once. */
export async function fetchAllIncomingLeads(
  api: ApiClient,
  filters: InboxFilters = {},
  signal?: AbortSignal,
  options: { background?: boolean } = {},
): Promise<IncomingLead[]> {
  const byUid = new Map<string, IncomingLead>();
  for (let page = 1; page <= MAX_PAGES; page++) {
    const result = await fetchIncomingLeadPage(api, { ...filters, page, limit: MAX_PAGE_SIZE }, signal, options);
    for (const lead of result.items) if (!byUid.has(lead.uid)) byUid.set(lead.uid, lead);
    if (!result.hasMore) break;
  }
  return [...byUid.values()];
}

/** One incoming lead, or `null` when it does not exist or has already been accepted or declined. */
export async function fetchIncomingLead(
  api: ApiClient,
  uid: string,
  signal?: AbortSignal,
): Promise<IncomingLead | null> {
  try {
    const body = await api.get(incomingLeadPath(uid), { signal });
    return body === null ? null : parseResponse(incomingLeadSchema, body, 'incoming lead');
  } catch (error) {
    if (hasApiStatus(error, 404)) return null;
    throw error;
  }
}
