import { describe, expect, it } from 'vitest';
import { createTestClient, jsonResponse, type RecordedRequest } from '../../tests/support/fake-fetch';
import { addCalls, addForms, type NewIncomingCall, type NewIncomingForm } from './add-incoming-leads-api';

/** Answers an add request as the API does: one entry per item, echoing its request_id. */
function echoAdded(request: RecordedRequest) {
  const items = request.body as { request_id: string }[];
  return jsonResponse({
    _total_items: items.length,
    _embedded: {
      unsorted: items.map((sent, index) => ({
        uid: `uid-${sent.request_id}`,
        account_id: 28805383,
        request_id: sent.request_id,
        _embedded: { contacts: [{ id: 1000 + index }], leads: [{ id: 2000 + index }], companies: [] },
      })),
    },
  });
}

const call = (overrides: Partial<NewIncomingCall> = {}): NewIncomingCall => ({
  sourceUid: 'a1fee7c0fc436088e64ba2e8822ba2b3',
  sourceName: 'Acme Co.',
  call: {
    from: 'onlinePBX',
    phone: '+14155551234',
    calledAt: 1510261200000,
    durationSeconds: 54,
    serviceCode: 'CkAvbEwPam6sad',
    uniq: 'a1fe231cc88e64ba2e8822ba2b3ewrw',
  },
  ...overrides,
});

describe('addCalls', () => {
  it('maps a call to the wire shape and returns what was created', async () => {
    const { api, requests } = createTestClient(echoAdded);
    const added = await addCalls(api, [
      call({
        requestId: '123',
        pipelineId: 2194576,
        createdAt: 1510261200000,
        lead: { name: 'Tech maintenance', price: 5000 },
        contact: { name: 'Example contact', phone: '+14155551234' },
        company: { name: 'Acme Co.' },
        call: { ...call().call, recordingUrl: 'https://example.com/r.mp3', addCallEvent: true },
      }),
    ]);
    expect(requests[0]).toMatchObject({ method: 'POST', url: '/api/v4/leads/unsorted/sip' });
    expect(requests[0]?.body).toEqual([
      {
        request_id: '123',
        source_uid: 'a1fee7c0fc436088e64ba2e8822ba2b3',
        source_name: 'Acme Co.',
        pipeline_id: 2194576,
        created_at: 1510261200,
        _embedded: {
          leads: [{ name: 'Tech maintenance', price: 5000 }],
          contacts: [
            {
              name: 'Example contact',
              custom_fields_values: [{ field_code: 'PHONE', values: [{ value: '+14155551234', enum_code: 'WORK' }] }],
            },
          ],
          companies: [{ name: 'Acme Co.' }],
        },
        metadata: {
          from: 'onlinePBX',
          phone: '+14155551234',
          called_at: 1510261200,
          duration: 54,
          link: 'https://example.com/r.mp3',
          service_code: 'CkAvbEwPam6sad',
          uniq: 'a1fe231cc88e64ba2e8822ba2b3ewrw',
          is_call_event_needed: true,
        },
      },
    ]);
    expect(added).toEqual([{ uid: 'uid-123', requestId: '123', leadId: 2000, contactId: 1000, companyId: null }]);
  });

  it('sends more than 250 items in batches, numbering request ids across them', async () => {
    const { api, requests } = createTestClient(echoAdded);
    const added = await addCalls(
      api,
      Array.from({ length: 260 }, () => call()),
    );
    expect(requests.map((request) => (request.body as unknown[]).length)).toEqual([250, 10]);
    expect(added).toHaveLength(260);
    expect(added.at(-1)?.requestId).toBe('259');
  });

  it('sends nothing for an empty list', async () => {
    const { api, requests } = createTestClient(echoAdded);
    await expect(addCalls(api, [])).resolves.toEqual([]);
    expect(requests).toHaveLength(0);
  });
});

describe('addForms', () => {
  it('maps a form submission to the wire shape', async () => {
    const form: NewIncomingForm = {
      sourceUid: 'form-source',
      sourceName: 'Landing',
      contact: { name: 'Anna', email: 'anna@example.com', phone: '+14155551234' },
      form: {
        formId: 'a1fee7c0fc43',
        formName: 'Application form',
        formPage: 'https://example.com',
        sentAt: 1590830520000,
        ip: '123.222.2.22',
        referer: 'https://www.google.com/search',
      },
    };
    const { api, requests } = createTestClient(echoAdded);
    const [added] = await addForms(api, [form]);
    expect(requests[0]).toMatchObject({ url: '/api/v4/leads/unsorted/forms' });
    expect(requests[0]?.body).toEqual([
      {
        request_id: '0',
        source_uid: 'form-source',
        source_name: 'Landing',
        _embedded: {
          contacts: [
            {
              name: 'Anna',
              custom_fields_values: [
                { field_code: 'PHONE', values: [{ value: '+14155551234', enum_code: 'WORK' }] },
                { field_code: 'EMAIL', values: [{ value: 'anna@example.com', enum_code: 'WORK' }] },
              ],
            },
          ],
        },
        metadata: {
          form_id: 'a1fee7c0fc43',
          form_name: 'Application form',
          form_page: 'https://example.com',
          form_sent_at: 1590830520,
          ip: '123.222.2.22',
          referer: 'https://www.google.com/search',
        },
      },
    ]);
    expect(added).toMatchObject({ uid: 'uid-0', requestId: '0' });
  });

  it('passes a 422 for an oversized batch on', async () => {
    const { api } = createTestClient(() =>
      jsonResponse(
        {
          title: 'Unprocessable Entity',
          type: 'https://httpstatus.es/422',
          status: 422,
          detail: 'Limit of 250 per page',
        },
        422,
      ),
    );
    await expect(addForms(api, [])).resolves.toEqual([]);
    await expect(
      addForms(api, [
        { sourceUid: 's', sourceName: 'n', form: { formId: 'f', formName: 'f', formPage: 'p', sentAt: 0 } },
      ]),
    ).rejects.toMatchObject({ status: 422, detail: 'Limit of 250 per page' });
  });
});
