import { ApiError, invalidResponseError, isAbortError, networkError } from './api-error';
import { apiErrorFromResponse } from './api-error-response';
import { type Clock, sleep, systemClock } from './clock';
import { encodeQuery, type QueryParams } from './query-string';
import { createRateLimiter, type RateLimiter } from './rate-limiter';

export interface ApiClientOptions {
  /** Prefix put before every path: '' for same-origin, or an origin / proxy prefix. Paths start with `/api/v4`. */
  baseUrl: string;
  fetch?: typeof fetch;
  requestsPerSecond?: number;
  /** How many times a 429 answer is retried before the error is thrown. */
  maxRetries?: number;
  /** First backoff delay after a 429; it doubles on each retry. */
  retryDelayMs?: number;
  /** Longest single wait; a `retry_after` above it is not waited for and the 429 is thrown at once. */
  maxRetryDelayMs?: number;
  /** What the rate limiter and the waits between retries run on. */
  clock?: Clock;
  limiter?: RateLimiter;
}

export interface GetOptions {
  query?: QueryParams;
  signal?: AbortSignal;
  /** A refresh nobody is waiting for: a team server lets everything else go first. */
  background?: boolean;
}

export interface SendOptions {
  signal?: AbortSignal;
}

/** Resolves to the parsed JSON body, or `null` for 204 and empty bodies. Rejects with ApiError or an AbortError. */
export interface ApiClient {
  get(path: string, options?: GetOptions): Promise<unknown>;
  post(path: string, body?: unknown, options?: SendOptions): Promise<unknown>;
  delete(path: string, body?: unknown, options?: SendOptions): Promise<unknown>;
}

/**
 * The server counts requests when they arrive, and arrivals jitter behind our starts; a window a little longer
 * than a second keeps a burst under its per-second limit.
 */
const RATE_WINDOW_MS = 1100;

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return null;
  const text = await response.text();
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw invalidResponseError('The server answered with a body that is not JSON.', { status: response.status, cause });
  }
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const {
    baseUrl,
    fetch: fetchImpl = (input, init) => globalThis.fetch(input, init),
    requestsPerSecond = 7,
    maxRetries = 3,
    retryDelayMs = 1000,
    maxRetryDelayMs = 8000,
    clock = systemClock,
  } = options;
  const limiter = options.limiter ?? createRateLimiter({ limit: requestsPerSecond, intervalMs: RATE_WINDOW_MS, clock });
  const prefix = baseUrl.replace(/\/+$/, '');

  function retryDelay(attempt: number, error: ApiError): number | null {
    const backoff = Math.min(retryDelayMs * 2 ** attempt, maxRetryDelayMs);
    if (error.retryAfter === null) return backoff;
    const asked = error.retryAfter * 1000;
    return asked > maxRetryDelayMs ? null : Math.max(backoff, asked);
  }

  async function send(url: string, init: RequestInit, signal?: AbortSignal): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      try {
        const response = await limiter.schedule(() => fetchImpl(url, { ...init, signal }), signal);
        if (response.status === 429) limiter.backOff?.(retryDelayMs);
        else limiter.succeeded?.();
        if (response.ok) return await readBody(response);
        const error = await apiErrorFromResponse(response);
        const delay = error.status === 429 && attempt < maxRetries ? retryDelay(attempt, error) : null;
        if (delay === null) throw error;
        await sleep(clock, delay, signal);
      } catch (error) {
        if (error instanceof ApiError || signal?.aborted || isAbortError(error)) throw error;
        throw networkError(error);
      }
    }
  }

  function request(method: string, path: string, body: unknown, signal?: AbortSignal, get: GetOptions = {}) {
    const search = get.query ? encodeQuery(get.query) : '';
    const url = `${prefix}${path}${search ? `?${search}` : ''}`;
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (get.background) headers['X-Request-Priority'] = 'background';
    const init: RequestInit = { method, headers, body: body === undefined ? undefined : JSON.stringify(body) };
    return send(url, init, signal);
  }

  return {
    get: (path, options = {}) => request('GET', path, undefined, options.signal, options),
    post: (path, body, { signal } = {}) => request('POST', path, body, signal),
    delete: (path, body, { signal } = {}) => request('DELETE', path, body, signal),
  };
}
