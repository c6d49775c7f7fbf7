import { describe, expect, it } from 'vitest';
import { createTestClient, jsonResponse, noContent } from '../../tests/support/fake-fetch';
import { fetchLeadsByIds, searchLeads } from './crm-leads-api';

function wireLead(id: number, contacts: unknown[] = []) {
  return {
    id,
    name: `Deal #${id}`,
    price: 5000,
    responsible_user_id: 504141,
    group_id: 0,
    status_id: 32392156,
    pipeline_id: 3177727,
    loss_reason_id: null,
    created_by: 504141,
    created_at: 1589165593,
    updated_at: 1589175593,
    closed_at: null,
    is_deleted: false,
    custom_fields_values: null,
    account_id: 28805383,
    _links: { self: { href: `https://example.amocrm.ru/api/v4/leads/${id}` } },
    _embedded: { tags: [], companies: [], contacts },
  };
}

describe('fetchLeadsByIds', () => {
  it('reads leads with their contacts and the main one', async () => {
    const { api, requests } = createTestClient(() =>
      jsonResponse({
        _embedded: {
          leads: [
            wireLead(7002787, [
              { id: 1, is_main: false },
              { id: 2, is_main: true },
            ]),
            { ...wireLead(7002788), price: null, _embedded: undefined },
          ],
        },
      }),
    );
    const leads = await fetchLeadsByIds(api, [7002787, 7002788, 7002787]);
    expect(requests[0]?.url).toBe('/api/v4/leads?filter[id][0]=7002787&filter[id][1]=7002788&limit=250&with=contacts');
    expect(leads).toEqual([
      {
        id: 7002787,
        name: 'Deal #7002787',
        price: 5000,
        statusId: 32392156,
        pipelineId: 3177727,
        responsibleUserId: 504141,
        contactIds: [1, 2],
        mainContactId: 2,
        createdAt: 1589165593000,
        updatedAt: 1589175593000,
      },
      expect.objectContaining({ id: 7002788, price: null, contactIds: [], mainContactId: null }),
    ]);
  });

  it('falls back to the first contact when none is marked main', async () => {
    const { api } = createTestClient(() =>
      jsonResponse({ _embedded: { leads: [wireLead(5, [{ id: 8 }, { id: 9 }])] } }),
    );
    const [lead] = await fetchLeadsByIds(api, [5]);
    expect(lead?.mainContactId).toBe(8);
  });

  it('asks in chunks of 250 ids and reads 204 as none found', async () => {
    const { api, requests } = createTestClient(() => noContent());
    const ids = Array.from({ length: 600 }, (_, index) => index + 1);
    await expect(fetchLeadsByIds(api, ids)).resolves.toEqual([]);
    expect(requests.map((request) => request.url.match(/filter\[id]\[\d+]/g)?.length)).toEqual([250, 250, 100]);
    expect(requests[2]?.url).toContain('filter[id][0]=501&');
  });

  it('sends nothing for no ids', async () => {
    const { api, requests } = createTestClient(() => noContent());
    await expect(fetchLeadsByIds(api, [])).resolves.toEqual([]);
    expect(requests).toHaveLength(0);
  });
});

describe('searchLeads', () => {
  it('searches by text with contacts included', async () => {
    const { api, requests } = createTestClient(() => jsonResponse({ _embedded: { leads: [wireLead(1)] } }));
    const leads = await searchLeads(api, ' +7 999 ');
    expect(requests[0]?.url).toBe('/api/v4/leads?query=%2B7%20999&limit=50&with=contacts');
    expect(leads.map((lead) => lead.id)).toEqual([1]);
  });

  it('reads 204 as no match and skips the request for blank text', async () => {
    const { api, requests } = createTestClient(() => noContent());
    await expect(searchLeads(api, 'nobody')).resolves.toEqual([]);
    await expect(searchLeads(api, '   ')).resolves.toEqual([]);
    expect(requests).toHaveLength(1);
  });
});
