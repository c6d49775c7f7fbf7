import { describe, expect, it } from 'vitest';
import { createTestClient, jsonResponse, noContent } from '../../tests/support/fake-fetch';
import { acceptIncomingLead, declineIncomingLead, linkIncomingLead } from './triage-api';

const stub = (entity: string, id: number) => ({
  id,
  _links: { self: { href: `https://example.amocrm.com/api/v4/${entity}/${id}` } },
});

describe('acceptIncomingLead', () => {
  it('accepts into a stage on behalf of a user and returns the new lead and contact', async () => {
    const { api, requests } = createTestClient(() =>
      jsonResponse({
        uid: '3cvd1de2ebfsd152',
        pipeline_id: 31634,
        category: 'mail',
        created_at: 1589165593,
        _embedded: { leads: [stub('leads', 9944789)], contacts: [stub('contacts', 16522451)], companies: [] },
      }),
    );
    const result = await acceptIncomingLead(api, '3cvd1de2ebfsd152', { userId: 123123, stageId: 30846280 });
    expect(requests[0]).toMatchObject({
      method: 'POST',
      url: '/api/v4/leads/unsorted/3cvd1de2ebfsd152/accept',
      body: { user_id: 123123, status_id: 30846280 },
    });
    expect(result).toEqual({
      uid: '3cvd1de2ebfsd152',
      category: 'mail',
      pipelineId: 31634,
      leadId: 9944789,
      contactId: 16522451,
      companyId: null,
    });
  });

  it('sends an empty object when nothing is chosen', async () => {
    const { api, requests } = createTestClient(() => jsonResponse({ uid: 'u1', _embedded: {} }));
    await acceptIncomingLead(api, 'u1');
    expect(requests[0]?.body).toEqual({});
  });

  it('passes a rejected stage on as an ApiError with its validation errors', async () => {
    const { api } = createTestClient(() =>
      jsonResponse(
        {
          title: 'Bad Request',
          type: 'https://httpstatus.es/400',
          status: 400,
          detail: 'Request validation failed',
          'validation-errors': [
            {
              request_id: '0',
              errors: [
                {
                  code: 'NotSupportedChoice',
                  path: 'status_id',
                  detail: 'The value you selected is not a valid choice.',
                },
              ],
            },
          ],
        },
        400,
      ),
    );
    await expect(acceptIncomingLead(api, 'u1', { stageId: 142 })).rejects.toMatchObject({
      status: 400,
      validationErrors: [{ requestId: '0', errors: [{ code: 'NotSupportedChoice', path: 'status_id' }] }],
    });
  });
});

describe('declineIncomingLead', () => {
  it('declines with a DELETE that carries a JSON body', async () => {
    const { api, requests } = createTestClient(() =>
      jsonResponse({
        uid: '98bc1d1de2f960a2ad0e34b52823',
        pipeline_id: 1394576,
        category: 'mail',
        created_at: 1589115506,
        _embedded: { leads: [stub('leads', 9937533)], contacts: [stub('contacts', 163141)] },
      }),
    );
    const result = await declineIncomingLead(api, '98bc1d1de2f960a2ad0e34b52823', { userId: 123123 });
    expect(requests[0]).toMatchObject({
      method: 'DELETE',
      url: '/api/v4/leads/unsorted/98bc1d1de2f960a2ad0e34b52823/decline',
      headers: { 'content-type': 'application/json' },
      body: { user_id: 123123 },
    });
    expect(result).toMatchObject({
      uid: '98bc1d1de2f960a2ad0e34b52823',
      leadId: 9937533,
      contactId: 163141,
      companyId: null,
    });
  });

  it('treats a 204 as done', async () => {
    const { api } = createTestClient(() => noContent());
    await expect(declineIncomingLead(api, 'u2')).resolves.toEqual({
      uid: 'u2',
      category: null,
      pipelineId: null,
      leadId: null,
      contactId: null,
      companyId: null,
    });
  });
});

describe('linkIncomingLead', () => {
  it('links a chat to an existing lead and contact', async () => {
    const { api, requests } = createTestClient(() =>
      jsonResponse({ uid: 'd7faa21ce091fe0da05d8d4c2075090c1e9bfd4', _embedded: { leads: [stub('leads', 93144801)] } }),
    );
    const result = await linkIncomingLead(api, 'd7faa21ce091fe0da05d8d4c2075090c1e9bfd4', {
      leadId: 93144801,
      contactId: 555,
      userId: 7,
    });
    expect(requests[0]).toMatchObject({
      method: 'POST',
      url: '/api/v4/leads/unsorted/d7faa21ce091fe0da05d8d4c2075090c1e9bfd4/link',
      body: { link: { entity_id: 93144801, entity_type: 'leads', metadata: { contact_id: 555 } }, user_id: 7 },
    });
    expect(result).toEqual({
      uid: 'd7faa21ce091fe0da05d8d4c2075090c1e9bfd4',
      category: null,
      pipelineId: null,
      leadId: 93144801,
      contactId: null,
      companyId: null,
    });
  });

  it('links to a customer without contact metadata', async () => {
    const { api, requests } = createTestClient(() => jsonResponse({ _embedded: {} }));
    const result = await linkIncomingLead(api, 'u3', { leadId: 12, entityType: 'customers' });
    expect(requests[0]?.body).toEqual({ link: { entity_id: 12, entity_type: 'customers' } });
    expect(result.uid).toBe('u3');
  });

  it('passes the 403 for non-admins on', async () => {
    const { api } = createTestClient(() =>
      jsonResponse(
        { title: 'Forbidden', type: 'https://httpstatus.es/403', status: 403, detail: 'Access denied' },
        403,
      ),
    );
    await expect(linkIncomingLead(api, 'u4', { leadId: 1 })).rejects.toMatchObject({
      status: 403,
      detail: 'Access denied',
    });
  });
});
