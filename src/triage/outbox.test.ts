// @vitest-environment jsdom
import { type InfiniteData, QueryClient } from '@tanstack/react-query';
import { http } from 'msw';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import type { IncomingLead, IncomingLeadPage, IncomingLeadSummary, LeadCategory } from '@/incoming-leads/incoming-lead';
import { incomingLeadQueries } from '@/incoming-leads/incoming-lead-queries';
import { fetchIncomingLeadSummary } from '@/incoming-leads/summary-api';
import { createApiClient } from '@/lib/http';
import { EMULATOR_ORIGIN, emulator, server } from '../../mocks/runtimes/node';
import { forbidden, problem, serverError, tooManyRequests } from '../../mocks/wire/problems';
import { createBrowserLocks, createSharedStorage } from '../../tests/support/browser-tabs';
import { advanceUntil, createManualClock, type ManualClock } from '../../tests/support/manual-clock';
import { readDeclineReasons } from './decline-reasons';
import { createTriageOutbox } from './outbox';
import { actionKey } from './outbox-storage';
import type { TriageOutboxOptions } from './outbox-types';
import { summaryWithPending, withoutHidden } from './pending-overlay';
import { leaseSender, webLockSender } from './sender-election';
import type { TriageAction, TriageOutcome, TriageRequest } from './triage-action';
import { acceptIncomingLead } from './triage-api';

const disposers: (() => void)[] = [];
afterEach(() => {
  for (const dispose of disposers.splice(0)) dispose();
});

/**
 * An outbox over a fresh query client. It, its API client and the emulator share a clock that stands still until
 * the test moves it (pass a `clock` to go on in the same time); the client's own limit is lifted unless a test
 * hands in an `api` of its own.
 */
function setup(options: Partial<TriageOutboxOptions> & { clock?: ManualClock } = {}) {
  const clock = options.clock ?? createManualClock();
  emulator.setClock(clock);
  const api =
    options.api ?? createApiClient({ baseUrl: EMULATOR_ORIGIN, clock, requestsPerSecond: Number.POSITIVE_INFINITY });
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Number.POSITIVE_INFINITY } },
  });
  const outcomes: TriageOutcome[] = [];
  const outbox = createTriageOutbox({
    api,
    queryClient,
    storage: window.localStorage,
    graceMs: 50,
    rateLimitWait: { minMs: 50, maxMs: 200 },
    onOutcome: (outcome) => outcomes.push(outcome),
    ...options,
    clock,
  });
  disposers.push(() => {
    outbox.dispose();
    queryClient.clear();
  });
  const shown = <T extends IncomingLead>(leads: readonly T[]) => withoutHidden(leads, outbox.getOverlay());
  const listQuery = (categories?: LeadCategory[]) => incomingLeadQueries.list(api, { categories });
  return {
    api,
    clock,
    queryClient,
    outbox,
    outcomes,
    /** Loads the unfiltered list (two pages), a filtered list, both waiting sets and the summary. */
    async loadCaches(lead?: IncomingLead) {
      await queryClient.fetchInfiniteQuery({ ...listQuery(), pages: 2 });
      if (lead) {
        await queryClient.fetchInfiniteQuery(listQuery([lead.category]));
        await queryClient.fetchQuery(incomingLeadQueries.waiting(api, lead.pipelineId));
      }
      await queryClient.fetchQuery(incomingLeadQueries.waiting(api));
      await queryClient.fetchQuery(incomingLeadQueries.summary(api));
    },
    // What the views show: amoCRM's data in the cache, with the outbox's overlay laid over it.
    listed(uid: string, categories?: LeadCategory[]) {
      const data = queryClient.getQueryData<InfiniteData<IncomingLeadPage>>(listQuery(categories).queryKey);
      return data?.pages.some((page) => shown(page.items).some((item) => item.uid === uid)) ?? false;
    },
    positionIn(uid: string) {
      const data = queryClient.getQueryData<InfiniteData<IncomingLeadPage>>(listQuery().queryKey);
      const pages = data?.pages.map((page) => shown(page.items)) ?? [];
      const pageIndex = pages.findIndex((items) => items.some((item) => item.uid === uid));
      const itemIndex = pages[pageIndex]?.findIndex((item) => item.uid === uid) ?? -1;
      return { pageIndex, itemIndex };
    },
    waiting(pipelineId?: number) {
      return shown(
        queryClient.getQueryData<IncomingLead[]>(incomingLeadQueries.waiting(api, pipelineId).queryKey) ?? [],
      );
    },
    summary() {
      const { queryKey } = incomingLeadQueries.summary(api);
      const state = queryClient.getQueryState<IncomingLeadSummary>(queryKey);
      return state?.data && summaryWithPending(state.data, {}, outbox.getOverlay(), state.dataUpdatedAt);
    },
  };
}

