import * as z from 'zod/mini';
import { type EpochMs, lenientText } from '@/lib/lenient-schemas';
import type { IncomingLead } from './incoming-lead';
import { incomingLeadSchema } from './incoming-lead-wire-api';

/*
 * The change feed: what the team server (or the demo's in-page emulator) tells every open inbox, as Server-Sent
 * Events. One module for both ends: the server writes these events, the app reads them, and an arrival carries
 * the incoming leads exactly as amoCRM's list sends them, read with the same schema as the list.
 */

/** Where the feed is served, under the app's base path. */
export const CHANGE_FEED_PATH = '/team/feed';
/** The team server's copy of amoCRM's list endpoint: the same query, the same answer, from its waiting set. */
export const TEAM_READS_PREFIX = '/team';

/** How an incoming lead left the inbox, when that is known; the poller only sees that it is gone. */
export type SortedHow = 'accepted' | 'declined' | 'linked';

export type ChangeFeedEvent =
  /** The feed's first event: how often the server looks for arrivals and sweeps for leads sorted elsewhere. */
  | { type: 'hello'; pollSeconds: number; sweepSeconds: number }
  | { type: 'arrived'; leads: IncomingLead[] }
  | { type: 'left'; uids: string[]; how: SortedHow | null; by: string | null; at: EpochMs }
  /** The feed lost track (a restart, or a gap longer than it remembers): everything must be read afresh. */
  | { type: 'reset' };

export type ChangeFeedEventType = ChangeFeedEvent['type'];

const sortedHow = z.transform((value: unknown): SortedHow | null =>
  value === 'accepted' || value === 'declined' || value === 'linked' ? value : null,
);

const positiveSeconds = z.transform((value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null,
);

const helloSchema = z.object({ pollSeconds: positiveSeconds, sweepSeconds: positiveSeconds });
const arrivedSchema = z.object({ leads: z.array(z.unknown()) });
const leftSchema = z.object({
  uids: z.array(z.string()),
  how: sortedHow,
  by: lenientText,
  at: z.number(),
});

function parseJson(data: string): unknown {
  try {
    return JSON.parse(data);
  } catch {
    return undefined;
  }
}

/** Arrived leads one by one, so that one lead the app cannot read does not hide the others. */
function parseLeads(items: unknown[]): IncomingLead[] {
  return items.flatMap((item) => {
    const parsed = z.safeParse(incomingLeadSchema, item);
    return parsed.success ? [parsed.data] : [];
  });
}

/** One event as it came off the stream, or null for an event this app does not know or cannot read. */
export function parseChangeFeedEvent(type: string, data: string): ChangeFeedEvent | null {
  const body = parseJson(data);
  switch (type) {
    case 'hello': {
      const hello = z.safeParse(helloSchema, body);
      if (!hello.success || hello.data.pollSeconds === null || hello.data.sweepSeconds === null) return null;
      return { type: 'hello', pollSeconds: hello.data.pollSeconds, sweepSeconds: hello.data.sweepSeconds };
    }
    case 'arrived': {
      const arrived = z.safeParse(arrivedSchema, body);
      return arrived.success ? { type: 'arrived', leads: parseLeads(arrived.data.leads) } : null;
    }
    case 'left': {
      const left = z.safeParse(leftSchema, body);
      return left.success ? { type: 'left', ...left.data } : null;
    }
    case 'reset':
      return { type: 'reset' };
    default:
      return null;
  }
}

/** The body of an event as the server writes it: arrivals carry amoCRM's own items, untouched. */
export type ChangeFeedWireEvent =
  | { type: 'hello'; pollSeconds: number; sweepSeconds: number }
  | { type: 'arrived'; leads: unknown[] }
  | { type: 'left'; uids: string[]; how: SortedHow | null; by: string | null; at: EpochMs }
  | { type: 'reset' };

/** One event in the text/event-stream format; `id` lets a reconnecting inbox say where it stopped. */
export function formatChangeFeedEvent(event: ChangeFeedWireEvent, id?: string): string {
  const { type, ...body } = event;
  const idLine = id === undefined ? '' : `id: ${id}\n`;
  return `${idLine}event: ${type}\ndata: ${JSON.stringify(body)}\n\n`;
}
