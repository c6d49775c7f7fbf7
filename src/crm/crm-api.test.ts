import { describe, expect, it } from 'vitest';
import { createTestClient, jsonResponse, noContent, textResponse } from '../../tests/support/fake-fetch';
import { fetchAccount, fetchUsers } from './crm-api';

const rights = (level: string) => ({ view: level, edit: level, add: level, delete: level, export: level });

function wireUser(id: number, overrides: Record<string, unknown> = {}) {
  return {
    id,
    name: `User ${id}`,
    email: `user${id}@example.com`,
    lang: 'en',
    rights: {
      leads: rights('A'),
      contacts: { view: 'A', edit: 'G', add: 'A', delete: 'D', export: 'M' },
      companies: rights('A'),
      tasks: { edit: 'A', delete: 'A' },
      mail_access: false,
      catalog_access: false,
      status_rights: [
        {
          entity_type: 'leads',
          pipeline_id: 3177727,
          status_id: 32392156,
          rights: { view: 'A', edit: 'M', delete: 'D' },
        },
      ],
      is_admin: false,
      is_free: false,
      is_active: true,
      group_id: null,
      role_id: null,
    },
    ...overrides,
  };
}

describe('fetchAccount', () => {
  it('reads the account in product words', async () => {
    const { api } = createTestClient(() =>
      jsonResponse({
        id: 28805383,
        name: 'Acme',
        subdomain: 'acme',
        current_user_id: 504141,
        country: 'US',
        currency: 'USD',
        currency_symbol: '$',
        customers_mode: 'disabled',
        is_unsorted_on: true,
        contact_name_display_order: 1,
        _links: { self: { href: 'https://acme.kommo.com/api/v4/account' } },
      }),
    );
    await expect(fetchAccount(api)).resolves.toEqual({
      id: 28805383,
      name: 'Acme',
      subdomain: 'acme',
      currentUserId: 504141,
      currency: 'USD',
      currencySymbol: '$',
      country: 'US',
      isUnsortedOn: true,
    });
  });

  it('fails with an invalid-response error when the current user is missing', async () => {
    const { api } = createTestClient(() => jsonResponse({ id: 1, subdomain: 'acme' }));
    await expect(fetchAccount(api)).rejects.toMatchObject({
      kind: 'invalid-response',
      detail: expect.stringContaining('current_user_id'),
    });
  });
});

describe('fetchUsers', () => {
  it('reads users with their lead rights and per-stage rights', async () => {
    const { api, requests } = createTestClient(() =>
      jsonResponse({
        _total_items: 2,
        _page: 1,
        _page_count: 1,
        _embedded: {
          users: [
            wireUser(504141, { rights: { ...wireUser(1).rights, is_admin: true } }),
            wireUser(504142, { name: null, rights: { leads: { view: 'M', edit: 'L' }, is_active: false } }),
          ],
        },
      }),
    );
    const result = await fetchUsers(api);
    expect(requests[0]?.url).toBe('/api/v4/users?page=1&limit=250');
    expect(result).toEqual({
      access: 'granted',
      users: [
        {
          id: 504141,
          name: 'User 504141',
          email: 'user504141@example.com',
          isAdmin: true,
          isActive: true,
          rights: {
            leads: rights('A'),
            contacts: { view: 'A', edit: 'G', add: 'A', delete: 'D', export: 'M' },
            stages: [{ pipelineId: 3177727, stageId: 32392156, view: 'A', edit: 'M', delete: 'D' }],
          },
        },
        {
          id: 504142,
          name: 'user504142@example.com',
          email: 'user504142@example.com',
          isAdmin: false,
          isActive: false,
          rights: {
            leads: { view: 'M', edit: 'D', add: 'D', delete: 'D', export: 'D' },
            contacts: rights('D'),
            stages: [],
          },
        },
      ],
    });
  });

  it('reads every page until a short one', async () => {
    const { api, requests } = createTestClient((request) => {
      const page = Number(new URL(request.url, 'https://x.example').searchParams.get('page'));
      const count = page === 1 ? 250 : 3;
      return jsonResponse({
        _embedded: { users: Array.from({ length: count }, (_, index) => wireUser(page * 1000 + index)) },
      });
    });
    const result = await fetchUsers(api);
    expect(result.access === 'granted' && result.users).toHaveLength(253);
    expect(requests).toHaveLength(2);
  });

  it('reports access as denied when a non-admin gets a 403', async () => {
    const { api } = createTestClient(() =>
      jsonResponse(
        { title: 'Forbidden', type: 'https://httpstatus.es/403', status: 403, detail: 'Insufficient rights' },
        403,
      ),
    );
    await expect(fetchUsers(api)).resolves.toEqual({ access: 'denied' });
  });

  it('throws other errors', async () => {
    const { api } = createTestClient(() => textResponse('<html>Too Many Requests</html>', 429));
    await expect(fetchUsers(api)).rejects.toMatchObject({ kind: 'http', status: 429 });
    const empty = createTestClient(() => noContent());
    await expect(fetchUsers(empty.api)).resolves.toEqual({ access: 'granted', users: [] });
  });
});