type Setup = ReturnType<typeof setup>;

/** Every action the outbox has written to the page's storage. */
function storedActions(): TriageAction[] {
  return Object.keys(window.localStorage)
    .filter((key) => key.startsWith(actionKey('')))
    .map((key) => JSON.parse(window.localStorage.getItem(key) ?? 'null') as TriageAction);
}

const serverState = (uid: string) => emulator.db.incoming.get(uid)?.state;

/** A waiting lead from the second page, so page positions are exercised. */
async function waitingLead(context: Setup, category?: LeadCategory): Promise<IncomingLead> {
  const data = await context.queryClient.fetchInfiniteQuery({
    ...incomingLeadQueries.list(context.api, {}),
    pages: 2,
  });
  const leads = data.pages.flatMap((page) => page.items);
  const lead = category ? leads.find((item) => item.category === category) : data.pages[1]?.items[3];
  if (!lead) throw new Error('the emulator has no such incoming lead');
  return lead;
}

const accept = (lead: IncomingLead, extra: Partial<TriageRequest> = {}): TriageRequest =>
  ({ kind: 'accept', lead, ...extra }) as TriageRequest;

/** Lets time pass on the test's clock, 50 ms at a time, until `done` holds, as a user who waits would see it. */
function until(clock: ManualClock, done: () => boolean): Promise<void> {
  return advanceUntil(
    () => expect(done()).toBe(true),
    (ms) => clock.advance(ms),
    50,
  );
}

/** How many requests with this method reach a path ending in `suffix` from now on. */
function countRequests(method: string, suffix: string): () => number {
  let count = 0;
  const listener = ({ request }: { request: Request }) => {
    if (request.method === method && new URL(request.url).pathname.endsWith(suffix)) count += 1;
  };
  server.events.on('request:start', listener);
  onTestFinished(() => server.events.removeListener('request:start', listener));
  return () => count;
}

async function settled(context: Setup, count = 1) {
  await until(context.clock, () => context.outcomes.length >= count);
  return context.outcomes;
}

async function inState(context: Setup, id: string, state: TriageAction['state']) {
  await until(context.clock, () => context.outbox.getSnapshot().find((action) => action.id === id)?.state === state);
}

/** The accept reaches the account, and the answer the app gets is `answer` instead of amoCRM's. */
function landsButAnswers(lead: IncomingLead, context: Setup, answer: () => Response | Promise<Response>) {
  let landed = false;
  server.use(
    http.post('*/api/v4/leads/unsorted/:uid/accept', async () => {
      if (landed) return undefined; // the emulator's own handler, for the request made just below
      landed = true;
      await acceptIncomingLead(context.api, lead.uid);
      return answer();
    }),
  );
}

describe('triage outbox: the caches', () => {
  it('takes the lead out of every list, page and waiting set at once and counts it in the summary', async () => {
    const context = setup({ graceMs: 5000 });
    const lead = await waitingLead(context);
    await context.loadCaches(lead);
    const before = context.summary();
    const [action] = context.outbox.enqueue([accept(lead)]);

    expect(action?.state).toBe('grace');
    expect(context.listed(lead.uid)).toBe(false);
    expect(context.listed(lead.uid, [lead.category])).toBe(false);
    expect(context.waiting().some((item) => item.uid === lead.uid)).toBe(false);
    expect(context.waiting(lead.pipelineId).some((item) => item.uid === lead.uid)).toBe(false);
    expect(context.summary()).toMatchObject({
      total: before?.total,
      accepted: (before?.accepted ?? 0) + 1,
      waiting: (before?.waiting ?? 0) - 1,
    });
    expect(context.outbox.isHidden(lead.uid)).toBe(true);
  });

  it('sends nothing when undone inside the grace window, and puts the lead back where it was', async () => {
    const context = setup({ graceMs: 100 });
    const lead = await waitingLead(context);
    await context.loadCaches(lead);
    const position = context.positionIn(lead.uid);
    const waitingBefore = context.waiting().map((item) => item.uid);
    const summaryBefore = context.summary();
    const [action] = context.outbox.enqueue([accept(lead)]);

    expect(context.outbox.undo(action?.id ?? '')).toBe(true);
    await context.clock.advance(250);

    expect(serverState(lead.uid)).toBe('pending');
    expect(context.positionIn(lead.uid)).toEqual(position);
    expect(context.listed(lead.uid, [lead.category])).toBe(true);
    expect(context.waiting().map((item) => item.uid)).toEqual(waitingBefore);
    expect(context.summary()).toEqual(summaryBefore);
    expect(context.outbox.getSnapshot()).toEqual([]);
    expect(context.outcomes).toEqual([]);
  });

  it('does not let a refetch bring a pending lead back, and keeps counting it in a refetched summary', async () => {
    const context = setup({ graceMs: 5000 });
    const lead = await waitingLead(context);
    await context.loadCaches(lead);
    const serverSummary = context.summary();
    context.outbox.enqueue([accept(lead)]);

    await context.queryClient.refetchQueries({ queryKey: incomingLeadQueries.all() });

    expect(context.listed(lead.uid)).toBe(false);
    expect(context.listed(lead.uid, [lead.category])).toBe(false);
    expect(context.waiting().some((item) => item.uid === lead.uid)).toBe(false);
    expect(context.summary()?.accepted).toBe((serverSummary?.accepted ?? 0) + 1);
    expect(serverState(lead.uid)).toBe('pending');
  });

  it('keeps a lead out of a list that loads while its action is pending', async () => {
    const context = setup({ graceMs: 5000 });
    const lead = await waitingLead(context, 'chats');
    context.outbox.enqueue([accept(lead)]);
    await context.queryClient.fetchInfiniteQuery(incomingLeadQueries.list(context.api, { categories: ['chats'] }));
    expect(context.listed(lead.uid, ['chats'])).toBe(false);
  });

  it('gives the same snapshot until something changes', async () => {
    const context = setup({ graceMs: 5000 });
    const lead = await waitingLead(context);
    const first = context.outbox.getSnapshot();
    expect(context.outbox.getSnapshot()).toBe(first);
    context.outbox.enqueue([accept(lead)]);
    expect(context.outbox.getSnapshot()).not.toBe(first);
    expect(context.outbox.getSnapshot()).toBe(context.outbox.getSnapshot());
  });
});

