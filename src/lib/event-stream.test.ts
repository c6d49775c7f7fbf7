import { afterEach, describe, expect, it, vi } from 'vitest';
import { createManualClock } from '../../tests/support/manual-clock';
import { type EventStreamState, openEventStream } from './event-stream';

/** A stream the test writes to, answered as the server would: text/event-stream, open until the test ends it. */
function serverStream() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
  });
  const encoder = new TextEncoder();
  return {
    response: new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream; charset=utf-8' } }),
    write: (text: string) => controller.enqueue(encoder.encode(text)),
    end: () => controller.close(),
    fail: () => controller.error(new TypeError('network error')),
  };
}

type Stream = ReturnType<typeof serverStream>;

function setup(answer: (call: number, headers: Headers) => Response | Promise<Response>) {
  const clock = createManualClock(0);
  const requests: Headers[] = [];
  const events: { type: string; data: string; id: string | undefined }[] = [];
  const states: EventStreamState[] = [];
  const fetch = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    requests.push(headers);
    return answer(requests.length, headers);
  });
  const stream = openEventStream({
    url: 'https://app.example/team/feed',
    fetch,
    clock,
    onEvent: (event) => events.push(event),
    onState: (state) => states.push(state),
  });
  closers.push(stream.close);
  return { clock, requests, events, states, stream };
}

const closers: (() => void)[] = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

describe('an event stream', () => {
  it('reads named events with their ids as they come, across chunk boundaries', async () => {
    const server = serverStream();
    const { events, states } = setup(() => server.response);
    server.write('event: hello\ndata: {"pollSeconds":5,');
    server.write('"sweepSeconds":5}\n\nid: r.1\nevent: left\ndata: {"uids":["a"]}\n\n');
    await vi.waitFor(() => expect(events).toHaveLength(2));
    expect(events).toEqual([
      { type: 'hello', data: '{"pollSeconds":5,"sweepSeconds":5}', id: undefined },
      { type: 'left', data: '{"uids":["a"]}', id: 'r.1' },
    ]);
    expect(states).toEqual(['connecting', 'open']);
  });

  it('reconnects after a break with the last id it saw, after a wait on its clock', async () => {
    const streams: Stream[] = [serverStream(), serverStream()];
    const { clock, requests, events, states } = setup((call) => (streams[call - 1] as Stream).response);
    streams[0]?.write('id: r.7\nevent: arrived\ndata: {}\n\n');
    await vi.waitFor(() => expect(events).toHaveLength(1));
    streams[0]?.fail();
    await vi.waitFor(() => expect(states.at(-1)).toBe('connecting'));
    expect(requests).toHaveLength(1);
    await clock.advance(999);
    expect(requests).toHaveLength(1);
    await clock.advance(1000);
    await vi.waitFor(() => expect(requests).toHaveLength(2));
    expect(requests[0]?.get('Last-Event-ID')).toBeNull();
    expect(requests[1]?.get('Last-Event-ID')).toBe('r.7');
    expect(requests[1]?.get('Accept')).toBe('text/event-stream');
  });

  it('waits longer while tries keep failing, up to its longest wait', async () => {
    const { clock, requests } = setup(() => {
      throw new TypeError('Failed to fetch');
    });
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    await clock.advance(1000);
    await vi.waitFor(() => expect(requests).toHaveLength(2));
    await clock.advance(1999);
    expect(requests).toHaveLength(2);
    await clock.advance(1);
    await vi.waitFor(() => expect(requests).toHaveLength(3));
    await clock.advance(4000);
    await vi.waitFor(() => expect(requests).toHaveLength(4));
    // 8 s, 16 s, then never more than 30 s between tries.
    await clock.advance(8000 + 16_000 + 30_000 + 30_000);
    await vi.waitFor(() => expect(requests).toHaveLength(8));
  });

  it.each([
    ['a 404 (no team server)', () => new Response('{}', { status: 404 })],
    ['a page instead of a stream (a static host)', () => new Response('<!doctype html>', { status: 200 })],
    ['a refusal', () => new Response('{}', { status: 403 })],
  ])('gives up for good on %s: there is no feed here', async (_name, answer) => {
    const { clock, requests, states } = setup(answer);
    await vi.waitFor(() => expect(states).toEqual(['connecting', 'unavailable']));
    await clock.advance(60_000);
    expect(requests).toHaveLength(1);
  });

  it('tries again after a server error rather than giving up', async () => {
    const server = serverStream();
    const { clock, requests, states } = setup((call) =>
      call === 1 ? new Response('{}', { status: 502 }) : server.response,
    );
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    await clock.advance(1000);
    await vi.waitFor(() => expect(states.at(-1)).toBe('open'));
    expect(requests).toHaveLength(2);
  });

  it('stops reading and never reconnects once closed', async () => {
    const server = serverStream();
    const { clock, requests, stream, events } = setup(() => server.response);
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    stream.close();
    await clock.advance(60_000);
    expect(requests).toHaveLength(1);
    expect(events).toEqual([]);
  });
});
