import type { IncomingMessage, ServerResponse } from 'node:http';
import { CHANGE_FEED_PATH } from '@/incoming-leads/change-feed';
import { INCOMING_LEADS_PATH } from '@/incoming-leads/incoming-leads-api';
import { type Clock, systemClock } from '@/lib/clock';
import type { ApiClient } from '@/lib/http';
import { problem } from '../problem';
import { createChangeFeedHub } from './change-feed-hub';
import { sortedThroughServer } from './sorted-through-server';
import { createUserNames } from './user-names';
import { createWaitingPoller } from './waiting-poller';
import { createWaitingSet, readListQuery } from './waiting-set';

export interface TeamInboxOptions {
  /** The app's amoCRM client, its requests paced in the team's budget. */
  api: ApiClient;
  requestsPerSecond: number;
  headIntervalMs?: number;
  clock?: Clock;
  log?: (line: string) => void;
}

/** What the team API answers under `<base>team/`: the feed, and amoCRM's list of incoming leads from the waiting set. */
export type TeamRoute = 'feed' | 'list' | null;

export function teamRouteOf(teamPath: string): TeamRoute {
  const pathname = teamPath.split('?')[0];
  if (pathname === CHANGE_FEED_PATH) return 'feed';
  if (pathname === `/team${INCOMING_LEADS_PATH}`) return 'list';
  return null;
}

/**
 * The team's shared inbox on the server: one copy of the waiting set kept by one poller for everyone, the list
 * served from it with ETags, and a change feed telling every open inbox what arrived and what left, and how.
 */
export function createTeamInbox(options: TeamInboxOptions) {
  const set = createWaitingSet();
  const hub = createChangeFeedHub();
  const clock = options.clock ?? systemClock;
  const names = createUserNames(options.api, () => clock.now());
  const poller = createWaitingPoller({ ...options, set, names, publish: hub.publish });

  function serveList(teamPath: string, incoming: IncomingMessage, outgoing: ServerResponse): void {
    const etag = `"w${set.version}"`;
    outgoing.setHeader('ETag', etag);
    outgoing.setHeader('Cache-Control', 'no-cache');
    if (incoming.headers['if-none-match'] === etag) {
      outgoing.writeHead(304);
      outgoing.end();
      return;
    }
    const params = new URLSearchParams(teamPath.split('?')[1] ?? '');
    const query = readListQuery(params);
    const { items, hasMore } = set.list(query);
    if (items.length === 0) {
      outgoing.writeHead(204);
      outgoing.end();
      return;
    }
    const link = (page: number) => {
      const linked = new URLSearchParams(params);
      linked.set('page', String(page));
      return { href: `/team${INCOMING_LEADS_PATH}?${linked}` };
    };
    const body = {
      _page: query.page,
      _links: { self: link(query.page), ...(hasMore ? { next: link(query.page + 1) } : {}) },
      _embedded: { unsorted: items },
    };
    outgoing.writeHead(200, { 'Content-Type': 'application/hal+json' });
    outgoing.end(incoming.method === 'HEAD' ? undefined : JSON.stringify(body));
  }

  return {
    start: () => poller.start(),
    close(): void {
      poller.stop();
      hub.close();
    },
    get isReady() {
      return poller.isReady;
    },
    get feedConnections() {
      return hub.connections;
    },
    /**
     * Answers a team request (the path after the base, e.g. `/team/feed`). Returns false for a list request while
     * the first sweep is still reading the set: the caller forwards that one to amoCRM itself.
     */
    handle(
      route: Exclude<TeamRoute, null>,
      teamPath: string,
      incoming: IncomingMessage,
      outgoing: ServerResponse,
    ): boolean {
      const method = incoming.method ?? 'GET';
      if (method !== 'GET' && method !== 'HEAD') {
        outgoing.setHeader('Allow', 'GET, HEAD');
        problem(outgoing, 405, 'Method Not Allowed', 'The team API only reads.');
        return true;
      }
      if (route === 'feed') {
        const lastEventId = incoming.headers['last-event-id'];
        hub.subscribe(outgoing, typeof lastEventId === 'string' ? lastEventId : undefined, {
          type: 'hello',
          ...poller.intervals(),
        });
        return true;
      }
      if (!poller.isReady) return false;
      serveList(teamPath, incoming, outgoing);
      return true;
    },
    /** Every answer amoCRM gave a browser: a successful accept, decline or link leaves every inbox at once. */
    onAnswered(request: { method: string; apiPath: string; body: Uint8Array | undefined }, status: number): void {
      if (status < 200 || status >= 300) return;
      const sorted = sortedThroughServer(request.method, request.apiPath, request.body);
      if (sorted) poller.sorted(sorted.uid, sorted.how, sorted.userId);
    },
  };
}

export type TeamInbox = ReturnType<typeof createTeamInbox>;
