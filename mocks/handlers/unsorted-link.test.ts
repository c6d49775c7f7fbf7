// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { call, firstPending, liftRateLimit, wire } from '../../tests/support/contract-api';
import { MANAGER_USER_ID } from '../account/user-catalog';

beforeEach(liftRateLimit);

const link = (uid: string, json: unknown, headers?: Record<string, string>) =>
  call(`/api/v4/leads/unsorted/${uid}/link`, { method: 'POST', json, headers });

describe('linking incoming chats to existing leads', () => {
  it('§8.20 links a chat to an existing lead for an admin and answers with that lead', async () => {
    const chat = firstPending('chats');

    const response = await link(chat.uid, { link: { entity_id: 93144801, entity_type: 'leads' } });

    expect(response.status).toBe(200);
    expect((await wire(response))._embedded.leads[0].id).toBe(93144801);
    const target = await wire(await call('/api/v4/leads/93144801?with=contacts'));
    expect(target._embedded.contacts.map((c: { id: number }) => c.id)).toContain(chat.contact_id);
    expect((await call(`/api/v4/leads/unsorted/${chat.uid}`)).status).toBe(204);
  });

  it('§8.20 refuses to link a non-chat with 400 and a non-admin with 403', async () => {
    const body = { link: { entity_id: 93144801, entity_type: 'leads' } };

    const call403 = await link(firstPending('chats').uid, body, { 'X-Context-User-ID': String(MANAGER_USER_ID) });
    const call400 = await link(firstPending('sip').uid, body);

    expect(call403.status).toBe(403);
    expect(call400.status).toBe(400);
    expect(call400.headers.get('Content-Type')).toBe('application/problem+json');
  });

  it('rejects linking to customers while the account has customers disabled', async () => {
    const response = await link(firstPending('chats').uid, { link: { entity_id: 1, entity_type: 'customers' } });

    expect(response.status).toBe(400);
    const errors = (await wire(response))['validation-errors'][0].errors;
    expect(errors).toContainEqual(expect.objectContaining({ code: 'NotSupportedChoice', path: 'link.entity_type' }));
  });

  it('rejects a link body without a link object or with an unknown lead', async () => {
    const uid = firstPending('chats').uid;

    const missing = await wire(await link(uid, {}));
    const unknown = await wire(
      await link(uid, { link: { entity_id: 1, entity_type: 'leads', metadata: { contact_id: 'x' } } }),
    );

    expect(missing['validation-errors'][0].errors).toEqual([
      expect.objectContaining({ code: 'InvalidType', path: 'link' }),
    ]);
    expect(unknown['validation-errors'][0].errors.map((e: { path: string }) => e.path)).toEqual([
      'link.entity_id',
      'link.metadata.contact_id',
    ]);
  });
});
