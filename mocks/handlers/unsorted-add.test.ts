// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { call, liftRateLimit, type Wire, wire } from '../../tests/support/contract-api';
import { PIPELINE_IDS } from '../account/account-catalog';
import { emulator } from '../runtimes/node';

beforeEach(liftRateLimit);

const form = (overrides: Record<string, unknown> = {}) => ({
  source_uid: 'site-form-1',
  source_name: 'Website',
  _embedded: {
    contacts: [
      { name: 'Olga Petrova', custom_fields_values: [{ field_code: 'PHONE', values: [{ value: '+79161112233' }] }] },
    ],
  },
  metadata: {
    form_id: '1115559',
    form_name: 'Callback',
    form_page: 'https://demo-trading.ru/',
    form_sent_at: 1790000000,
  },
  ...overrides,
});
const addForms = (json: unknown) => call('/api/v4/leads/unsorted/forms', { method: 'POST', json });
const issuesOf = async (response: Response): Promise<Wire[]> => (await wire(response))['validation-errors'];

describe('POST /api/v4/leads/unsorted/sip|forms', () => {
  it('§8.21 answers a POST to /leads/unsorted without a category with 405 problem+json', async () => {
    const response = await call('/api/v4/leads/unsorted', { method: 'POST', json: [form()] });

    expect(response.status).toBe(405);
    expect(response.headers.get('Content-Type')).toBe('application/problem+json');
    expect(await wire(response)).toMatchObject({ title: 'Method Not Allowed', status: 405 });
  });

  it('§8.22 echoes each request_id, defaults it to the item index, and counts _total_items', async () => {
    const response = await addForms([form({ request_id: 'first' }), form({ source_uid: 'site-form-2' })]);

    const body = await wire(response);
    expect(body._total_items).toBe(2);
    expect(body._embedded.unsorted.map((item: Wire) => item.request_id)).toEqual(['first', '1']);
  });

  it('§8.22 rejects more than 250 items with 422 "Limit of 250 per page"', async () => {
    const items = Array.from({ length: 251 }, (_, i) => form({ source_uid: `bulk-${i}` }));

    const response = await addForms(items);

    expect(response.status).toBe(422);
    expect(await wire(response)).toMatchObject({
      title: 'Unprocessable Entity',
      status: 422,
      detail: 'Limit of 250 per page',
    });
  });

  it('§8.22 creates an item sent with a singular _embedded.lead without any lead', async () => {
    const item = form({ _embedded: { lead: { name: 'Lost lead' }, contacts: [{ name: 'Ivan' }] } });

    const body = await wire(await addForms([item]));

    expect(body._embedded.unsorted[0]._embedded.leads).toEqual([]);
    expect(body._embedded.unsorted[0]._embedded.contacts).toHaveLength(1);
  });

  it('creates the contact, company and lead of an added call, waiting in the incoming stage', async () => {
    const incomingCall = {
      source_uid: 'pbx-1',
      source_name: 'onlinePBX',
      pipeline_id: PIPELINE_IDS.wholesale,
      _embedded: {
        leads: [{ name: 'Call', price: 100 }],
        contacts: [{ name: 'Caller' }],
        companies: [{ name: 'Caller Ltd' }],
      },
      metadata: { phone: '+79160001122', from: 'Caller', duration: 5, service_code: 'pbx', is_call_event_needed: true },
    };

    const added = (await wire(await call('/api/v4/leads/unsorted/sip', { method: 'POST', json: [incomingCall] })))
      ._embedded.unsorted[0];

    const lead = await wire(await call(`/api/v4/leads/${added._embedded.leads[0].id}?with=contacts`));
    expect(lead).toMatchObject({ name: 'Call', price: 100, pipeline_id: PIPELINE_IDS.wholesale, status_id: 41523901 });
    expect(lead._embedded.contacts[0].id).toBe(added._embedded.contacts[0].id);
    expect((await call(`/api/v4/companies/${added._embedded.companies[0].id}`)).status).toBe(200);
  });

  it('§8.23 rejects adding the same source and contact twice with a validation error', async () => {
    await addForms([form()]);

    const response = await addForms([form({ request_id: 'again' })]);

    expect(response.status).toBe(400);
    expect(await issuesOf(response)).toEqual([
      { request_id: 'again', errors: [{ code: 'NotSupportedChoice', path: 'source_uid', detail: expect.any(String) }] },
    ]);
  });

  it('§8.23 adds a duplicate and tags both leads when duplicates are tagged', async () => {
    emulator.setQuirks({ duplicates: 'tag' });
    const withLead = form({ _embedded: { leads: [{ name: 'Callback' }], contacts: form()._embedded.contacts } });
    const first = (await wire(await addForms([withLead])))._embedded.unsorted[0];

    const second = (await wire(await addForms([withLead])))._embedded.unsorted[0];

    for (const added of [first, second]) {
      const lead = await wire(await call(`/api/v4/leads/${added._embedded.leads[0].id}`));
      expect(lead._embedded.tags.map((t: Wire) => t.name)).toContain('Duplicate');
    }
  });

  it('§8.31 reports each failing item by request_id with dot paths and amoCRM error codes', async () => {
    const broken = form({
      request_id: 'qweasd',
      pipeline_id: 'main',
      status_id: 1,
      _embedded: {
        leads: [{ name: 'x', custom_fields_values: [{ field_id: 1, values: [] }] }],
        contacts: [{ name: 'y' }],
      },
    });

    const response = await addForms([form({ source_uid: 'fine' }), broken]);

    expect(response.status).toBe(400);
    const body = await wire(response);
    expect(body).toMatchObject({ title: 'Bad Request', type: 'https://httpstatus.es/400', status: 400 });
    expect(body['validation-errors']).toHaveLength(1);
    expect(body['validation-errors'][0].request_id).toBe('qweasd');
    expect(body['validation-errors'][0].errors.map((e: Wire) => [e.code, e.path])).toEqual([
      ['FieldNotExpected', 'status_id'],
      ['InvalidType', 'pipeline_id'],
      ['NotSupportedChoice', '_embedded.leads.0.custom_fields_values.0.field_id'],
      ['TooFew', '_embedded.leads.0.custom_fields_values.0.values'],
    ]);
    expect(emulator.db.incoming.size).toBe((await wire(await call('/api/v4/leads/unsorted/summary'))).total);
  });

  it('refuses impossible times and durations with a validation error, and adds nothing', async () => {
    const before = emulator.db.incoming.size;
    const response = await addForms([
      form({ request_id: 'ms', created_at: 9_000_000_000_000 }),
      form({ request_id: 'sent', metadata: { ...form().metadata, form_sent_at: -1 } }),
    ]);
    const calls = await call('/api/v4/leads/unsorted/sip', {
      method: 'POST',
      json: [
        {
          request_id: 'long',
          source_uid: 'pbx-2',
          source_name: 'onlinePBX',
          metadata: { phone: '+79161112233', called_at: 1790000000, duration: 9e9 },
        },
      ],
    });

    expect(response.status).toBe(400);
    expect(
      (await issuesOf(response)).map((item) => [item.request_id, item.errors[0].code, item.errors[0].path]),
    ).toEqual([
      ['ms', 'NotInRange', 'created_at'],
      ['sent', 'NotInRange', 'metadata.form_sent_at'],
    ]);
    expect(calls.status).toBe(400);
    expect((await issuesOf(calls))[0].errors).toEqual([
      expect.objectContaining({ code: 'NotInRange', path: 'metadata.duration' }),
    ]);
    expect(emulator.db.incoming.size).toBe(before);
  });

  it('stores form_sent_at as a numeric string whatever type was sent', async () => {
    const added = (await wire(await addForms([form()])))._embedded.unsorted[0];

    const item = await wire(await call(`/api/v4/leads/unsorted/${added.uid}`));

    expect(item.metadata.form_sent_at).toBe('1790000000');
    expect(item.metadata.visitor_uid).toBeNull();
  });
});
