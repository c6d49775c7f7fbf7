import { describe, expect, it } from 'vitest';
import { createTestClient, jsonResponse, noContent, type RecordedRequest } from '../../tests/support/fake-fetch';
import { LIST_BY_UID } from '../../tests/support/reference-read-examples';
import { fetchAllIncomingLeads, fetchIncomingLead, fetchIncomingLeadPage } from './incoming-leads-api';

const HOST = 'https://example.amocrm.com';

function item(uid: string, category = 'sip', metadata: unknown = { duration: 10 }) {
  return {
    uid,
    source_uid: null,
    source_name: 'UIS',
    category,
    pipeline_id: 2194576,
    created_at: 1583156937,
    metadata,
  };
}

function listBody(items: unknown[], page = 1, links: Record<string, unknown> = {}) {
  return {
    _page: page,
    _links: { self: { href: `${HOST}/api/v4/leads/unsorted?page=${page}` }, ...links },
    _embedded: { unsorted: items },
  };
}

const uids = (count: number, prefix: string) => Array.from({ length: count }, (_, index) => `${prefix}${index}`);

const pageOf = (request: RecordedRequest) => Number(new URL(request.url, HOST).searchParams.get('page'));

describe('fetchIncomingLeadPage', () => {
  it('reads the reference page example', async () => {
    // The example exactly as the reference page prints it, shared with the emulator's contract tests.
    const { api } = createTestClient(() => jsonResponse(LIST_BY_UID.response));
    const page = await fetchIncomingLeadPage(api, { page: 1 });
    expect(page.hasMore).toBe(false);
    expect(page.items).toEqual([
      {
        uid: '98fb033cefde74f5de1a5d3980a2a2d108037',
        sourceUid: null,
        sourceName: 'UIS',
        category: 'sip',
        pipelineId: 2194576,
        createdAt: 1583156937000,
        accountId: 123312,
        leadId: 7002787,
        contactId: 13176707,
        companyId: null,
        call: {
          from: '14155551234',
          phone: '14155551234',
          calledAt: 1583156916000,
          durationSeconds: 0,
          isMissed: true,
          recordingUrl: null,
          serviceCode: 'uis_widget',
          uniq: null,
          responsible: null,
        },
      },
    ]);
  });

  it('encodes filters, order and paging in bracket syntax', async () => {
    const { api, requests } = createTestClient(() => noContent());
    await fetchIncomingLeadPage(api, {
      page: 3,
      limit: 100,
      categories: ['sip', 'mail'],
      pipelineId: 5,
      uids: ['a1', 'b2'],
      order: { field: 'created_at', direction: 'asc' },
    });
    expect(requests[0]?.url).toBe(
      '/api/v4/leads/unsorted?page=3&limit=100&filter[category][0]=sip&filter[category][1]=mail&filter[pipeline_id]=5&filter[uid][0]=a1&filter[uid][1]=b2&order[created_at]=asc',
    );
  });

  it('asks for 250 by default and never more, because a larger limit falls back to 50', async () => {
    const { api, requests } = createTestClient(() => noContent());
    await fetchIncomingLeadPage(api, {});
    await fetchIncomingLeadPage(api, { limit: 400 });
    expect(requests.map((request) => request.url)).toEqual([
      '/api/v4/leads/unsorted?page=1&limit=250',
      '/api/v4/leads/unsorted?page=1&limit=250',
    ]);
  });

  it('reads a 204 as an empty last page', async () => {
    const { api } = createTestClient(() => noContent());
    await expect(fetchIncomingLeadPage(api, { page: 2 })).resolves.toEqual({ items: [], page: 2, hasMore: false });
  });

  it('expects more after a full page and none after a short one, whatever the links say', async () => {
    const next = { next: { href: `${HOST}/api/v4/leads/unsorted?page=2` } };
    const full = createTestClient(() => jsonResponse(listBody(uids(3, 'f').map((uid) => item(uid)))));
    await expect(fetchIncomingLeadPage(full.api, { limit: 3 })).resolves.toMatchObject({ hasMore: true });

    const short = createTestClient(() => jsonResponse(listBody([item('s1'), item('s2')], 1, next)));
    await expect(fetchIncomingLeadPage(short.api, { limit: 3 })).resolves.toMatchObject({ hasMore: false });
  });

  it('fails with an invalid-response error that names an unknown category', async () => {
    const { api } = createTestClient(() => jsonResponse(listBody([item('ok'), item('bad', 'fax')])));
    await expect(fetchIncomingLeadPage(api, {})).rejects.toMatchObject({
      kind: 'invalid-response',
      detail: expect.stringContaining(
        '_embedded.unsorted.1.category: expected one of "sip", "forms", "chats", "mail", got "fax"',
      ),
    });
  });

  it('fails with an invalid-response error for a missing uid, a missing list or a body that is not an object', async () => {
    const bodies = [listBody([{ ...item('x'), uid: '' }]), { _page: 1 }, [item('x')]];
    const details: string[] = [];
    for (const body of bodies) {
      const { api } = createTestClient(() => jsonResponse(body));
      await fetchIncomingLeadPage(api, {}).catch((error: { kind: string; detail: string }) => {
        expect(error.kind).toBe('invalid-response');
        details.push(error.detail);
      });
    }
    expect(details).toEqual([
      expect.stringContaining('_embedded.unsorted.0.uid: expected a non-empty string, got ""'),
      expect.stringContaining('_embedded: expected object, got nothing'),
      expect.stringContaining('body: expected object, got [{'),
    ]);
  });
});

