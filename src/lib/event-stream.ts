import { createParser } from 'eventsource-parser';
import { type Clock, sleep, systemClock } from './clock';

/**
 * - `connecting`: no stream yet, or it broke and the next try is waiting;
 * - `open`: events flow;
 * - `unavailable`: the address answered, but not with a stream (no such server here); nothing more is tried.
 */
export type EventStreamState = 'connecting' | 'open' | 'unavailable';

export interface EventStreamOptions {
  url: string;
  onEvent: (event: { type: string; data: string; id: string | undefined }) => void;
  onState: (state: EventStreamState) => void;
  fetch?: typeof fetch;
  clock?: Clock;
  /** The first wait before a new try; it doubles while tries fail, up to `maxRetryMs`. */
  retryMs?: number;
  maxRetryMs?: number;
}

/** Answers that mean "there is no stream here" rather than "try again later". */
function isAbsent(response: Response): boolean {
  if (response.status === 404 || response.status === 405 || response.status === 403 || response.status === 410)
    return true;
  const type = response.headers.get('content-type') ?? '';
  return response.ok && !type.startsWith('text/event-stream');
}

/**
 * A Server-Sent Events stream read with `fetch`, so that it runs wherever fetch does (browsers, the demo's service
 * worker, Node tests) and its retries wait on an injected clock. It reconnects after a break, sending the last
 * event's id as `Last-Event-ID` so the server can send what was missed. `close()` ends it for good.
 */
export function openEventStream(options: EventStreamOptions): { close(): void } {
  const { url, onEvent, onState, retryMs = 1000, maxRetryMs = 30_000, clock = systemClock } = options;
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const closing = new AbortController();
  let lastEventId: string | undefined;

  async function readOnce(): Promise<'ended' | 'absent' | 'failed'> {
    const headers: Record<string, string> = { Accept: 'text/event-stream' };
    if (lastEventId !== undefined) headers['Last-Event-ID'] = lastEventId;
    const response = await fetchImpl(url, { headers, signal: closing.signal, cache: 'no-store' });
    if (isAbsent(response)) {
      await response.body?.cancel();
      return 'absent';
    }
    if (!response.ok || !response.body) {
      await response.body?.cancel();
      return 'failed';
    }
    onState('open');
    const parser = createParser({
      onEvent: (event) => {
        if (event.id !== undefined) lastEventId = event.id;
        onEvent({ type: event.event ?? 'message', data: event.data, id: event.id });
      },
    });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) parser.feed(chunk.value);
    return 'ended';
  }

  async function run(): Promise<void> {
    let failures = 0;
    onState('connecting');
    while (!closing.signal.aborted) {
      let outcome: 'ended' | 'absent' | 'failed';
      try {
        outcome = await readOnce();
      } catch {
        outcome = 'failed';
      }
      if (closing.signal.aborted) return;
      if (outcome === 'absent') {
        onState('unavailable');
        return;
      }
      // A stream that ran and ended is picked up again after the first wait; failures wait longer each time.
      failures = outcome === 'ended' ? 0 : failures + 1;
      onState('connecting');
      try {
        await sleep(clock, Math.min(maxRetryMs, retryMs * 2 ** Math.max(0, failures - 1)), closing.signal);
      } catch {
        return;
      }
    }
  }

  void run();
  return { close: () => closing.abort() };
}