describe('triage outbox: sending', () => {
  it('accepts after the grace window; the lead is gone on the server and counted there', async () => {
    const context = setup();
    const lead = await waitingLead(context);
    await context.loadCaches(lead);
    const before = await fetchIncomingLeadSummary(context.api);
    context.outbox.enqueue([accept(lead)]);

    const [outcome] = await settled(context);
    expect(outcome?.result).toBe('done');
    expect(serverState(lead.uid)).toBe('accepted');
    expect((await fetchIncomingLeadSummary(context.api)).accepted).toBe(before.accepted + 1);
    expect(context.outbox.getSnapshot()).toEqual([]);
    // The last action settling marks the lists stale, so they refetch without the lead.
    await vi.waitFor(() => expect(context.listed(lead.uid)).toBe(false));
    expect(context.queryClient.getQueryState(incomingLeadQueries.list(context.api, {}).queryKey)?.isInvalidated).toBe(
      true,
    );
  });

  it('declines and keeps the reason in this browser', async () => {
    const context = setup();
    const lead = await waitingLead(context);
    const before = await fetchIncomingLeadSummary(context.api);
    context.outbox.enqueue([{ kind: 'decline', lead, reason: 'spam' }]);

    expect((await settled(context))[0]?.result).toBe('done');
    expect(serverState(lead.uid)).toBe('declined');
    expect((await fetchIncomingLeadSummary(context.api)).declined).toBe(before.declined + 1);
    expect(readDeclineReasons(window.localStorage)).toMatchObject([
      { uid: lead.uid, reason: 'spam', category: lead.category, pipelineId: lead.pipelineId },
    ]);
  });

  it('links a chat to an existing lead', async () => {
    const context = setup();
    const lead = await waitingLead(context, 'chats');
    const target = [...emulator.db.incoming.values()].find((record) => record.state === 'accepted')?.lead_id;
    if (!target) throw new Error('the emulator has no accepted lead');
    context.outbox.enqueue([{ kind: 'link', lead, targetLeadId: target }]);

    expect((await settled(context))[0]?.result).toBe('done');
    expect(serverState(lead.uid)).toBe('linked');
  });

  it('sends two actions one after the other and refreshes the lists once, after the last', async () => {
    const context = setup();
    const data = await context.queryClient.fetchInfiniteQuery(incomingLeadQueries.list(context.api, {}));
    const [first, second] = data.pages[0]?.items ?? [];
    if (!first || !second) throw new Error('the emulator has too few incoming leads');
    const invalidate = vi.spyOn(context.queryClient, 'invalidateQueries');
    context.outbox.enqueue([accept(first)]);
    context.outbox.enqueue([{ kind: 'decline', lead: second }]);
    expect(context.listed(first.uid)).toBe(false);
    expect(context.listed(second.uid)).toBe(false);

    const outcomes = await settled(context, 2);
    expect(outcomes.map((outcome) => [outcome.action.lead.uid, outcome.result])).toEqual([
      [first.uid, 'done'],
      [second.uid, 'done'],
    ]);
    expect(serverState(first.uid)).toBe('accepted');
    expect(serverState(second.uid)).toBe('declined');
    expect(invalidate).toHaveBeenCalledTimes(1);
    expect(invalidate).toHaveBeenCalledWith({ queryKey: incomingLeadQueries.all() });
  });

  it('waits while offline, shows the action as queued, and sends it when the connection is back', async () => {
    let online = false;
    const context = setup({ graceMs: 0, isOnline: () => online });
    const lead = await waitingLead(context);
    const [action] = context.outbox.enqueue([accept(lead)]);
    await context.clock.advance(100);
    expect(context.outbox.getSnapshot()[0]?.state).toBe('queued');
    expect(serverState(lead.uid)).toBe('pending');

    online = true;
    window.dispatchEvent(new Event('online'));
    expect((await settled(context))[0]).toMatchObject({ result: 'done', action: { id: action?.id } });
  });
});

