import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { IncomingLeadPage } from '@/incoming-leads/incoming-lead';
import { incomingLeadQueries } from '@/incoming-leads/incoming-lead-queries';
import { createTestClient, noContent } from '../../../tests/support/fake-fetch';
import { testCall, testMail } from '../../../tests/support/incoming-leads';
import { cachedIncomingLeads, findCachedIncomingLead, findInCache, leadsInCache } from './cached-incoming-leads';

const page = (items: IncomingLeadPage['items'], number = 1): IncomingLeadPage => ({
  items,
  page: number,
  hasMore: false,
});
const list = (...pages: IncomingLeadPage[]) => ({ pages, pageParams: pages.map((p) => p.page) });

describe('leadsInCache', () => {
  it('gathers the leads of every page of every list and of plain arrays, each once', () => {
    const a = testCall('a');
    const b = testMail('b');
    const c = testCall('c');
    const values = [list(page([a, b]), page([c], 2)), undefined, [b, testCall('d')], list(page([b]))];
    expect(leadsInCache(values).map((lead) => lead.uid)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('ignores values that are not lists of incoming leads', () => {
    const values = [testCall('detail'), null, { total: 3 }, [{ id: 1 }], { pages: [{ items: [{ uid: 'x' }] }] }];
    expect(leadsInCache(values)).toEqual([]);
  });
});

describe('findInCache', () => {
  it('finds a lead on the second page and says nothing for an unknown uid', () => {
    const values = [list(page([testCall('a')]), page([testMail('b')], 2))];
    expect(findInCache(values, 'b')?.category).toBe('mail');
    expect(findInCache(values, 'zzz')).toBeUndefined();
    expect(findInCache([], 'a')).toBeUndefined();
  });
});

describe('reading the query cache', () => {
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
