import type { ChangeFeedWireEvent, SortedHow } from '@/incoming-leads/change-feed';
import { INCOMING_LEADS_PATH, MAX_PAGE_SIZE } from '@/incoming-leads/incoming-leads-api';
import { isAbortError } from '@/lib/api-error';
import { type Clock, sleep, systemClock } from '@/lib/clock';
import type { ApiClient } from '@/lib/http';
import { isRecord } from '@/lib/lenient-schemas';
import type { UserNames } from './user-names';
import { toWaitingEntry, type WaitingEntry, type WaitingSet } from './waiting-set';

export interface WaitingPollerOptions {
  api: ApiClient;
  set: WaitingSet;
  publish: (event: ChangeFeedWireEvent) => void;
  names: UserNames;
  /** The team's budget; polling keeps to a third of it. */
  requestsPerSecond: number;
  /** How often the newest leads are looked at: the longest a new arrival waits to be seen. */
  headIntervalMs?: number;
  clock?: Clock;
  log?: (line: string) => void;
}

/** Gone leads are checked for again in batches this large (the uids go into the query string). */
const RECHECK_BATCH = 50;
/** An answer asked for before a lead was sorted may still list it; it is not taken back in for this long. */
const TOMBSTONE_MS = 10 * 60 * 1000;
const MAX_PAGES = 100;
const MAX_BACKOFF_MS = 60_000;

function itemsOf(body: unknown): unknown[] {
  if (!isRecord(body) || !isRecord(body._embedded) || !Array.isArray(body._embedded.unsorted)) return [];
  return body._embedded.unsorted;
}

function entriesOf(body: unknown): WaitingEntry[] {
  return itemsOf(body).flatMap((item) => toWaitingEntry(item) ?? []);
}

/**
 * Keeps the server's copy of the account's waiting set, for the whole team. Two kinds of look:
 * - the head: page one, newest first, every `headIntervalMs`: new arrivals are seen within that, whatever the size;
 * - the sweep: every page, oldest first, as often as a third of the budget allows (every look at the head when the
 *   set is small): it finds the leads sorted elsewhere, which are checked once more by uid before they are let go.
 * Actions made through the server take their lead out at once (`sorted`).
 */
