import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { createTestClient, jsonResponse, noContent } from '../../tests/support/fake-fetch';
import { crmQueries } from './crm-queries';

describe('crmQueries', () => {
  it('keys lookups by their sorted, unique ids and keeps reference data fresh for long', () => {
    const { api } = createTestClient(() => noContent());
    expect(crmQueries.leadsByIds(api, [3, 1, 3]).queryKey).toEqual(['crm', 'leads', 'by-ids', [1, 3]]);
    expect(crmQueries.contactsByIds(api, [2, 1]).queryKey).toEqual(crmQueries.contactsByIds(api, [1, 2]).queryKey);
    expect(crmQueries.leadSearch(api, ' anna ').queryKey).toEqual(['crm', 'leads', 'search', 'anna']);
    expect(crmQueries.pipelines(api).staleTime).toBeGreaterThanOrEqual(5 * 60_000);
    expect(crmQueries.users(api).staleTime).toBeGreaterThanOrEqual(5 * 60_000);
  });

  it('does not run lookups with nothing to look up', () => {
    const { api } = createTestClient(() => noContent());
    expect(crmQueries.leadsByIds(api, []).enabled).toBe(false);
    expect(crmQueries.contactsByIds(api, []).enabled).toBe(false);
    expect(crmQueries.leadSearch(api, '  ').enabled).toBe(false);
    expect(crmQueries.leadSearch(api, 'x').enabled).toBe(true);
    expect(crmQueries.contactSearch(api, ' ').enabled).toBe(false);
    expect(crmQueries.contactSearch(api, 'anna@example.com').enabled).toBe(true);
    expect(crmQueries.companyById(api, null).enabled).toBe(false);
    expect(crmQueries.companyById(api, 7).enabled).toBe(true);
  });

  it('keys contact searches by the trimmed text and companies by id', () => {
    const { api } = createTestClient(() => noContent());
    expect(crmQueries.contactSearch(api, ' 9161234567 ').queryKey).toEqual(['crm', 'contacts', 'search', '9161234567']);
    expect(crmQueries.companyById(api, 7).queryKey).toEqual(['crm', 'companies', 'by-id', 7]);
  });

  it('loads the users through the query client', async () => {
    const { api } = createTestClient(() =>
      jsonResponse({ title: 'Forbidden', type: 'https://httpstatus.es/403', status: 403, detail: 'Forbidden' }, 403),
    );
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    await expect(queryClient.fetchQuery(crmQueries.users(api))).resolves.toEqual({ access: 'denied' });
  });
});
