import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import type { ChangeFeedEvent } from '@/incoming-leads/change-feed';
import { parseChangeFeedEvent } from '@/incoming-leads/change-feed';
import { applyChangeFeedEvent, isFeedKeptQuery, reapplyChangeFeedEvents } from '@/incoming-leads/change-feed-cache';
import { type ChangeFeedStatus, ChangeFeedStatusContext } from '@/incoming-leads/change-feed-status';
import { incomingLeadQueries } from '@/incoming-leads/incoming-lead-queries';
import { useClock } from '@/lib/clock-context';
import { openEventStream } from '@/lib/event-stream';
import { useTriageOutbox } from '@/triage/outbox-context';

/** How long events are applied again to answers that come in after them: longer than any read takes. */
const RECENT_MS = 60_000;

export interface ChangeFeedSource {
  /** The feed's address: `<base>/team/feed` of the team server, or of the demo's in-page emulator. */
  url: string;
  fetch?: typeof fetch;
}

/**
 * Keeps the inbox current from the change feed, when there is one: events go into the cache as amoCRM's own
 * answers would, and the status tells the waiting set whether it still needs to poll. Without a source (the
 * embedded relay mode) it only says `off`.
 */
export function ChangeFeedConnection({ source, children }: { source: ChangeFeedSource | null; children: ReactNode }) {
  const queryClient = useQueryClient();
  const clock = useClock();
  const outbox = useTriageOutbox();
  const [status, setStatus] = useState<ChangeFeedStatus>(source ? 'connecting' : 'off');
  const url = source?.url;
  const fetchImpl = source?.fetch;
  useEffect(() => {
    if (url === undefined) return;
    const recent: { at: number; event: ChangeFeedEvent }[] = [];
    const forget = () => {
      while (recent.length > 0 && (recent[0]?.at ?? 0) < clock.now() - RECENT_MS) recent.shift();
    };
    // An answer that left before the latest events must not undo them.
    const unsubscribe = queryClient.getQueryCache().subscribe((change) => {
      // Only answers from the network: the cache's own writes (this one's included) are already current.
      if (change.type !== 'updated' || change.action.type !== 'success' || change.action.manual) return;
      if (recent.length === 0 || !isFeedKeptQuery(change.query.queryKey)) return;
      forget();
      reapplyChangeFeedEvents(
        queryClient,
        change.query.queryKey,
        recent.map((item) => item.event),
      );
    });
    const stream = openEventStream({
      url,
      fetch: fetchImpl,
      clock,
      onState: (state) => {
        if (state !== 'open') setStatus(state === 'unavailable' ? 'off' : 'connecting');
      },
      onEvent: ({ type, data }) => {
        const event = parseChangeFeedEvent(type, data);
        if (!event) return;
        if (event.type === 'hello') {
          setStatus('live');
          // Whatever happened between the last read and this (re)connection is read once more: from then on the
          // feed tells.
          void queryClient.invalidateQueries({
            queryKey: incomingLeadQueries.waitingSets(),
            predicate: (query) => query.state.data !== undefined,
          });
        }
        applyChangeFeedEvent(queryClient, event, { isOwn: (uid) => outbox.getOverlay().hidden.has(uid) });
        if (event.type === 'arrived' || event.type === 'left') recent.push({ at: clock.now(), event });
      },
    });
    return () => {
      stream.close();
      unsubscribe();
    };
  }, [url, fetchImpl, clock, queryClient, outbox]);
  return <ChangeFeedStatusContext value={status}>{children}</ChangeFeedStatusContext>;
}
