import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { createTestClient, jsonResponse, noContent, type RecordedRequest } from '../../tests/support/fake-fetch';
import { incomingLeadQueries } from './incoming-lead-queries';

const pageOf = (request: RecordedRequest) => Number(new URL(request.url, 'https://x.example').searchParams.get('page'));

function item(uid: string) {
  return { uid, category: 'mail', pipeline_id: 1, created_at: 1589165593, metadata: {} };
}

describe('incomingLeadQueries', () => {
  it('builds keys from general to specific, without the API client', () => {
    const { api } = createTestClient(() => noContent());
    expect(incomingLeadQueries.all()).toEqual(['incoming-leads']);
    expect(incomingLeadQueries.lists()).toEqual(['incoming-leads', 'list']);
    expect(incomingLeadQueries.list(api, { pipelineId: 5 }).queryKey).toEqual([
      'incoming-leads',
      'list',
      { categories: undefined, pipelineId: 5, uids: undefined, order: undefined },
    ]);
    expect(incomingLeadQueries.detail(api, 'u1').queryKey).toEqual(['incoming-leads', 'detail', 'u1']);
    expect(incomingLeadQueries.summary(api, { pipelineId: 5 }).queryKey).toEqual([
      'incoming-leads',
      'summary',
      { pipelineId: 5 },
    ]);
  });

  it('gives the same list key to the same categories in any order, and to an empty choice and none', () => {
    const { api } = createTestClient(() => noContent());
    const key = (categories?: ('sip' | 'mail')[]) => incomingLeadQueries.list(api, { categories }).queryKey;
    expect(key(['sip', 'mail'])).toEqual(key(['mail', 'sip']));
    expect(key([])).toEqual(key(undefined));
  });

  it('loads pages of 250 and stops where the list ends', async () => {
    const { api, requests } = createTestClient((request) =>
      pageOf(request) === 1
        ? jsonResponse({ _embedded: { unsorted: Array.from({ length: 250 }, (_, index) => item(`u${index}`)) } })
        : noContent(),
    );
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const options = incomingLeadQueries.list(api, { categories: ['mail'] });
    await queryClient.fetchInfiniteQuery(options);
    const first = queryClient.getQueryData(options.queryKey);
    expect(first?.pages[0]?.items).toHaveLength(250);
    expect(options.getNextPageParam(first?.pages[0] ?? { items: [], page: 1, hasMore: false }, [], 1, [])).toBe(2);

    const last = { items: [], page: 2, hasMore: false };
    expect(options.getNextPageParam(last, [], 2, [])).toBeUndefined();
    expect(requests[0]?.url).toBe('/api/v4/leads/unsorted?page=1&limit=250&filter[category][0]=mail');
  });

  it('polls the waiting set of a pipeline every 30 s and on focus, across all its pages', async () => {
    const { api, requests } = createTestClient((request) =>
      pageOf(request) === 1
        ? jsonResponse({ _embedded: { unsorted: Array.from({ length: 250 }, (_, index) => item(`u${index}`)) } })
        : jsonResponse({ _embedded: { unsorted: [item('last')] } }),
    );
    const options = incomingLeadQueries.waiting(api, 7);
    expect(options.queryKey).toEqual(['incoming-leads', 'waiting', { pipelineId: 7 }]);
    expect(options.refetchInterval).toBe(30_000);
    expect(options.refetchOnWindowFocus).toBe(true);
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    expect(await queryClient.fetchQuery(options)).toHaveLength(251);
    expect(requests.map((request) => request.url)).toEqual([
      '/api/v4/leads/unsorted?page=1&limit=250&filter[pipeline_id]=7',
      '/api/v4/leads/unsorted?page=2&limit=250&filter[pipeline_id]=7',
    ]);
  });

  it('loads one incoming lead and the summary', async () => {
    const { api } = createTestClient((request) =>
      request.url.includes('summary') ? jsonResponse({ total: 1 }) : jsonResponse(item('u1')),
    );
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    await expect(queryClient.fetchQuery(incomingLeadQueries.detail(api, 'u1'))).resolves.toMatchObject({ uid: 'u1' });
    await expect(queryClient.fetchQuery(incomingLeadQueries.summary(api))).resolves.toMatchObject({
      total: 1,
      waiting: 1,
    });
  });
});