describe('triage outbox: failures', () => {
  it('puts the lead back without Retry when amoCRM rejects the stage', async () => {
    const context = setup();
    const lead = await waitingLead(context);
    await context.loadCaches(lead);
    const position = context.positionIn(lead.uid);
    const summaryBefore = context.summary();
    context.outbox.enqueue([accept(lead, { stageId: 142 })]);

    const [outcome] = await settled(context);
    expect(outcome).toMatchObject({ result: 'failed', failure: { canRetry: false } });
    expect(outcome?.result === 'failed' && outcome.failure.message).toContain('status_id');
    expect(context.positionIn(lead.uid)).toEqual(position);
    expect(context.waiting().some((item) => item.uid === lead.uid)).toBe(true);
    expect(context.summary()).toEqual(summaryBefore);
    expect(context.outbox.getSnapshot()[0]?.state).toBe('failed');
    expect(context.outbox.isHidden(lead.uid)).toBe(false);
  });

  it('keeps the action when the session has expired and sends it once the session is back', async () => {
    const context = setup({ graceMs: 0 });
    const data = await context.queryClient.fetchInfiniteQuery(incomingLeadQueries.list(context.api, {}));
    const [first, second] = data.pages[0]?.items ?? [];
    if (!first || !second) throw new Error('the emulator has too few incoming leads');
    emulator.setScenario('expired-token');
    const [one, two] = context.outbox.enqueue([accept(first), accept(second)]);
    await inState(context, one?.id ?? '', 'session-expired');
    await inState(context, two?.id ?? '', 'session-expired');
    expect(context.outcomes).toEqual([]);
    expect(context.listed(first.uid)).toBe(false);
    expect(context.outbox.isHidden(first.uid)).toBe(true);

    emulator.setScenario(null);
    context.outbox.resume();
    await settled(context, 2);
    expect(context.outcomes.map((outcome) => outcome.result)).toEqual(['done', 'done']);
    expect(serverState(first.uid)).toBe('accepted');
    expect(serverState(second.uid)).toBe('accepted');
  });

  it('says which right is missing when amoCRM answers 403, and puts the lead back', async () => {
    const context = setup();
    const lead = await waitingLead(context, 'chats');
    await context.loadCaches(lead);
    const target = [...emulator.db.incoming.values()].find((record) => record.state === 'accepted')?.lead_id ?? 0;
    emulator.setScenario('manager');
    context.outbox.enqueue([{ kind: 'link', lead, targetLeadId: target }]);

    expect((await settled(context))[0]).toMatchObject({
      result: 'failed',
      failure: { message: "You don't have the right to link incoming leads in amoCRM.", canRetry: false },
    });
    expect(context.listed(lead.uid)).toBe(true);
    expect(serverState(lead.uid)).toBe('pending');
  });

  it('says the same for a refused decline', async () => {
    server.use(http.delete('*/api/v4/leads/unsorted/:uid/decline', () => forbidden('Insufficient rights to decline')));
    const context = setup();
    const lead = await waitingLead(context);
    context.outbox.enqueue([{ kind: 'decline', lead }]);
    expect((await settled(context))[0]).toMatchObject({
      result: 'failed',
      failure: { message: "You don't have the right to decline incoming leads in amoCRM." },
    });
  });

  it.each([400, 404, 204] as const)(
    'reports a lead sorted by someone else (answered %i) and keeps it out of the inbox',
    async (answer) => {
      emulator.setQuirks({ alreadyProcessed: answer });
      const context = setup();
      const lead = await waitingLead(context);
      await context.loadCaches(lead);
      await acceptIncomingLead(context.api, lead.uid);
      context.outbox.enqueue([{ kind: 'decline', lead, reason: 'spam' }]);

      expect((await settled(context))[0]?.result).toBe('already-handled');
      expect(context.listed(lead.uid)).toBe(false);
      expect(context.outbox.getSnapshot()).toEqual([]);
      expect(serverState(lead.uid)).toBe('accepted');
      expect(readDeclineReasons(window.localStorage)).toEqual([]);
    },
  );

  it('waits and sends again on its own when amoCRM keeps answering 429', async () => {
    server.use(http.post('*/api/v4/leads/unsorted/:uid/accept', () => tooManyRequests('problem'), { once: true }));
    const context = setup();
    const lead = await waitingLead(context);
    const [action] = context.outbox.enqueue([accept(lead)]);

    await inState(context, action?.id ?? '', 'waiting-retry');
    expect(context.outbox.isHidden(lead.uid)).toBe(true);
    expect((await settled(context))[0]?.result).toBe('done');
    expect(serverState(lead.uid)).toBe('accepted');
  });

  it.each(['server-error', 'network-failure'] as const)(
    'puts the lead back with Retry on %s, and Retry sends it',
    async (scenario) => {
      const context = setup();
      const lead = await waitingLead(context);
      await context.loadCaches(lead);
      const position = context.positionIn(lead.uid);
      emulator.setScenario(scenario);
      const [action] = context.outbox.enqueue([accept(lead)]);

      const [outcome] = await settled(context);
      expect(outcome).toMatchObject({ result: 'failed', failure: { canRetry: true } });
      expect(context.positionIn(lead.uid)).toEqual(position);

      emulator.setScenario(null);
      context.outbox.retry(action?.id ?? '');
      expect(context.listed(lead.uid)).toBe(false);
      expect((await settled(context, 2))[1]?.result).toBe('done');
      expect(serverState(lead.uid)).toBe('accepted');
    },
  );

  it('counts a request that landed behind a gateway timeout (504) as done, not as sorted by someone else', async () => {
    const context = setup();
    const lead = await waitingLead(context);
    landsButAnswers(lead, context, () => problem(504, 'The amoCRM account did not answer within 30000 ms.'));
    context.outbox.enqueue([accept(lead)]);
    expect((await settled(context))[0]?.result).toBe('done');
    expect(serverState(lead.uid)).toBe('accepted');
  });

  it('asks amoCRM before Retry sends again a request that may have landed', async () => {
    const context = setup();
    const lead = await waitingLead(context);
    landsButAnswers(lead, context, () => Response.error());
    // Nor can the lead be looked at: whether the request landed stays unknown.
    server.use(http.get('*/api/v4/leads/unsorted/:uid', () => Response.error(), { once: true }));
    const posts = countRequests('POST', `/leads/unsorted/${lead.uid}/accept`);
    const [action] = context.outbox.enqueue([accept(lead)]);
    expect((await settled(context))[0]).toMatchObject({ result: 'failed', failure: { canRetry: true } });

    context.outbox.retry(action?.id ?? '');
    expect((await settled(context, 2))[1]?.result).toBe('done');
    expect(posts()).toBe(2); // the one that landed, and the emulator's own inside the handler
  });

  it('forgets a dismissed failure', async () => {
    const context = setup();
    const lead = await waitingLead(context);
    emulator.setScenario('server-error');
    const [action] = context.outbox.enqueue([accept(lead)]);
    await settled(context);
    context.outbox.dismiss(action?.id ?? '');
    expect(context.outbox.getSnapshot()).toEqual([]);
  });
});

