import { type HttpHandler, HttpResponse, http } from 'msw';
import { CHANGE_FEED_PATH, type ChangeFeedWireEvent, formatChangeFeedEvent } from '@/incoming-leads/change-feed';
import { type ChangeSubscription, createChangeHub, type EmulatorChange } from '../account/account-changes';
import { findUser } from '../account/db';
import type { IncomingLeadRecord } from '../account/records';
import type { EmulatorState } from '../emulator-state';
import { incomingItem } from '../wire/serializers';

/*
 * The team server's change feed, as the demo and the tests get it from the emulator: amoCRM has no such
 * endpoint, so the standalone server does not serve it. The emulator tells what arrived and what left; this
 * handler numbers the events, keeps the latest for inboxes that reconnect, and writes them as text/event-stream.
 */

const HELLO: ChangeFeedWireEvent = { type: 'hello', pollSeconds: 5, sweepSeconds: 5 };
const RESET: ChangeFeedWireEvent = { type: 'reset' };
/** Events kept for an inbox that reconnects with `Last-Event-ID`; one that missed more starts afresh. */
export const KEPT_EVENTS = 1000;

/** A numbered event; arrivals are written with the links of the origin each inbox asked on, as the list is. */
interface FeedEntry {
  seq: number;
  wire(origin: string): ChangeFeedWireEvent;
}

/** Numbered events as they are logged, and `reset` when the account is swapped. */
interface FeedLog extends ChangeSubscription<FeedEntry | 'reset'> {
  /** The events after `lastEventId`, or null when this feed cannot tell (another run, or too long ago). */
  after(lastEventId: string): FeedEntry[] | null;
  idOf(entry: FeedEntry): string;
}

/** Ids are `<epoch>.<seq>`; a fresh epoch per emulator and per account swap makes older ids unknown. */
const newEpoch = (): string => crypto.randomUUID().slice(0, 8);

function createFeedLog(state: EmulatorState): FeedLog {
  let epoch = newEpoch();
  let seq = 0;
  let entries: FeedEntry[] = [];
  // Leads stored by one request (or in one turn of the event loop) arrive in one event.
  let arriving: IncomingLeadRecord[] = [];
  const feeds = createChangeHub<FeedEntry | 'reset'>();
  const append = (wire: FeedEntry['wire']) => {
    const entry = { seq: ++seq, wire };
    entries.push(entry);
    if (entries.length > KEPT_EVENTS) entries = entries.slice(-KEPT_EVENTS);
    feeds.emit(entry);
  };
  const flushArrivals = () => {
    if (arriving.length === 0) return;
    const records = arriving;
    arriving = [];
    append((origin) => ({ type: 'arrived', leads: records.map((record) => incomingItem(origin, record)) }));
  };
  const onChange = (change: EmulatorChange) => {
    switch (change.type) {
      case 'arrived':
        if (arriving.length === 0) queueMicrotask(flushArrivals);
        // As the lead was when it arrived, whatever happens to it before an inbox reads the event.
        arriving.push(structuredClone(change.record));
        return;
      case 'left': {
        flushArrivals();
        const event: ChangeFeedWireEvent = {
          type: 'left',
          uids: [change.record.uid],
          how: change.how,
          by: findUser(state.db, change.byUserId)?.name ?? null,
          at: state.now(),
        };
        append(() => event);
        return;
      }
      case 'replaced':
        epoch = newEpoch();
        seq = 0;
        entries = [];
        arriving = [];
        feeds.emit('reset');
    }
  };
  state.changes.subscribe(onChange);
  return {
    after(lastEventId) {
      const [idEpoch, idSeq] = lastEventId.trim().split('.');
      const after = Number(idSeq);
      const oldestKept = entries[0]?.seq ?? seq + 1;
      if (idEpoch !== epoch || !Number.isInteger(after) || after > seq || after < oldestKept - 1) return null;
      return entries.filter((entry) => entry.seq > after);
    },
    idOf: (entry) => `${epoch}.${entry.seq}`,
    subscribe: feeds.subscribe,
  };
}

const encoder = new TextEncoder();

function openFeed(state: EmulatorState, log: FeedLog, request: Request): Response {
  const origin = state.quirks.linksHost ?? new URL(request.url).origin;
  const lastEventId = request.headers.get('Last-Event-ID');
  let close = () => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      // A feed that cannot be written to any more is closed; the change that was being told goes on regardless.
      const send = (event: ChangeFeedWireEvent, id?: string) => {
        try {
          controller.enqueue(encoder.encode(formatChangeFeedEvent(event, id)));
        } catch {
          close();
        }
      };
      const sendEntry = (entry: FeedEntry | 'reset') =>
        entry === 'reset' ? send(RESET) : send(entry.wire(origin), log.idOf(entry));
      send(HELLO);
      const missed = lastEventId === null ? [] : log.after(lastEventId);
      if (missed === null) send(RESET);
      else for (const entry of missed) sendEntry(entry);
      const unsubscribe = log.subscribe(sendEntry);
      close = () => {
        unsubscribe();
        request.signal.removeEventListener('abort', close);
        try {
          controller.close();
        } catch {
          // Already closed or cancelled by the reader.
        }
      };
      if (request.signal.aborted) close();
      else request.signal.addEventListener('abort', close, { once: true });
    },
    cancel() {
      close();
    },
  });
  return new HttpResponse(body, {
    headers: { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache' },
  });
}

/** `GET <base>/team/feed`, under whatever prefix the app is served from, as the emulator serves `/api/v4`. */
export function changeFeedHandler(state: EmulatorState): HttpHandler {
  const log = createFeedLog(state);
  return http.get(`*${CHANGE_FEED_PATH}`, ({ request }) => openFeed(state, log, request));
}
