// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { call, firstPending, liftRateLimit, pending, wire } from '../../tests/support/contract-api';
import { LOST_STATUS_ID, PIPELINE_IDS, WON_STATUS_ID } from '../account/account-catalog';
import { findPipeline, incomingStage, regularStages } from '../account/db';
import { ADMIN_USER_ID, MANAGER_USER_ID, VIEWER_USER_ID } from '../account/user-catalog';
import { emulator } from '../runtimes/node';

beforeEach(liftRateLimit);

const summary = async () => wire(await call('/api/v4/leads/unsorted/summary'));
const accept = (uid: string, json?: unknown) => call(`/api/v4/leads/unsorted/${uid}/accept`, { method: 'POST', json });
const decline = (uid: string, json?: unknown) =>
  call(`/api/v4/leads/unsorted/${uid}/decline`, { method: 'DELETE', json });
const stagesOf = (pipelineId: number) => {
  const pipeline = findPipeline(emulator.db, pipelineId);
  if (!pipeline) throw new Error(`No pipeline ${pipelineId}`);
  return { incoming: incomingStage(pipeline), regular: regularStages(pipeline) };
};

describe('accepting and declining incoming leads', () => {
  it('§8.16 accepts with an empty body into the first regular stage, hides the item and counts it', async () => {
    const record = firstPending();
    const before = await summary();

    const response = await accept(record.uid);

    expect(response.status).toBe(200);
    const body = await wire(response);
    expect(body).toMatchObject({
      uid: record.uid,
      pipeline_id: record.pipeline_id,
      category: record.category,
      created_at: record.created_at,
    });
    expect(Object.keys(body._embedded).sort()).toEqual(['companies', 'contacts', 'leads']);
    expect((await call(`/api/v4/leads/unsorted?filter[uid]=${record.uid}`)).status).toBe(204);
    const lead = await wire(await call(`/api/v4/leads/${record.lead_id}`));
    expect(lead.status_id).toBe(stagesOf(record.pipeline_id).regular[0]?.id);
    const contact = await wire(await call(`/api/v4/contacts/${record.contact_id}`));
    expect(contact.is_unsorted).toBe(false);
    const after = await summary();
    expect(after.accepted).toBe(before.accepted + 1);
    expect(after.total).toBe(before.total);
  });

  it('§8.16 accepts into the given stage and makes the given user responsible', async () => {
    const record = firstPending();
    const target = stagesOf(record.pipeline_id).regular[2]?.id;

    await accept(record.uid, { status_id: target, user_id: MANAGER_USER_ID });

    const lead = await wire(await call(`/api/v4/leads/${record.lead_id}`));
    expect(lead).toMatchObject({ status_id: target, responsible_user_id: MANAGER_USER_ID });
  });

  it('§8.17 rejects won, lost, incoming and other pipelines’ stages with NotSupportedChoice on status_id', async () => {
    const record = pending().find((r) => r.pipeline_id === PIPELINE_IDS.sales);
    if (!record) throw new Error('No pending Sales lead');
    const foreign = stagesOf(PIPELINE_IDS.wholesale).regular[0]?.id;
    const own = stagesOf(PIPELINE_IDS.sales).incoming.id;

    for (const statusId of [WON_STATUS_ID, LOST_STATUS_ID, own, foreign]) {
      const response = await accept(record.uid, { status_id: statusId });
      expect(response.status).toBe(400);
      const body = await wire(response);
      expect(body['validation-errors']).toEqual([
        { request_id: '0', errors: [{ code: 'NotSupportedChoice', path: 'status_id', detail: expect.any(String) }] },
      ]);
    }
    expect(emulator.db.incoming.get(record.uid)?.state).toBe('pending');
  });

  it('§8.18 declines with a JSON body, drops the item, bins the lead and counts the decline', async () => {
    const record = firstPending();
    const before = await summary();

    const response = await decline(record.uid, { user_id: ADMIN_USER_ID });

    expect(response.status).toBe(200);
    const body = await wire(response);
    expect(body).toMatchObject({
      uid: record.uid,
      pipeline_id: record.pipeline_id,
      category: record.category,
      created_at: record.created_at,
    });
    expect(Object.keys(body._embedded).sort()).toEqual(['contacts', 'leads']);
    expect((await call(`/api/v4/leads/unsorted/${record.uid}`)).status).toBe(204);
    expect((await call(`/api/v4/leads/${record.lead_id}`)).status).toBe(204);
    expect(emulator.db.leads.get(record.lead_id ?? 0)?.is_deleted).toBe(true);
    expect((await summary()).declined).toBe(before.declined + 1);
  });

  it('refuses to decline for a user without the delete right', async () => {
    const { uid } = firstPending();
    const asViewer = { 'X-Context-User-ID': String(VIEWER_USER_ID) };

    const response = await call(`/api/v4/leads/unsorted/${uid}/decline`, { method: 'DELETE', headers: asViewer });

    expect(response.status).toBe(403);
    expect(response.headers.get('Content-Type')).toBe('application/problem+json');
    expect(emulator.db.incoming.get(uid)?.state).toBe('pending');
  });

  it('§8.19 refuses to act on an already processed uid with 400, or with 404 or 204 when switched', async () => {
    const { uid } = firstPending();
    await accept(uid);

    const again = await accept(uid);
    expect(again.status).toBe(400);
    expect(again.headers.get('Content-Type')).toBe('application/problem+json');
    expect((await decline(uid)).status).toBe(400);
    emulator.setQuirks({ alreadyProcessed: 404 });
    expect((await decline(uid)).status).toBe(404);
    emulator.setQuirks({ alreadyProcessed: 204 });
    const quiet = await accept(uid);
    expect([quiet.status, await quiet.text()]).toEqual([204, '']);
  });
});
