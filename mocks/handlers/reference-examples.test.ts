// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import {
  call,
  expectShape,
  firstPending,
  liftRateLimit,
  ORIGIN,
  pending,
  wire,
} from '../../tests/support/contract-api';
import { buildIncomingLead } from '../../tests/support/incoming-lead-drafts';
import { GET_BY_UID, LIST_BY_UID, SUMMARY } from '../../tests/support/reference-read-examples';
import { ACCEPT, ADD_FORMS, ADD_SIP, DECLINE, LINK } from '../../tests/support/reference-write-examples';
import { PIPELINE_IDS } from '../account/account-catalog';
import { insertIncomingLead } from '../account/db-inserts';
import { ADMIN_USER_ID, MANAGER_USER_ID } from '../account/user-catalog';
import { emulator } from '../runtimes/node';

beforeEach(liftRateLimit);

describe('the examples of the official Incoming leads page', () => {
  it('lists an incoming lead by uid exactly as the list example shows', async () => {
    const example = LIST_BY_UID.response._embedded.unsorted[0];
    if (!example) throw new Error('The example has one item');
    const draft = buildIncomingLead({
      category: 'sip',
      uid: example.uid,
      pipeline_id: example.pipeline_id,
      created_at: example.created_at,
    });
    insertIncomingLead(emulator.db, {
      ...draft,
      source_uid: null,
      source_name: 'UIS',
      metadata: example.metadata,
      company: null,
    });

    const response = await call(LIST_BY_UID.url);

    expect(response.status).toBe(200);
    const body = await wire(response);
    expectShape(body, LIST_BY_UID.response);
    expect(body._links.self.href).toBe(LIST_BY_UID.response._links.self.href);
    expect(body._embedded.unsorted[0].metadata).toEqual(example.metadata);
    expect(body._embedded.unsorted[0]._links).toEqual(example._links);
  });

  it('gets an incoming lead by uid exactly as the detail example shows', async () => {
    const example = GET_BY_UID.response;
    const draft = buildIncomingLead({
      category: 'forms',
      uid: example.uid,
      pipeline_id: example.pipeline_id,
      created_at: example.created_at,
    });
    insertIncomingLead(emulator.db, {
      ...draft,
      source_uid: example.source_uid,
      source_name: example.source_name,
      metadata: example.metadata,
      company: null,
    });

    const response = await call(`/api/v4/leads/unsorted/${GET_BY_UID.uid}`);

    expect(response.status).toBe(200);
    const body = await wire(response);
    expectShape(body, example);
    expect(body.metadata).toEqual(example.metadata);
  });

  it('adds the sip example and answers in the shape of the add example', async () => {
    const response = await call('/api/v4/leads/unsorted/sip', { method: 'POST', json: ADD_SIP.request });

    expect(response.status).toBe(200);
    const body = await wire(response);
    expectShape(body, ADD_SIP.response);
    expect(body._embedded.unsorted[0].request_id).toBe('123');
    const added = await wire(await call(`/api/v4/leads/unsorted/${body._embedded.unsorted[0].uid}`));
    expect(added.metadata).not.toHaveProperty('is_call_event_needed');
    expect(added.metadata).toMatchObject({ phone: 14155551234, duration: 54, from: 'onlinePBX' });
  });

  it('adds the forms example, numeric names included, and answers in the shape of the add example', async () => {
    const response = await call('/api/v4/leads/unsorted/forms', { method: 'POST', json: ADD_FORMS.request });

    expect(response.status).toBe(200);
    const body = await wire(response);
    expectShape(body, ADD_FORMS.response);
    const contactId = body._embedded.unsorted[0]._embedded.contacts[0].id;
    const contact = await wire(await call(`/api/v4/contacts/${contactId}`));
    expect(contact).toMatchObject({ name: '234', first_name: '123213', last_name: '234', is_unsorted: true });
  });

  it('accepts with the accept example body and answers in the shape of the accept example', async () => {
    // The example's user 123123 does not exist in the demo account; one of its users stands in.
    const uid = pending().find((r) => r.pipeline_id === PIPELINE_IDS.sales)?.uid;
    const request = { ...ACCEPT.request, user_id: MANAGER_USER_ID };

    const response = await call(`/api/v4/leads/unsorted/${uid}/accept`, { method: 'POST', json: request });

    expect(response.status).toBe(200);
    expectShape(await wire(response), ACCEPT.response);
  });

  it('declines with the decline example body and answers in the shape of the decline example', async () => {
    const { uid } = firstPending('sip');
    const request = { ...DECLINE.request, user_id: ADMIN_USER_ID };

    const response = await call(`/api/v4/leads/unsorted/${uid}/decline`, { method: 'DELETE', json: request });

    expect(response.status).toBe(200);
    expectShape(await wire(response), DECLINE.response);
  });

  it('links a chat with the link example body and answers with the linked lead', async () => {
    const { uid } = firstPending('chats');

    const response = await call(`/api/v4/leads/unsorted/${uid}/link`, { method: 'POST', json: LINK.request });

    expect(response.status).toBe(200);
    const body = await wire(response);
    expectShape(body, LINK.response);
    expect(body).toEqual({
      uid,
      _embedded: { leads: [{ id: 93144801, _links: { self: { href: `${ORIGIN}/api/v4/leads/93144801` } } }] },
    });
  });

  it('answers the summary example request in the shape of the summary example', async () => {
    const response = await call(SUMMARY.url);

    expect(response.status).toBe(200);
    expectShape(await wire(response), SUMMARY.response);
  });
});
