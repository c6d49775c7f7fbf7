// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { call, firstPending, liftRateLimit, type Wire, wire } from '../../tests/support/contract-api';
import { LOST_STATUS_ID, PIPELINE_IDS, WON_STATUS_ID } from '../account/account-catalog';
import { ADMIN_USER_ID, MANAGER_USER_ID, VIEWER_USER_ID } from '../account/user-catalog';
import { emulator } from '../runtimes/node';

beforeEach(liftRateLimit);

const asUser = (id: number) => ({ headers: { 'X-Context-User-ID': String(id) } });

describe('the endpoints around incoming leads', () => {
  it('§8.35 lists pipelines with _total_items, one incoming stage each, and 142/143 in every pipeline', async () => {
    const body = await wire(await call('/api/v4/leads/pipelines'));

    expect(body._total_items).toBe(body._embedded.pipelines.length);
    expect(body._embedded.pipelines.filter((p: Wire) => p.is_main)).toHaveLength(1);
    const incomingIds = new Set<number>();
    for (const pipeline of body._embedded.pipelines) {
      const statuses: Wire[] = pipeline._embedded.statuses;
      const incoming = statuses.filter((s) => s.type === 1);
      expect(incoming).toEqual([
        expect.objectContaining({ sort: 10, color: '#c1c1c1', is_editable: false, pipeline_id: pipeline.id }),
      ]);
      incomingIds.add(incoming[0].id);
      for (const closed of [WON_STATUS_ID, LOST_STATUS_ID]) {
        expect(statuses.find((s) => s.id === closed)).toMatchObject({ type: 0, is_editable: false });
      }
    }
    expect(incomingIds.size).toBe(body._embedded.pipelines.length);
    expect((await wire(await call(`/api/v4/leads/pipelines/${PIPELINE_IDS.sales}`))).name).toBe('Sales');
  });

  it('§8.36 describes the account and adds only the with= blocks asked for', async () => {
    const plain = await wire(await call('/api/v4/account'));
    const extended = await wire(await call('/api/v4/account?with=users_groups,amojo_id'));

    expect(plain).toMatchObject({
      id: 31415926,
      subdomain: 'demo',
      current_user_id: ADMIN_USER_ID,
      is_unsorted_on: true,
      currency: 'RUB',
    });
    expect(plain).not.toHaveProperty('_embedded');
    expect(plain).not.toHaveProperty('amojo_id');
    expect(extended.amojo_id).toEqual(expect.any(String));
    expect(Object.keys(extended._embedded)).toEqual(['users_groups']);
  });

  it('§8.37 lists users with A/G/M/D rights and status_rights that cover the incoming stages', async () => {
    const body = await wire(await call('/api/v4/users'));

    expect(body).toMatchObject({ _total_items: body._embedded.users.length, _page: 1, _page_count: 1 });
    for (const user of body._embedded.users) {
      for (const value of Object.values(user.rights.leads)) expect(['A', 'G', 'M', 'D']).toContain(value);
      expect(user.rights.status_rights).toContainEqual(
        expect.objectContaining({ entity_type: 'leads', pipeline_id: PIPELINE_IDS.sales, status_id: 30846277 }),
      );
    }
    const manager = body._embedded.users.find((u: Wire) => u.id === MANAGER_USER_ID);
    expect(manager.rights).toMatchObject({ is_admin: false, leads: { view: 'A', edit: 'A', add: 'A', delete: 'A' } });
  });

  it('§8.37 switches the current user and the rights used for triage with X-Context-User-ID', async () => {
    const account = await wire(await call('/api/v4/account', asUser(MANAGER_USER_ID)));
    const users = await call('/api/v4/users', asUser(MANAGER_USER_ID));
    const viewerAccept = await call(`/api/v4/leads/unsorted/${firstPending().uid}/accept`, {
      method: 'POST',
      ...asUser(VIEWER_USER_ID),
    });
    const managerAccept = await call(`/api/v4/leads/unsorted/${firstPending().uid}/accept`, {
      method: 'POST',
      ...asUser(MANAGER_USER_ID),
    });

    expect(account.current_user_id).toBe(MANAGER_USER_ID);
    expect(users.status).toBe(403);
    expect(viewerAccept.status).toBe(403);
    expect(managerAccept.status).toBe(200);
  });

  it('§8.38 returns full leads by filter[id][] with contacts, including leads waiting in the incoming stage', async () => {
    const record = firstPending();
    const body = await wire(
      await call(`/api/v4/leads?filter[id][]=${record.lead_id}&filter[id][]=93144801&with=contacts`),
    );

    const incomingLead = body._embedded.leads.find((l: Wire) => l.id === record.lead_id);
    expect(body._embedded.leads).toHaveLength(2);
    expect(incomingLead).toMatchObject({
      status_id: expect.any(Number),
      pipeline_id: record.pipeline_id,
      price: expect.any(Number),
    });
    expect(emulator.db.pipelines.find((p) => p.id === record.pipeline_id)?.statuses[0]?.id).toBe(
      incomingLead.status_id,
    );
    expect(incomingLead._embedded.contacts).toEqual([
      expect.objectContaining({ id: record.contact_id, is_main: true }),
    ]);
    expect((await call('/api/v4/leads?filter[id][0]=1&filter[id][1]=2')).status).toBe(204);
    expect((await call('/api/v4/leads/1')).status).toBe(204);
  });

  it('§8.38 finds leads by a contact phone, typed in any format', async () => {
    const lead = emulator.db.leads.get(93144801);
    const contact = emulator.db.contacts.get(lead?.contact_ids[0] ?? 0);
    const phone = contact?.phones[0]?.value ?? '';
    const digits = phone.replace(/\D/g, '').slice(-10);

    const body = await wire(await call(`/api/v4/leads?query=${encodeURIComponent(digits)}`));

    expect(body._embedded.leads.map((l: Wire) => l.id)).toContain(93144801);
    expect((await call('/api/v4/leads?query=zzzz-nobody')).status).toBe(204);
  });

  it('§8.39 returns contacts with PHONE/EMAIL multitext values or null, and is_unsorted on waiting ones', async () => {
    const record = firstPending('chats');
    const noFields = [...emulator.db.contacts.values()].find((c) => c.phones.length + c.emails.length === 0);
    const known = emulator.db.leads.get(93144801)?.contact_ids[0];
    const body = await wire(
      await call(
        `/api/v4/contacts?filter[id][]=${record.contact_id}&filter[id][]=${noFields?.id}&filter[id][]=${known}`,
      ),
    );

    const byId = new Map(body._embedded.contacts.map((c: Wire) => [c.id, c]));
    const waiting = byId.get(record.contact_id) as Wire;
    expect(waiting.is_unsorted).toBe(true);
    expect((byId.get(noFields?.id) as Wire).custom_fields_values).toBeNull();
    const fields: Wire[] = (byId.get(known) as Wire).custom_fields_values;
    for (const field of fields) {
      expect(field).toMatchObject({ field_code: expect.stringMatching(/^(PHONE|EMAIL)$/), field_type: 'multitext' });
      for (const value of field.values) expect(['WORK', 'MOB', 'OTHER', 'PRIV']).toContain(value.enum_code);
    }
    expect((byId.get(known) as Wire).is_unsorted).toBe(false);
    expect((await call('/api/v4/contacts?query=%2B70000000000')).status).toBe(204);
    expect((await call('/api/v4/contacts/1')).status).toBe(204);
  });

  it('§8.40 refuses to create a lead in an incoming stage with NotSupportedChoice on status_id', async () => {
    const rejected = await call('/api/v4/leads', {
      method: 'POST',
      json: [{ name: 'Direct', status_id: 30846277, pipeline_id: PIPELINE_IDS.sales }],
    });
    const created = await call('/api/v4/leads', { method: 'POST', json: [{ name: 'Direct', status_id: 30846283 }] });

    expect(rejected.status).toBe(400);
    expect((await wire(rejected))['validation-errors']).toEqual([
      { request_id: '0', errors: [{ code: 'NotSupportedChoice', path: 'status_id', detail: expect.any(String) }] },
    ]);
    const id = (await wire(created))._embedded.leads[0].id;
    expect(await wire(await call(`/api/v4/leads/${id}`))).toMatchObject({
      status_id: 30846283,
      pipeline_id: PIPELINE_IDS.sales,
    });
  });
});
