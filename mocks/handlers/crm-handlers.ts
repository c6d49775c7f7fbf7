import type { HttpHandler } from 'msw';
import { contactMatches, leadMatches } from '../account/crm-search';
import type { ContactRecord, LeadRecord } from '../account/records';
import { hal, noContent, pageLinks, paginate, readPaging } from '../wire/hal';
import { type QueryTree, queryIntList, queryPath, queryString, queryWith } from '../wire/query';
import { companyItem, contactItem, leadItem } from '../wire/serializers';
import type { RouteContext, Routes } from './gate';
import { createLeads } from './lead-create';

/** Leads, contacts and companies: what the triage UI reads to fill the stubs of incoming leads. */
type Sortable = Pick<LeadRecord, 'id' | 'created_at' | 'updated_at'>;

function sortBy(query: QueryTree): (a: Sortable, b: Sortable) => number {
  for (const field of ['id', 'created_at', 'updated_at'] as const) {
    const direction = queryString(queryPath(query, 'order', field))?.toLowerCase();
    if (direction === 'asc' || direction === 'desc')
      return (a, b) => (a[field] - b[field]) * (direction === 'asc' ? 1 : -1) || a.id - b.id;
  }
  return (a, b) => a.id - b.id;
}

function pageOf<T>(context: RouteContext, all: T[], key: string, toItem: (item: T) => unknown): Response {
  const { query, url, origin } = context;
  const paging = readPaging(queryString(query.page), queryString(query.limit));
  const { items, hasMore } = paginate(all, paging);
  if (items.length === 0) return noContent();
  return hal({
    _page: paging.page,
    _links: pageLinks(url, origin, paging.page, paging.limit, hasMore),
    _embedded: { [key]: items.map(toItem) },
  });
}

function idFilter(query: QueryTree): number[] | null {
  const node = queryPath(query, 'filter', 'id');
  return node === undefined ? null : queryIntList(node);
}

function listLeads(context: RouteContext): Response {
  const { state, query, origin } = context;
  const ids = idFilter(query);
  const pipelines = queryPath(query, 'filter', 'pipeline_id');
  const pipelineIds = pipelines === undefined ? null : queryIntList(pipelines);
  const search = queryString(query.query) ?? '';
  const leads = [...state.db.leads.values()]
    .filter((l) => !l.is_deleted && (ids === null || ids.includes(l.id)))
    .filter((l) => (pipelineIds === null || pipelineIds.includes(l.pipeline_id)) && leadMatches(state.db, l, search))
    .sort(sortBy(query));
  const withContacts = queryWith(query).has('contacts');
  return pageOf(context, leads, 'leads', (l) => leadItem(origin, l, state.db, withContacts));
}

function getLead({ state, params, origin, query }: RouteContext): Response {
  const lead = state.db.leads.get(Number(params.id));
  if (!lead || lead.is_deleted) return noContent();
  return hal(leadItem(origin, lead, state.db, queryWith(query).has('contacts')));
}

function listContacts(context: RouteContext): Response {
  const { state, query, origin } = context;
  const ids = idFilter(query);
  const search = queryString(query.query) ?? '';
  const contacts: ContactRecord[] = [...state.db.contacts.values()]
    .filter((c) => !c.is_deleted && (ids === null || ids.includes(c.id)) && contactMatches(c, search))
    .sort(sortBy(query));
  const withLeads = queryWith(query).has('leads');
  return pageOf(context, contacts, 'contacts', (c) => contactItem(origin, c, state.db, withLeads));
}

function getContact({ state, params, origin, query }: RouteContext): Response {
  const contact = state.db.contacts.get(Number(params.id));
  if (!contact || contact.is_deleted) return noContent();
  return hal(contactItem(origin, contact, state.db, queryWith(query).has('leads')));
}

function getCompany({ state, params, origin }: RouteContext): Response {
  const company = state.db.companies.get(Number(params.id));
  return company && !company.is_deleted ? hal(companyItem(origin, company)) : noContent();
}

export function crmHandlers(routes: Routes): HttpHandler[] {
  return [
    routes.get('/leads', listLeads),
    routes.post('/leads', createLeads),
    routes.get('/leads/:id', getLead),
    routes.get('/contacts', listContacts),
    routes.get('/contacts/:id', getContact),
    routes.get('/companies/:id', getCompany),
  ];
}
