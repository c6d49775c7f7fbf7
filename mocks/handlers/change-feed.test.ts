// @vitest-environment node
import { getResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { openChangeFeed } from '../../tests/support/change-feed-reader';
import { call, firstPending, liftRateLimit, ORIGIN, wire } from '../../tests/support/contract-api';
import { buildIncomingLead } from '../../tests/support/incoming-lead-drafts';
import { insertIncomingLead } from '../account/db-inserts';
import { ADMIN_USER_ID, MANAGER_USER_ID } from '../account/user-catalog';
import { emulator } from '../runtimes/node';
import { KEPT_EVENTS } from './change-feed-handler';

beforeEach(liftRateLimit);

const HELLO = { type: 'hello', pollSeconds: 5, sweepSeconds: 5 };

const nameOf = (id: number) => emulator.db.users.find((user) => user.id === id)?.name;

const form = (sourceUid: string) => ({
  source_uid: sourceUid,
  source_name: 'Website',
  _embedded: { contacts: [{ name: 'Olga Petrova' }] },
  metadata: {
    form_id: '1115559',
    form_name: 'Callback',
    form_page: 'https://demo-trading.ru/',
    form_sent_at: 1790000000,
  },
});

/** An incoming lead stored straight into the account, as the demo's controls and the scenarios add them. */
function storeLead(): string {
  return insertIncomingLead(emulator.db, buildIncomingLead({ created_at: Math.floor(Date.now() / 1000) })).uid;
}

/** A feed that has said hello, so what a test does next is what comes after it. */
async function greetedFeed() {
  const feed = await openChangeFeed();
  await feed.upTo(1);
  return feed;
}

/** A greeted feed that has also told of one arrival; `lastEventId` is that event's id. */
async function feedPastOneArrival() {
  const feed = await greetedFeed();
  storeLead();
  const [, arrival] = await feed.upTo(2);
  return { feed, lastEventId: arrival?.id ?? '' };
}

describe('the change feed', () => {
  it('opens every connection with hello, as text/event-stream that is not cached, under any base path', async () => {
    const feed = await openChangeFeed({ basePath: '/triage' });

    const [hello] = await feed.upTo(1);

    expect(feed.response.status).toBe(200);
    expect(feed.response.headers.get('Content-Type')).toBe('text/event-stream; charset=utf-8');
    expect(feed.response.headers.get('Cache-Control')).toBe('no-cache');
    expect(hello).toEqual({ id: undefined, event: HELLO, data: { pollSeconds: 5, sweepSeconds: 5 } });
  });

  it('sends the leads one add request stores as one arrived event, each item exactly as the list sends it', async () => {
    const feed = await greetedFeed();

    const added = await wire(
      await call('/api/v4/leads/unsorted/forms', { method: 'POST', json: [form('feed-1'), form('feed-2')] }),
    );

    const [, arrived] = await feed.upTo(2);
    const uids: string[] = added._embedded.unsorted.map((item: { uid: string }) => item.uid);
    const listed = await wire(await call(`/api/v4/leads/unsorted?filter[uid][]=${uids[0]}&filter[uid][]=${uids[1]}`));
    expect(arrived?.id).toMatch(/^[0-9a-f]{8}\.\d+$/);
    expect(arrived?.data.leads).toEqual(
      uids.map((uid) => listed._embedded.unsorted.find((i: { uid: string }) => i.uid === uid)),
    );
    expect(arrived?.event).toMatchObject({ type: 'arrived', leads: [{ uid: uids[0] }, { uid: uids[1] }] });
  });

  it('sends a lead stored in the account by other means as arrived', async () => {
    const feed = await greetedFeed();

    const uid = storeLead();

    const [, arrived] = await feed.upTo(2);
    expect(arrived?.event).toMatchObject({ type: 'arrived', leads: [{ uid }] });
  });

  it.each([
    ['accepted', 'the sender', 'accept', 'POST', {}, ADMIN_USER_ID],
    ['accepted', 'the user_id of the body', 'accept', 'POST', { user_id: MANAGER_USER_ID }, MANAGER_USER_ID],
    ['declined', 'the sender', 'decline', 'DELETE', undefined, ADMIN_USER_ID],
    ['declined', 'the user_id of the body', 'decline', 'DELETE', { user_id: MANAGER_USER_ID }, MANAGER_USER_ID],
  ] as const)('sends a lead %s as left, by %s', async (how, _by, action, method, json, byUserId) => {
    const { uid } = firstPending('forms');
    const feed = await greetedFeed();

    const response = await call(`/api/v4/leads/unsorted/${uid}/${action}`, { method, json });

    expect(response.status).toBe(200);
    const [, left] = await feed.upTo(2);
    expect(left?.event).toEqual({ type: 'left', uids: [uid], how, by: nameOf(byUserId), at: expect.any(Number) });
  });

  it('sends a linked chat as left, by the sender', async () => {
    const { uid } = firstPending('chats');
    const feed = await greetedFeed();

    const body = { link: { entity_id: 93144801, entity_type: 'leads' } };
    expect((await call(`/api/v4/leads/unsorted/${uid}/link`, { method: 'POST', json: body })).status).toBe(200);

    const [, left] = await feed.upTo(2);
    expect(left?.event).toMatchObject({ type: 'left', uids: [uid], how: 'linked', by: nameOf(ADMIN_USER_ID) });
  });

  it('tells nothing of an action amoCRM refuses', async () => {
    const { uid } = firstPending('sip');
    const feed = await greetedFeed();

    expect(
      (await call(`/api/v4/leads/unsorted/${uid}/accept`, { method: 'POST', json: { status_id: 1 } })).status,
    ).toBe(400);
    storeLead();

    const [, next] = await feed.upTo(2);
    expect(next?.event?.type).toBe('arrived');
  });

  it('replays what an inbox missed after the Last-Event-ID it reconnects with', async () => {
    const first = await feedPastOneArrival();
    first.feed.close();
    const missedUid = storeLead();

    const again = await openChangeFeed({ lastEventId: first.lastEventId });
    const [hello, missed] = await again.upTo(2);
    const liveUid = storeLead();
    const [, , live] = await again.upTo(3);

    expect(hello?.event).toEqual(HELLO);
    expect(missed?.event).toMatchObject({ type: 'arrived', leads: [{ uid: missedUid }] });
    expect(live?.event).toMatchObject({ type: 'arrived', leads: [{ uid: liveUid }] });
    const seq = (id: string | undefined) => Number(id?.split('.')[1]);
    expect([seq(missed?.id), seq(live?.id)]).toEqual([seq(first.lastEventId) + 1, seq(first.lastEventId) + 2]);
  });

  it('sends reset after hello for an id of another run of the emulator', async () => {
    const feed = await openChangeFeed({ lastEventId: 'c0ffee00.12' });

    const events = await feed.upTo(2);

    expect(events.map((e) => [e.id, e.event?.type])).toEqual([
      [undefined, 'hello'],
      [undefined, 'reset'],
    ]);
  });

  it(`sends reset for an id older than the last ${KEPT_EVENTS} events`, async () => {
    const { feed, lastEventId } = await feedPastOneArrival();
    for (let i = 0; i <= KEPT_EVENTS; i++) {
      storeLead();
      // Leads stored in one turn of the event loop arrive together; these are to be events of their own.
      await Promise.resolve();
    }
    await feed.upTo(3 + KEPT_EVENTS);
    feed.close();

    const late = await openChangeFeed({ lastEventId });

    expect((await late.upTo(2)).map((e) => e.event?.type)).toEqual(['hello', 'reset']);
  });

  it('sends reset to open inboxes when the account is reset, and treats the old ids as unknown', async () => {
    const { feed, lastEventId } = await feedPastOneArrival();

    emulator.reset();

    const [, , reset] = await feed.upTo(3);
    expect(reset).toEqual({ id: undefined, event: { type: 'reset' }, data: {} });
    const again = await openChangeFeed({ lastEventId });
    expect((await again.upTo(2)).map((e) => e.event?.type)).toEqual(['hello', 'reset']);
  });

  it('closes the stream once the request is aborted', async () => {
    const controller = new AbortController();
    const request = new Request(`${ORIGIN}/team/feed`, { signal: controller.signal });
    const response = await getResponse([emulator.changeFeedHandler], request);
    const reader = response?.body?.getReader();
    await reader?.read();

    controller.abort();
    storeLead();
    await Promise.resolve();

    expect(await reader?.read()).toEqual({ done: true, value: undefined });
  });
});
