// @vitest-environment jsdom
import { type InfiniteData, QueryClient } from '@tanstack/react-query';
import { http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApiClient } from '@/lib/http';
import { EMULATOR_ORIGIN, emulator, server } from '../../mocks/node';
import { forbidden, serverError, tooManyRequests } from '../../mocks/problems';
import { advanceUntil, createManualClock, type ManualClock } from '../../tests/manual-clock';
import { readDeclineReasons } from './decline-reasons';
import type { IncomingLead, IncomingLeadPage, IncomingLeadSummary, LeadCategory } from './incoming-lead';
import { incomingLeadQueries } from './incoming-lead-queries';
import { fetchIncomingLeadSummary } from './summary-api';
import type { TriageAction, TriageOutcome, TriageRequest } from './triage';
import { acceptIncomingLead } from './triage-api';
import { createTriageOutbox, TRIAGE_OUTBOX_KEY, type TriageOutboxOptions } from './triage-outbox';

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
    listed(uid: string, categories?: LeadCategory[]) {
      const data = queryClient.getQueryData<InfiniteData<IncomingLeadPage>>(listQuery(categories).queryKey);
      return data?.pages.flatMap((page) => page.items).some((item) => item.uid === uid) ?? false;
    },
    positionIn(uid: string) {
      const data = queryClient.getQueryData<InfiniteData<IncomingLeadPage>>(listQuery().queryKey);
      const pageIndex = data?.pages.findIndex((page) => page.items.some((item) => item.uid === uid)) ?? -1;
      const itemIndex = data?.pages[pageIndex]?.items.findIndex((item) => item.uid === uid) ?? -1;
      return { pageIndex, itemIndex };
    },
    waiting(pipelineId?: number) {
      return queryClient.getQueryData<IncomingLead[]>(incomingLeadQueries.waiting(api, pipelineId).queryKey) ?? [];
    },
    summary() {
      return queryClient.getQueryData<IncomingLeadSummary>(incomingLeadQueries.summary(api).queryKey);
    },
  };
}

type Setup = ReturnType<typeof setup>;

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

async function settled(context: Setup, count = 1) {
  await until(context.clock, () => context.outcomes.length >= count);
  return context.outcomes;
}

async function inState(context: Setup, id: string, state: TriageAction['state']) {
  await until(context.clock, () => context.outbox.getSnapshot().find((action) => action.id === id)?.state === state);
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
    expect(window.localStorage.getItem(TRIAGE_OUTBOX_KEY)).toContain(lead.uid);

    const second = setup({ clock: first.clock });
    expect(second.outbox.getSnapshot()).toMatchObject([{ state: 'grace', lead: { uid: lead.uid } }]);
    expect(second.outbox.isHidden(lead.uid)).toBe(true);
    await second.queryClient.fetchInfiniteQuery({ ...incomingLeadQueries.list(second.api, {}), pages: 2 });
    expect(second.listed(lead.uid)).toBe(false);
    expect((await settled(second))[0]?.result).toBe('done');
    expect(serverState(lead.uid)).toBe('accepted');
    await vi.waitFor(() => expect(window.localStorage.getItem(TRIAGE_OUTBOX_KEY)).toBeNull());
  });

  it('sends again an action that was in flight when the page closed', async () => {
    const probe = setup();
    const lead = await waitingLead(probe);
    probe.outbox.dispose();
    const inFlight = { kind: 'accept', lead, id: 'a1', queuedAt: 1, sendAt: 1, state: 'sending', attempts: 1 };
    window.localStorage.setItem(TRIAGE_OUTBOX_KEY, JSON.stringify({ actions: [inFlight], batches: {} }));

    const context = setup();
    expect((await settled(context))[0]?.result).toBe('done');
    expect(serverState(lead.uid)).toBe('accepted');
  });

  it('starts empty over corrupt storage', () => {
    window.localStorage.setItem(TRIAGE_OUTBOX_KEY, '{"actions": [{"id": 1}], "batches": 5');
    expect(setup().outbox.getSnapshot()).toEqual([]);
    window.localStorage.setItem(TRIAGE_OUTBOX_KEY, '{"actions": [{"id": 1}], "batches": 5}');
    expect(setup().outbox.getSnapshot()).toEqual([]);
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
    context.outbox.enqueue([accept(lead)]);
    const stored = JSON.parse(window.localStorage.getItem(TRIAGE_OUTBOX_KEY) ?? '{}');
    expect(stored.actions).toMatchObject([{ kind: 'accept', state: 'grace', lead: { uid: lead.uid } }]);
  });
});
