import { describe, expect, it } from 'vitest';
import { createTestClient, jsonResponse, noContent } from '../../tests/support/fake-fetch';
import { fetchCompanyById } from './companies-api';

describe('fetchCompanyById', () => {
  it('reads the company by its id', async () => {
    const { api, requests } = createTestClient(() =>
      jsonResponse({ id: 5302001, name: ' Acme Co. ', responsible_user_id: 1, _embedded: { tags: [] } }),
    );
    await expect(fetchCompanyById(api, 5302001)).resolves.toEqual({ id: 5302001, name: 'Acme Co.' });
    expect(requests[0]?.url).toBe('/api/v4/companies/5302001');
  });

  it('reads 204 as no such company and sends nothing for an id that cannot exist', async () => {
    const { api, requests } = createTestClient(() => noContent());
    await expect(fetchCompanyById(api, 404)).resolves.toBeNull();
    await expect(fetchCompanyById(api, 0)).resolves.toBeNull();
    expect(requests).toHaveLength(1);
  });

  it('keeps a company without a name', async () => {
    const { api } = createTestClient(() => jsonResponse({ id: 7, name: null }));
    await expect(fetchCompanyById(api, 7)).resolves.toEqual({ id: 7, name: null });
  });
});
