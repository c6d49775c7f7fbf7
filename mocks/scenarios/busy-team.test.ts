// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { openChangeFeed, type ReceivedEvent } from '../../tests/support/change-feed-reader';
import { createManualClock } from '../../tests/support/manual-clock';
import { ADMIN_USER_ID } from '../account/user-catalog';
import { emulator } from '../runtimes/node';
import { ARRIVAL_SECONDS, SORT_SECONDS } from './busy-team';

const START = Date.UTC(2026, 4, 25, 12);
const TEN_MINUTES = 10 * 60_000;

function startBusyTeam() {
  const clock = createManualClock(START);
  emulator.setClock(clock);
  emulator.setScenario('busy-team');
  return clock;
}

/** Arrivals and sorts so far, counted in the account, so a test knows how many events to wait for. */
function changesSoFar(): number {
  const records = [...emulator.db.incoming.values()];
  return records.length + records.filter((r) => r.state !== 'pending').length;
}

/** Lets ten minutes pass with the team at work; returns every event the feed sent meanwhile, hello first. */
async function tenBusyMinutes(): Promise<ReceivedEvent[]> {
  const clock = startBusyTeam();
  const feed = await openChangeFeed();
  await feed.upTo(1);
  const before = changesSoFar();
  await clock.advance(TEN_MINUTES);
  return feed.upTo(1 + changesSoFar() - before);
}

const gaps = (times: number[], from: number): number[] => times.map((time, i) => time - (times[i - 1] ?? from));

const ofType = <T extends 'arrived' | 'left'>(events: ReceivedEvent[], type: T) =>
  events.flatMap((e) => (e.event?.type === type ? [e.event as Extract<typeof e.event, { type: T }>] : []));

describe('the busy-team scenario', () => {
  it('brings a new incoming lead of a random channel every 15 to 30 seconds', async () => {
    const arrivals = ofType(await tenBusyMinutes(), 'arrived');
    const leads = arrivals.flatMap((event) => event.leads);
    expect(arrivals.every((event) => event.leads.length === 1)).toBe(true);
    expect(leads.length).toBeGreaterThanOrEqual(TEN_MINUTES / 1000 / ARRIVAL_SECONDS[1]);
    for (const gap of gaps(
      leads.map((lead) => (lead.createdAt ?? 0) / 1000),
      START / 1000,
    )) {
      expect(gap).toBeGreaterThanOrEqual(ARRIVAL_SECONDS[0]);
      expect(gap).toBeLessThanOrEqual(ARRIVAL_SECONDS[1]);
    }
    expect(new Set(leads.map((lead) => lead.category)).size).toBeGreaterThan(2);
  });

  it('has colleagues accept or decline a waiting lead every 20 to 45 seconds, named in the feed', async () => {
    const sorts = ofType(await tenBusyMinutes(), 'left');
    const colleagues = emulator.db.users.filter((user) => user.id !== ADMIN_USER_ID).map((user) => user.name);
    expect(sorts.length).toBeGreaterThanOrEqual(TEN_MINUTES / 1000 / SORT_SECONDS[1]);
    for (const gap of gaps(
      sorts.map((sort) => sort.at),
      START,
    )) {
      expect(gap).toBeGreaterThanOrEqual(SORT_SECONDS[0] * 1000);
      expect(gap).toBeLessThanOrEqual(SORT_SECONDS[1] * 1000);
    }
    expect(new Set(sorts.map((sort) => sort.how))).toEqual(new Set(['accepted', 'declined']));
    for (const sort of sorts) {
      expect(colleagues).toContain(sort.by);
      const record = emulator.db.incoming.get(sort.uids[0] ?? '');
      expect(record?.state).toBe(sort.how);
      expect(emulator.db.users.find((user) => user.id === record?.sorted_by)?.name).toBe(sort.by);
    }
  });

  it('stops its timers when the scenario changes or the emulator is reset', () => {
    const clock = startBusyTeam();
    expect(clock.pending()).toBe(2);

    emulator.setScenario(null);
    expect(clock.pending()).toBe(0);

    emulator.setScenario('busy-team');
    expect(clock.pending()).toBe(2);
    emulator.reset();
    expect(clock.pending()).toBe(0);
  });
});
