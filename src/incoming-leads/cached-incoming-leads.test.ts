import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { createTestClient, noContent } from '../../tests/support/fake-fetch';
import { testCall, testMail } from '../../tests/support/incoming-leads';
import { cachedIncomingLeads, findCachedIncomingLead } from './cached-incoming-leads';
import type { IncomingLeadPage } from './incoming-lead';
import { incomingLeadQueries } from './incoming-lead-queries';

const page = (items: IncomingLeadPage['items'], number = 1): IncomingLeadPage => ({
  items,
  page: number,
  hasMore: false,
});
const list = (...pages: IncomingLeadPage[]) => ({ pages, pageParams: pages.map((p) => p.page) });

describe('reading the query cache', () => {
  it('gathers the leads of every page of every list and of the waiting sets, each once', () => {
    const queryClient = new QueryClient();
    const { api } = createTestClient(() => noContent());
    const [a, b, c] = [testCall('a'), testMail('b'), testCall('c')];
    queryClient.setQueryData(incomingLeadQueries.list(api, {}).queryKey, list(page([a, b]), page([c], 2)));
    queryClient.setQueryData(incomingLeadQueries.waiting(api).queryKey, [b, testCall('d')]);
    queryClient.setQueryData(incomingLeadQueries.list(api, { categories: ['mail'] }).queryKey, list(page([b])));
    expect(cachedIncomingLeads(queryClient).map((lead) => lead.uid)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('finds a lead on the second page and says nothing for an unknown uid', () => {
    const queryClient = new QueryClient();
    const { api } = createTestClient(() => noContent());
    expect(findCachedIncomingLead(queryClient, 'a')).toBeUndefined();
    queryClient.setQueryData(
      incomingLeadQueries.list(api, {}).queryKey,
      list(page([testCall('a')]), page([testMail('b')], 2)),
    );
    expect(findCachedIncomingLead(queryClient, 'b')?.category).toBe('mail');
    expect(findCachedIncomingLead(queryClient, 'zzz')).toBeUndefined();
  });

  it('looks in every cached incoming-lead list whatever its filters, but not in details', () => {
    const queryClient = new QueryClient();
    const { api } = createTestClient(() => noContent());
    queryClient.setQueryData(
      incomingLeadQueries.list(api, { categories: ['sip'] }).queryKey,
      list(page([testCall('a')])),
    );
    queryClient.setQueryData(incomingLeadQueries.list(api, {}).queryKey, list(page([testCall('a'), testMail('b')])));
    queryClient.setQueryData([...incomingLeadQueries.all(), 'waiting', {}], [testMail('c')]);
    queryClient.setQueryData(incomingLeadQueries.detail(api, 'x').queryKey, testCall('x'));
    expect(findCachedIncomingLead(queryClient, 'b')?.uid).toBe('b');
    expect(findCachedIncomingLead(queryClient, 'x')).toBeUndefined();
    expect(cachedIncomingLeads(queryClient).map((lead) => lead.uid)).toEqual(['a', 'b', 'c']);
  });
});