describe('fetchAllIncomingLeads', () => {
  it('collects full pages until a 204 ends the list', async () => {
    const { api, requests } = createTestClient((request) => {
      const page = pageOf(request);
      return page <= 2
        ? jsonResponse(
            listBody(
              uids(250, `p${page}-`).map((uid) => item(uid)),
              page,
            ),
          )
        : noContent();
    });
    const leads = await fetchAllIncomingLeads(api, { categories: ['sip'] });
    expect(leads).toHaveLength(500);
    expect(requests.map(pageOf)).toEqual([1, 2, 3]);
    expect(requests[0]?.url).toContain('filter[category][0]=sip');
  });

  it('stops after a short page without asking for the next one it links to', async () => {
    const { api, requests } = createTestClient((request) => {
      const page = pageOf(request);
      const count = page === 1 ? 250 : 7;
      const next = { next: { href: `${HOST}/api/v4/leads/unsorted?page=${page + 1}` } };
      return jsonResponse(
        listBody(
          uids(count, `p${page}-`).map((uid) => item(uid)),
          page,
          next,
        ),
      );
    });
    const leads = await fetchAllIncomingLeads(api);
    expect(leads).toHaveLength(257);
    expect(requests.map(pageOf)).toEqual([1, 2]);
  });

  it('keeps a lead once when the list shifts between pages', async () => {
    const { api } = createTestClient((request) => {
      const page = pageOf(request);
      const pageUids = page === 1 ? uids(250, 'a') : ['a249', 'b1'];
      return jsonResponse(
        listBody(
          pageUids.map((uid) => item(uid)),
          page,
        ),
      );
    });
    const leads = await fetchAllIncomingLeads(api);
    expect(leads).toHaveLength(251);
  });

  it('returns an empty list when the first page is a 204', async () => {
    const { api } = createTestClient(() => noContent());
    await expect(fetchAllIncomingLeads(api)).resolves.toEqual([]);
  });
});

describe('fetchIncomingLead', () => {
  it('reads the reference detail example', async () => {
    const { api, requests } = createTestClient(() =>
      jsonResponse({
        ...item('aa401affb0094076', 'forms', {
          form_id: 'my_best_form',
          form_sent_at: '1570178452',
          visitor_uid: null,
        }),
        source_uid: 'my_unique_uid',
        _embedded: { contacts: [{ id: 9567221 }], leads: [{ id: 6414851 }], companies: [] },
      }),
    );
    const lead = await fetchIncomingLead(api, 'aa401affb0094076');
    expect(requests[0]?.url).toBe('/api/v4/leads/unsorted/aa401affb0094076');
    expect(lead).toMatchObject({ uid: 'aa401affb0094076', category: 'forms', leadId: 6414851, contactId: 9567221 });
    expect(lead?.category === 'forms' && lead.form.sentAt).toBe(1570178452000);
  });

  it('returns null for an unknown or already handled uid, answered by 204 or 404', async () => {
    const noContentApi = createTestClient(() => noContent()).api;
    await expect(fetchIncomingLead(noContentApi, 'gone')).resolves.toBeNull();
    const notFound = createTestClient(() =>
      jsonResponse({ title: 'Not Found', type: 'https://httpstatus.es/404', status: 404, detail: 'Not found' }, 404),
    );
    await expect(fetchIncomingLead(notFound.api, 'gone')).resolves.toBeNull();
  });

  it('still throws other errors', async () => {
    const { api } = createTestClient(() =>
      jsonResponse({ title: 'ErrInternalServer', status: 500, trace_id: 't' }, 500),
    );
    await expect(fetchIncomingLead(api, 'x')).rejects.toMatchObject({ kind: 'http', status: 500, traceId: 't' });
  });
});