describe('triage outbox: nothing lost', () => {
  it('sends an action a closed page left in the grace window', async () => {
    const first = setup({ graceMs: 150 });
    const lead = await waitingLead(first);
    first.outbox.enqueue([accept(lead)]);
    first.outbox.dispose();
    expect(storedActions()).toMatchObject([{ lead: { uid: lead.uid } }]);

    const second = setup({ clock: first.clock });
    expect(second.outbox.getSnapshot()).toMatchObject([{ state: 'grace', lead: { uid: lead.uid } }]);
    expect(second.outbox.isHidden(lead.uid)).toBe(true);
    await second.queryClient.fetchInfiniteQuery({ ...incomingLeadQueries.list(second.api, {}), pages: 2 });
    expect(second.listed(lead.uid)).toBe(false);
    expect((await settled(second))[0]?.result).toBe('done');
    expect(serverState(lead.uid)).toBe('accepted');
    expect(storedActions()).toEqual([]);
  });

  it('sends again an action that was in flight when the page closed', async () => {
    const probe = setup();
    const lead = await waitingLead(probe);
    probe.outbox.dispose();
    const inFlight = { kind: 'accept', lead, id: 'a1', queuedAt: 1, sendAt: 1, state: 'sending', attempts: 1 };
    window.localStorage.setItem(actionKey('a1'), JSON.stringify({ ...inFlight, sender: 'closed-tab' }));

    const context = setup();
    expect((await settled(context))[0]?.result).toBe('done');
    expect(serverState(lead.uid)).toBe('accepted');
  });

  it('does not send twice a request that landed although the page closed before its answer', async () => {
    const probe = setup();
    const lead = await waitingLead(probe);
    probe.outbox.dispose();
    await acceptIncomingLead(probe.api, lead.uid);
    const inFlight = { kind: 'accept', lead, id: 'a2', queuedAt: 1, sendAt: 1, state: 'sending', attempts: 1 };
    window.localStorage.setItem(actionKey('a2'), JSON.stringify({ ...inFlight, sender: 'closed-tab' }));
    const posts = countRequests('POST', `/leads/unsorted/${lead.uid}/accept`);

    const context = setup();
    expect((await settled(context))[0]?.result).toBe('done');
    expect(posts()).toBe(0);
  });

  it('sends what an older version left under its single key', async () => {
    const probe = setup();
    const lead = await waitingLead(probe);
    probe.outbox.dispose();
    const left = { kind: 'accept', lead, id: 'old', queuedAt: 1, sendAt: 1, state: 'grace', attempts: 0 };
    window.localStorage.setItem('incoming-leads-triage.outbox.v1', JSON.stringify({ actions: [left], batches: {} }));

    const context = setup();
    expect(context.outbox.getSnapshot()).toMatchObject([{ id: 'old' }]);
    expect(window.localStorage.getItem('incoming-leads-triage.outbox.v1')).toBeNull();
    expect((await settled(context))[0]?.result).toBe('done');
    expect(serverState(lead.uid)).toBe('accepted');
  });

  it('starts empty over corrupt storage, and clears it', () => {
    window.localStorage.setItem(actionKey('x'), '{"id": "x", "kind": "accept"');
    window.localStorage.setItem(actionKey('y'), '{"id": "y", "kind": "accept"}');
    window.localStorage.setItem('incoming-leads-triage.outbox.v1', '{"actions": [{"id": 1}], "batches": 5}');
    expect(setup().outbox.getSnapshot()).toEqual([]);
    expect(storedActions()).toEqual([]);
  });
});

