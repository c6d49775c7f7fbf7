import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { type ChangeFeedWireEvent, formatChangeFeedEvent } from '@/incoming-leads/change-feed';

export interface ChangeFeedHubOptions {
  /** How many past events a reconnecting inbox can catch up on; older gaps get a `reset`. */
  keep?: number;
  /** A comment line this often keeps proxies and load balancers from closing a quiet stream. */
  heartbeatMs?: number;
}

interface Kept {
  seq: number;
  text: string;
}

/**
 * Fans the team's changes out to every open inbox as Server-Sent Events. Event ids are `<run>.<seq>`: an inbox that
 * reconnects with `Last-Event-ID` from this run is sent what it missed; one from another run (the server
 * restarted) or from too long ago is told to `reset`, that is, to read everything afresh.
 */
export function createChangeFeedHub({ keep = 2000, heartbeatMs = 25_000 }: ChangeFeedHubOptions = {}) {
  const run = randomBytes(6).toString('hex');
  const kept: Kept[] = [];
  const subscribers = new Set<ServerResponse>();
  let seq = 0;
  let heartbeat: ReturnType<typeof setInterval> | undefined;

  function startHeartbeat() {
    if (heartbeat || heartbeatMs <= 0) return;
    heartbeat = setInterval(() => {
      for (const outgoing of subscribers) outgoing.write(': still here\n\n');
    }, heartbeatMs);
    heartbeat.unref();
  }

  function stopHeartbeatWhenIdle() {
    if (subscribers.size > 0 || !heartbeat) return;
    clearInterval(heartbeat);
    heartbeat = undefined;
  }

  /** The events after `lastEventId`, or null when the id is not one this run can continue from. */
  function missedSince(lastEventId: string | undefined): Kept[] | null {
    if (lastEventId === undefined) return [];
    const [idRun, idSeq] = lastEventId.split('.');
    const after = Number(idSeq);
    if (idRun !== run || !Number.isInteger(after) || after > seq) return null;
    const oldest = kept[0]?.seq ?? seq + 1;
    if (after < oldest - 1) return null;
    return kept.filter((event) => event.seq > after);
  }

  return {
    publish(event: ChangeFeedWireEvent): void {
      seq += 1;
      const text = formatChangeFeedEvent(event, `${run}.${seq}`);
      kept.push({ seq, text });
      if (kept.length > keep) kept.splice(0, kept.length - keep);
      for (const outgoing of subscribers) outgoing.write(text);
    },
    /** Opens the stream on `outgoing`: the greeting, then what the inbox missed (or a reset), then live events. */
    subscribe(outgoing: ServerResponse, lastEventId: string | undefined, hello: ChangeFeedWireEvent): void {
      outgoing.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-cache, no-transform',
        // nginx would otherwise hold events back in its buffer.
        'X-Accel-Buffering': 'no',
      });
      outgoing.write(formatChangeFeedEvent(hello));
      const missed = missedSince(lastEventId);
      if (missed === null) outgoing.write(formatChangeFeedEvent({ type: 'reset' }));
      else for (const event of missed) outgoing.write(event.text);
      subscribers.add(outgoing);
      startHeartbeat();
      outgoing.once('close', () => {
        subscribers.delete(outgoing);
        stopHeartbeatWhenIdle();
      });
    },
    get connections() {
      return subscribers.size;
    },
    close(): void {
      for (const outgoing of subscribers) outgoing.end();
      subscribers.clear();
      stopHeartbeatWhenIdle();
    },
  };
}

export type ChangeFeedHub = ReturnType<typeof createChangeFeedHub>;
