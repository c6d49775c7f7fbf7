import { createParser } from 'eventsource-parser';
import { expect, onTestFinished, vi } from 'vitest';
import { CHANGE_FEED_PATH, type ChangeFeedEvent, parseChangeFeedEvent } from '@/incoming-leads/change-feed';
import { ORIGIN, type Wire } from './contract-api';

/** One event off the stream: its id, as the app reads it, and its body as written. */
export interface ReceivedEvent {
  id: string | undefined;
  event: ChangeFeedEvent | null;
  data: Wire;
}

export interface ChangeFeedReader {
  readonly response: Response;
  /** Every event read so far, in order. */
  readonly events: ReceivedEvent[];
  /** Waits until `count` events have been read in all, and returns them. */
  upTo(count: number): Promise<ReceivedEvent[]>;
  /** Aborts the request, as an inbox that closes does (done for every feed when its test ends). */
  close(): void;
}

/**
 * Reads the change feed the way the app does: `fetch` (not EventSource), the text/event-stream parsed by
 * eventsource-parser, each event read with the app's own `parseChangeFeedEvent`.
 */
export async function openChangeFeed(
  options: { lastEventId?: string; basePath?: string } = {},
): Promise<ChangeFeedReader> {
  const controller = new AbortController();
  // A feed stays open until it is aborted: one a test leaves open is closed when the test ends.
  onTestFinished(() => controller.abort());
  const headers = options.lastEventId === undefined ? undefined : { 'Last-Event-ID': options.lastEventId };
  const response = await fetch(`${ORIGIN}${options.basePath ?? ''}${CHANGE_FEED_PATH}`, {
    headers,
    signal: controller.signal,
  });
  const events: ReceivedEvent[] = [];
  const parser = createParser({
    onEvent: ({ id, event = 'message', data }) =>
      events.push({ id, event: parseChangeFeedEvent(event, data), data: JSON.parse(data) }),
  });
  const body = response.body?.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    try {
      for (;;) {
        const chunk = await body?.read();
        if (!chunk || chunk.done) return;
        parser.feed(chunk.value);
      }
    } catch {
      // The test aborted the request.
    }
  })();
  return {
    response,
    events,
    async upTo(count) {
      // Waits on the stream, not on a timer of the emulator: a busy machine may need longer than waitFor's 1 s.
      await vi.waitFor(() => expect(events.length).toBeGreaterThanOrEqual(count), { timeout: 10_000 });
      return events.slice(0, count);
    },
    close: () => controller.abort(),
  };
}