describe('triage outbox: bulk', () => {
  it('accepts 100 leads one at a time without a 429, and reports each one', async () => {
    // amoCRM's own limit on both sides, on one clock: 100 requests sent without the client's limiter draw 429s.
    emulator.setQuirks({ rateLimitPerSecond: 7 });
    const clock = createManualClock();
    const api = createApiClient({ baseUrl: EMULATOR_ORIGIN, clock, requestsPerSecond: 7 });
    const context = setup({ api, clock, graceMs: 0 });
    const data = await context.queryClient.fetchInfiniteQuery({
      ...incomingLeadQueries.list(api, {}),
      pages: 2,
    });
    const leads = data.pages.flatMap((page) => page.items).slice(0, 100);
    const failing = new Set(leads.filter((_, index) => index % 10 === 3).map((lead) => lead.uid));
    const taken = leads[50];
    if (!taken) throw new Error('the emulator has too few incoming leads');
    await acceptIncomingLead(api, taken.uid);
    server.use(
      http.post('*/api/v4/leads/unsorted/:uid/accept', ({ params }) =>
        failing.has(String(params.uid)) ? serverError('legacy', 'trace') : undefined,
      ),
    );
    let tooMany = 0;
    const count = ({ response }: { response: Response }) => {
      if (response.status === 429) tooMany += 1;
    };
    server.events.on('response:mocked', count);

    context.outbox.enqueue(
      leads.map((lead) => accept(lead)),
      { batchId: 'bulk-1', graceMs: 0 },
    );
    expect(leads.some((lead) => context.listed(lead.uid))).toBe(false);
    expect(context.outbox.getBatchResults('bulk-1').pending).toBe(100);

    await until(clock, () => context.outbox.getBatchResults('bulk-1').pending === 0);
    server.events.removeListener('response:mocked', count);
    const results = context.outbox.getBatchResults('bulk-1');
    expect(results.done).toHaveLength(89);
    expect(results.alreadyHandled).toEqual([taken.uid]);
    expect(results.failed.map((item) => item.uid).sort()).toEqual([...failing].sort());
    expect(results.failed[0]?.message).toBe('amoCRM answered with a server error (500). Try again.');
    expect(tooMany).toBe(0);
    expect(context.outbox.getBatchResults('bulk-1')).toBe(results);
    // Failed leads are back in the list, ready for Retry.
    for (const uid of failing) expect(context.outbox.isHidden(uid)).toBe(false);
  });

  it('cancels what a bulk run has not sent yet and puts those leads back', async () => {
    const context = setup({ graceMs: 0 });
    const data = await context.queryClient.fetchInfiniteQuery(incomingLeadQueries.list(context.api, {}));
    const leads = data.pages[0]?.items.slice(0, 10) ?? [];
    context.outbox.enqueue(
      leads.map((lead) => ({ kind: 'decline', lead }) as const),
      { batchId: 'bulk-2' },
    );
    context.outbox.cancelBatch('bulk-2');

    await until(context.clock, () => context.outbox.getBatchResults('bulk-2').pending === 0);
    const results = context.outbox.getBatchResults('bulk-2');
    expect(results.done).toHaveLength(1);
    expect(results.cancelled).toHaveLength(9);
    for (const uid of results.cancelled) {
      expect(context.listed(uid)).toBe(true);
      expect(serverState(uid)).toBe('pending');
    }
  });
});

