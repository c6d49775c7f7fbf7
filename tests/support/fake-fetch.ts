import type { Clock } from '@/lib/clock';
import { type ApiClient, type ApiClientOptions, createApiClient } from '@/lib/http';

/*
 * A scripted `fetch` for unit tests of API code: no network, every request answered by a function and
 * recorded, so query encoding and bodies can be checked exactly. Components are tested against the emulator.
 */

export interface RecordedRequest {
  method: string;
  /** Path and query as sent, e.g. `/api/v4/leads/unsorted?page=1&limit=250`. */
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

export type Responder = (request: RecordedRequest) => Response | Promise<Response>;

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  const contentType = status >= 400 ? 'application/problem+json' : 'application/hal+json';
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType, ...headers } });
}

export function textResponse(text: string, status: number, contentType = 'text/html'): Response {
  return new Response(text, { status, headers: { 'Content-Type': contentType } });
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal | null | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    promise.then(resolve, reject);
  });
}

export function createFakeFetch(respond: Responder) {
  const requests: RecordedRequest[] = [];
  const fetch = (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const request: RecordedRequest = {
      method: init.method ?? 'GET',
      url: String(input),
      headers: Object.fromEntries(new Headers(init.headers).entries()),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    requests.push(request);
    return abortable(
      Promise.resolve().then(() => respond(request)),
      init.signal,
    );
  };
  return { fetch: fetch as typeof globalThis.fetch, requests };
}

/**
 * A clock on which every wait is over at once, as if the time had passed: `waits` lists how long each was.
 * Aborting a wait that is already over changes nothing.
 */
export function createInstantClock(): Clock & { waits: number[] } {
  let time = 0;
  const waits: number[] = [];
  return {
    waits,
    now: () => time,
    setTimeout(callback, ms) {
      waits.push(ms);
      time += Math.max(0, ms);
      queueMicrotask(callback);
      return null;
    },
    clearTimeout() {},
  };
}

/** An API client on a fake fetch, with the rate limit lifted and retry waits over at once unless given. */
export function createTestClient(
  respond: Responder,
  options: Partial<ApiClientOptions> = {},
): { api: ApiClient; requests: RecordedRequest[] } {
  const { fetch, requests } = createFakeFetch(respond);
  const clock = createInstantClock();
  const api = createApiClient({ baseUrl: '', fetch, requestsPerSecond: 1000, clock, ...options });
  return { api, requests };
}