export function createWaitingPoller(options: WaitingPollerOptions) {
  const { api, set, publish, names, requestsPerSecond, headIntervalMs = 5000, clock = systemClock } = options;
  const log = options.log ?? (() => {});
  const firstSeen = new Map<string, number>();
  const tombstones = new Map<string, number>();
  const stopping = new AbortController();
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  let isReady = false;

  /** Pages a full sweep takes (one more when the last page is full: amoCRM then answers a 204). */
  function sweepPages(): number {
    return Math.floor(set.size / MAX_PAGE_SIZE) + 1;
  }

  /** The sweep's interval: as often as the head when that fits in a third of the budget, else what the budget allows. */
  function sweepIntervalMs(): number {
    const share = requestsPerSecond / 3;
    const pages = sweepPages();
    if ((pages / share) * 1000 <= headIntervalMs) return headIntervalMs;
    const sweepShare = share - 1000 / headIntervalMs;
    return Math.ceil((pages / sweepShare) * 1000);
  }

  function isTombstoned(uid: string, askedAt: number): boolean {
    const removedAt = tombstones.get(uid);
    return removedAt !== undefined && removedAt >= askedAt;
  }

  function pruneTombstones() {
    const oldest = clock.now() - TOMBSTONE_MS;
    for (const [uid, removedAt] of tombstones) if (removedAt < oldest) tombstones.delete(uid);
  }

  async function page(number: number, direction: 'asc' | 'desc'): Promise<unknown> {
    const query = { page: number, limit: MAX_PAGE_SIZE, order: { created_at: direction } };
    return api.get(INCOMING_LEADS_PATH, { query, background: true, signal: stopping.signal });
  }

  /** Takes in new leads; returns amoCRM's items of those the set did not have. */
  function takeIn(entries: WaitingEntry[], askedAt: number): Record<string, unknown>[] {
    const arrived: Record<string, unknown>[] = [];
    for (const entry of entries) {
      if (isTombstoned(entry.uid, askedAt)) continue;
      if (set.put(entry)) {
        firstSeen.set(entry.uid, clock.now());
        arrived.push(entry.item);
      }
    }
    return arrived;
  }

  function announceArrivals(items: Record<string, unknown>[]) {
    for (let start = 0; start < items.length; start += MAX_PAGE_SIZE) {
      publish({ type: 'arrived', leads: items.slice(start, start + MAX_PAGE_SIZE) });
    }
  }

  function letGo(uids: string[], how: SortedHow | null, by: string | null) {
    const removed = set.remove(uids);
    for (const uid of uids) {
      firstSeen.delete(uid);
      tombstones.set(uid, clock.now());
    }
    // Sorted through the server: say so even when the set had not seen the lead yet, someone may have it open.
    const told = how === null ? removed : uids;
    if (told.length > 0) publish({ type: 'left', uids: told, how, by, at: clock.now() });
  }

  async function lookAtHead(): Promise<void> {
    const askedAt = clock.now();
    const arrived: Record<string, unknown>[] = [];
    for (let number = 1; number <= MAX_PAGES; number++) {
      const entries = entriesOf(await page(number, 'desc'));
      const fresh = takeIn(entries, askedAt);
      arrived.push(...fresh);
      // A page of nothing but new leads: more may follow on the next one.
      if (entries.length < MAX_PAGE_SIZE || fresh.length < entries.length) break;
    }
    announceArrivals(arrived);
  }

  /** The uids of `uids` amoCRM still lists as waiting. */
  async function stillWaiting(uids: string[]): Promise<Set<string>> {
    const waiting = new Set<string>();
    for (let start = 0; start < uids.length; start += RECHECK_BATCH) {
      const batch = uids.slice(start, start + RECHECK_BATCH);
      const query = { limit: MAX_PAGE_SIZE, filter: { uid: batch } };
      const body = await api.get(INCOMING_LEADS_PATH, { query, background: true, signal: stopping.signal });
      for (const entry of entriesOf(body)) waiting.add(entry.uid);
    }
    return waiting;
  }

  async function sweep({ announce }: { announce: boolean }): Promise<void> {
    const startedAt = clock.now();
    const seen = new Map<string, WaitingEntry>();
    for (let number = 1; number <= MAX_PAGES; number++) {
      const entries = entriesOf(await page(number, 'asc'));
      for (const entry of entries) seen.set(entry.uid, entry);
      if (entries.length < MAX_PAGE_SIZE) break;
    }
    const arrived = takeIn([...seen.values()], startedAt);
    // Pages shift while they are read (leads sorted meanwhile move the rest up): a lead missing from the sweep is
    // asked about by uid before it is called gone.
    const missing = set.uids().filter((uid) => !seen.has(uid) && (firstSeen.get(uid) ?? 0) < startedAt);
    const kept = missing.length > 0 ? await stillWaiting(missing) : new Set<string>();
    const gone = missing.filter((uid) => !kept.has(uid) && set.has(uid));
    if (announce) announceArrivals(arrived);
    if (gone.length > 0) letGo(gone, null, null);
    pruneTombstones();
  }

  async function run(): Promise<void> {
    const { signal } = stopping;
    let failures = 0;
    let nextSweepAt = 0;
    while (!signal.aborted) {
      try {
        if (!isReady || clock.now() >= nextSweepAt) {
          const startedAt = clock.now();
          void names.refresh();
          await sweep({ announce: isReady });
          nextSweepAt = startedAt + sweepIntervalMs();
          if (!isReady) {
            isReady = true;
            markReady();
            log(`Team inbox: ${set.size} incoming leads waiting; a sweep every ${sweepIntervalMs() / 1000} s.`);
          }
        } else {
          await lookAtHead();
        }
        failures = 0;
        await sleep(clock, Math.min(headIntervalMs, Math.max(0, nextSweepAt - clock.now())), signal);
      } catch (error) {
        if (signal.aborted || isAbortError(error)) return;
        failures += 1;
        const backoff = Math.min(MAX_BACKOFF_MS, headIntervalMs * 2 ** (failures - 1));
        log(`Team inbox: reading the waiting set failed (${String(error)}); trying again in ${backoff / 1000} s.`);
        await sleep(clock, backoff, signal).catch(() => {});
      }
    }
  }

  return {
    start(): void {
      void run();
    },
    stop(): void {
      stopping.abort();
    },
    /** Resolves once the first sweep has the whole set. */
    ready: () => ready,
    get isReady() {
      return isReady;
    },
    intervals() {
      return { pollSeconds: headIntervalMs / 1000, sweepSeconds: sweepIntervalMs() / 1000 };
    },
    /** An accept, decline or link made through the server: the lead leaves every inbox now. */
    sorted(uid: string, how: SortedHow, userId: number | null): void {
      letGo([uid], how, names.nameOf(userId));
    },
  };
}

export type WaitingPoller = ReturnType<typeof createWaitingPoller>;