describe('triage outbox: storage', () => {
  it('keeps working in memory when storage refuses to write, and says it is not persistent', async () => {
    const full = {
      length: 0,
      key: () => null,
      getItem: () => null,
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
      removeItem: () => {},
    };
    const context = setup({ storage: full });
    const lead = await waitingLead(context);
    expect(context.outbox.isPersistent()).toBe(true);

    context.outbox.enqueue([accept(lead)]);
    expect(context.outbox.isPersistent()).toBe(false);
    expect(context.outbox.isHidden(lead.uid)).toBe(true);
    expect((await settled(context))[0]?.result).toBe('done');
    expect(serverState(lead.uid)).toBe('accepted');
  });

  it('writes each change, with the lead, under its key', async () => {
    const context = setup({ graceMs: 5000 });
    const lead = await waitingLead(context);
    const [action] = context.outbox.enqueue([accept(lead)]);
    const stored = JSON.parse(window.localStorage.getItem(actionKey(action?.id ?? '')) ?? 'null');
    expect(stored).toMatchObject({ kind: 'accept', state: 'grace', lead: { uid: lead.uid } });
  });
});

describe('triage outbox: two tabs of one browser', () => {
  /** A tab over the browser's shared storage and locks; `clock` keeps every tab in the same time. */
  function openTab(
    browser: ReturnType<typeof createSharedStorage>,
    locks: ReturnType<typeof createBrowserLocks> | null,
    options: Partial<TriageOutboxOptions> & { clock?: ManualClock } = {},
  ) {
    const view = browser.tab();
    const clock = options.clock ?? createManualClock();
    const tab = setup({
      graceMs: 5000,
      storage: view.storage,
      storageEvents: view.storageEvents,
      sender: locks ? webLockSender(locks) : leaseSender({ storage: view.storage, clock, tab: newTabId() }),
      ...options,
      clock,
    });
    return {
      ...tab,
      close() {
        tab.outbox.dispose();
        view.close();
      },
    };
  }
  let tabs = 0;
  const newTabId = () => `tab-${++tabs}`;
  /** Lets the other tabs hear the latest writes, as the browser's storage events arrive as tasks of their own. */
  const heard = () => new Promise((resolve) => globalThis.setTimeout(resolve, 0));

  async function twoWaitingLeads(context: Setup): Promise<[IncomingLead, IncomingLead]> {
    const data = await context.queryClient.fetchInfiniteQuery({ ...incomingLeadQueries.list(context.api, {}) });
    const [x, y] = data.pages.flatMap((page) => page.items);
    if (!x || !y) throw new Error('the emulator has fewer than two incoming leads');
    return [x, y];
  }

  it.each([
    ['Web Locks', true],
    ['a lease in storage (no Web Locks)', false],
  ])('sends each tab’s action exactly once when one tab reloads inside the undo window (%s)', async (_, withLocks) => {
    const browser = createSharedStorage();
    const locks = withLocks ? createBrowserLocks() : null;
    const a = openTab(browser, locks);
    const b = openTab(browser, locks, { clock: a.clock });
    const [x, y] = await twoWaitingLeads(a);
    const postsX = countRequests('POST', `/leads/unsorted/${x.uid}/accept`);
    const postsY = countRequests('POST', `/leads/unsorted/${y.uid}/accept`);

    a.outbox.enqueue([accept(x)]);
    await a.clock.advance(1000);
    b.outbox.enqueue([accept(y)]);
    await a.clock.advance(1000);
    a.close();
    const reloaded = openTab(browser, locks, { clock: a.clock });

    await until(a.clock, () => serverState(x.uid) === 'accepted' && serverState(y.uid) === 'accepted');
    await until(a.clock, () => b.outbox.getSnapshot().length === 0 && reloaded.outbox.getSnapshot().length === 0);
    expect([postsX(), postsY()]).toEqual([1, 1]);
    const results = [...b.outcomes, ...reloaded.outcomes].filter((outcome) => !outcome.elsewhere);
    expect(results.map((outcome) => [outcome.action.lead.uid, outcome.result]).sort()).toEqual(
      [
        [x.uid, 'done'],
        [y.uid, 'done'],
      ].sort(),
    );
  });

  it('shows an action taken in another tab at once, and Undo there puts the lead back in both', async () => {
    const browser = createSharedStorage();
    const locks = createBrowserLocks();
    const a = openTab(browser, locks);
    const b = openTab(browser, locks, { clock: a.clock });
    const lead = await waitingLead(a);
    await a.loadCaches(lead);
    await b.loadCaches(lead);
    const position = a.positionIn(lead.uid);

    const [action] = b.outbox.enqueue([accept(lead)]);
    await heard();
    expect(a.outbox.getSnapshot()).toMatchObject([{ id: action?.id, state: 'grace' }]);
    expect(a.listed(lead.uid)).toBe(false);
    expect(a.waiting().some((item) => item.uid === lead.uid)).toBe(false);

    expect(a.outbox.undo(action?.id ?? '')).toBe(true);
    await heard();
    expect(b.outbox.getSnapshot()).toEqual([]);
    expect(a.positionIn(lead.uid)).toEqual(position);
    expect(b.positionIn(lead.uid)).toEqual(position);
    await a.clock.advance(6000);
    expect(serverState(lead.uid)).toBe('pending');
  });

  it('lets only one tab send, and tells every tab how the action ended', async () => {
    const browser = createSharedStorage();
    const locks = createBrowserLocks();
    const a = openTab(browser, locks, { graceMs: 50 });
    const b = openTab(browser, locks, { clock: a.clock, graceMs: 50 });
    const [x, y] = await twoWaitingLeads(a);
    const posts = countRequests('POST', '/accept');

    a.outbox.enqueue([accept(x)]);
    b.outbox.enqueue([accept(y)]);
    await until(a.clock, () => a.outcomes.length === 2 && b.outcomes.length === 2);

    expect(posts()).toBe(2);
    const sentBy = (tab: Setup) => tab.outcomes.filter((outcome) => !outcome.elsewhere).length;
    expect([sentBy(a), sentBy(b)].sort()).toEqual([0, 2]);
    expect(b.outcomes.map((outcome) => outcome.result)).toEqual(['done', 'done']);
  });

  it('takes over a request the sending tab left unanswered when it closed, and does not send it twice', async () => {
    const browser = createSharedStorage();
    const locks = createBrowserLocks();
    const a = openTab(browser, locks, { graceMs: 50 });
    const b = openTab(browser, locks, { clock: a.clock, graceMs: 50 });
    const lead = await waitingLead(a);
    // The request reaches amoCRM, and the tab closes before the answer comes back.
    landsButAnswers(lead, a, () => new Promise<never>(() => {}));
    const posts = countRequests('POST', `/leads/unsorted/${lead.uid}/accept`);
    const [action] = a.outbox.enqueue([accept(lead)]);
    await inState(a, action?.id ?? '', 'sending');
    await until(a.clock, () => serverState(lead.uid) === 'accepted');
    await heard();
    expect(b.outbox.getSnapshot()).toMatchObject([{ state: 'sending' }]);

    a.close();
    await until(a.clock, () => b.outcomes.length === 1);
    expect(b.outcomes[0]).toMatchObject({ result: 'done', action: { id: action?.id } });
    expect(posts()).toBe(2); // the one that landed, and the emulator's own inside the handler
    expect(b.outbox.getSnapshot()).toEqual([]);
  });

  it('counts a bulk run the same in every tab, and a tab can cancel what another tab started', async () => {
    const browser = createSharedStorage();
    const locks = createBrowserLocks();
    // Two requests a second, so the run is still going when the other tab cancels it.
    const clock = createManualClock();
    const api = createApiClient({ baseUrl: EMULATOR_ORIGIN, clock, requestsPerSecond: 2 });
    const a = openTab(browser, locks, { clock, api, graceMs: 0 });
    const b = openTab(browser, locks, { clock, api, graceMs: 0 });
    const data = await a.queryClient.fetchInfiniteQuery({ ...incomingLeadQueries.list(a.api, {}) });
    const leads = data.pages.flatMap((page) => page.items).slice(0, 6);
    a.outbox.enqueue(
      leads.map((lead) => accept(lead)),
      { batchId: 'bulk-tabs', graceMs: 0 },
    );
    await until(a.clock, () => a.outbox.getBatchResults('bulk-tabs').done.length >= 2);
    await heard();
    b.outbox.cancelBatch('bulk-tabs');
    await until(a.clock, () => a.outbox.getBatchResults('bulk-tabs').pending === 0);
    await heard();

    const inA = a.outbox.getBatchResults('bulk-tabs');
    expect(b.outbox.getBatchResults('bulk-tabs')).toEqual(inA);
    expect(inA.done.length + inA.cancelled.length).toBe(6);
    expect(inA.cancelled.length).toBeGreaterThan(0);
    for (const uid of inA.cancelled) expect(serverState(uid)).toBe('pending');
    for (const uid of inA.done) expect(serverState(uid)).toBe('accepted');
  });
});
