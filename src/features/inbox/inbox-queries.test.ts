import { describe, expect, it } from 'vitest';
import { incomingLeadQueries } from '@/incoming-leads/incoming-lead-queries';
import { createTestClient, jsonResponse, noContent, type RecordedRequest } from '../../../tests/support/fake-fetch';
import { fetchInboxPage, inboxQueries } from './inbox-queries';

const path = (request: RecordedRequest) => request.url.split('?')[0];

function item(uid: string, leadId: number | null, contactId: number | null) {
  const stubs = (id: number | null) => (id === null ? [] : [{ id }]);
  return {
    uid,
    category: 'mail',
    pipeline_id: 1,
    created_at: 1589165593,
    metadata: { subject: 'Hello' },
    _embedded: { leads: stubs(leadId), contacts: stubs(contactId), companies: [] },
  };
}

const incoming = (items: unknown[]) => jsonResponse({ _embedded: { unsorted: items } });
const leads = () =>
  jsonResponse({ _embedded: { leads: [{ id: 20, name: 'Big order', price: 5000, status_id: 1, pipeline_id: 1 }] } });
const contacts = () => jsonResponse({ _embedded: { contacts: [{ id: 10, name: 'Anna' }] } });

function answer(lookups: { leads: () => Response; contacts: () => Response }) {
  return (request: RecordedRequest) => {
    if (path(request) === '/api/v4/leads/unsorted') return incoming([item('a', 20, 10), item('b', 20, null)]);
    return path(request) === '/api/v4/leads' ? lookups.leads() : lookups.contacts();
  };
}

describe('fetchInboxPage', () => {
  it('costs three requests: the page, then one leads and one contacts look-up for all its ids', async () => {
    const { api, requests } = createTestClient(answer({ leads, contacts }));
    const page = await fetchInboxPage(api, { categories: ['mail'] }, 1, new AbortController().signal);
    expect(requests.map(path)).toEqual(['/api/v4/leads/unsorted', '/api/v4/leads', '/api/v4/contacts']);
    expect(requests[1]?.url).toContain('filter[id][0]=20');
    expect(requests[1]?.url).not.toContain('filter[id][1]');
    expect(page.leads[20]?.name).toBe('Big order');
    expect(page.contacts[10]?.name).toBe('Anna');
    expect(page.items.map((lead) => lead.uid)).toEqual(['a', 'b']);
  });

  it('asks nothing more for a page without leads or contacts', async () => {
    const { api, requests } = createTestClient(() => noContent());
    const page = await fetchInboxPage(api, {}, 3, new AbortController().signal);
    expect(requests).toHaveLength(1);
    expect(page).toEqual({ items: [], page: 3, hasMore: false, leads: {}, contacts: {} });
  });

  it('shows the page without names when the CRM refuses a look-up', async () => {
    const refused = () => jsonResponse({ title: 'Forbidden', status: 403, detail: 'No rights' }, 403);
    const { api } = createTestClient(answer({ leads: refused, contacts }));
    const page = await fetchInboxPage(api, {}, 1, new AbortController().signal);
    expect(page.leads).toEqual({});
    expect(page.contacts[10]?.name).toBe('Anna');
  });

  it('fails the page on a server error, so the query retries instead of caching no names', async () => {
    const broken = () => jsonResponse({ title: 'Internal error', status: 500 }, 500);
    const { api } = createTestClient(answer({ leads, contacts: broken }));
    await expect(fetchInboxPage(api, {}, 1, new AbortController().signal)).rejects.toMatchObject({ status: 500 });
  });
});

describe('inboxQueries.list', () => {
  it('lives among the incoming-lead lists, keyed by filters alone', () => {
    const { api } = createTestClient(() => noContent());
    const { queryKey } = inboxQueries.list(api, { categories: ['sip', 'mail'], pipelineId: 5 });
    expect(queryKey.slice(0, 2)).toEqual(incomingLeadQueries.lists());
    expect(queryKey).toEqual(inboxQueries.list(api, { categories: ['mail', 'sip'], pipelineId: 5 }).queryKey);
  });

  it('never refreshes itself, so rows do not move under the cursor', () => {
    const { api } = createTestClient(() => noContent());
    const options = inboxQueries.list(api, {});
    expect(options.staleTime).toBe(Number.POSITIVE_INFINITY);
    expect(options.refetchOnWindowFocus).toBe(false);
    expect(options.refetchInterval).toBe(false);
  });
});
