import type { HttpHandler } from 'msw';
import { pendingIncomingLeads } from '../account/db';
import type { IncomingLeadRecord } from '../account/records';
import { allows, incomingOwner } from '../account/rights';
import { summarize } from '../account/summary';
import { hal, noContent, pageLinks, paginate, readPaging } from '../wire/hal';
import { problem } from '../wire/problems';
import { type QueryTree, queryInt, queryIntList, queryList, queryPath, queryString } from '../wire/query';
import { incomingItem } from '../wire/serializers';
import type { RouteContext, Routes } from './gate';

type Order = { field: 'created_at' | 'updated_at'; direction: 1 | -1 };

function readOrder(query: QueryTree): Order {
  for (const field of ['created_at', 'updated_at'] as const) {
    const direction = queryString(queryPath(query, 'order', field))?.toLowerCase();
    if (direction === 'asc' || direction === 'desc') return { field, direction: direction === 'asc' ? 1 : -1 };
  }
  return { field: 'created_at', direction: -1 };
}

/** A filter that is present but holds nothing usable matches nothing, as a filter on an unknown id would. */
function listFilter<T>(query: QueryTree, key: string, read: (node: ReturnType<typeof queryPath>) => T[]): T[] | null {
  const node = queryPath(query, 'filter', key);
  return node === undefined ? null : read(node);
}

function selectIncoming({ state, query, user }: RouteContext): IncomingLeadRecord[] {
  const uids = listFilter(query, 'uid', queryList);
  const categories = listFilter(query, 'category', queryList);
  const pipelines = listFilter(query, 'pipeline_id', queryIntList);
  const { field, direction } = readOrder(query);
  return pendingIncomingLeads(state.db)
    .filter((r) => (uids === null || uids.includes(r.uid)) && (categories === null || categories.includes(r.category)))
    .filter((r) => pipelines === null || pipelines.includes(r.pipeline_id))
    .filter((r) => allows(state.db, user, 'view', incomingOwner(state.db, r.lead_id)))
    .sort((a, b) => (a[field] - b[field]) * direction || a.uid.localeCompare(b.uid));
}

function listIncomingLeads(context: RouteContext): Response {
  const { query, url, origin, state } = context;
  const paging = readPaging(queryString(query.page), queryString(query.limit));
  const { items, hasMore } = paginate(selectIncoming(context), paging);
  if (items.length === 0) return noContent();
  // Some amoCRM lists cannot count and always offer `next`; past the end it gives 204 (amocrm-api-facts.md §1.3).
  const links = pageLinks(url, origin, paging.page, paging.limit, hasMore || state.quirks.alwaysNextLink);
  return hal({ _page: paging.page, _links: links, _embedded: { unsorted: items.map((r) => incomingItem(origin, r)) } });
}

function getIncomingLead({ state, params, origin, user }: RouteContext): Response {
  const record = state.db.incoming.get(params.uid ?? '');
  const isVisible =
    record?.state === 'pending' && allows(state.db, user, 'view', incomingOwner(state.db, record.lead_id));
  if (record && isVisible) return hal(incomingItem(origin, record));
  return state.quirks.missingIncomingLead === 404 ? problem(404, 'Incoming lead not found') : noContent();
}

function readCreatedAt(query: QueryTree): { from: number | null; to: number | null } {
  const node = queryPath(query, 'filter', 'created_at');
  if (typeof node === 'string') return { from: queryInt(node) ?? null, to: null };
  return { from: queryInt(queryPath(node, 'from')) ?? null, to: queryInt(queryPath(node, 'to')) ?? null };
}

function incomingSummary({ state, query }: RouteContext): Response {
  const summary = summarize(state.db.incoming.values(), {
    uids: listFilter(query, 'uid', queryList),
    pipelineIds: listFilter(query, 'pipeline_id', queryIntList),
    ...readCreatedAt(query),
  });
  return hal(summary);
}

export function unsortedReadHandlers(routes: Routes): HttpHandler[] {
  return [
    routes.get('/leads/unsorted', listIncomingLeads),
    routes.get('/leads/unsorted/summary', incomingSummary),
    routes.get('/leads/unsorted/:uid', getIncomingLead),
  ];
}
