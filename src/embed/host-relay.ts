import { hasEncodedSeparator } from './api-path';
import type { RelayMethod, RelayRequestMessage } from './protocol';

/** What a relay answers: the API's status, the headers the app reads, and the body as text. */
export interface RelayAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** A request the host agreed to perform, on its own origin. */
export interface RelayedRequest {
  method: RelayMethod;
  /** `/api/v4/…`, with its query. */
  path: string;
  headers: Record<string, string>;
  body: string | null;
  signal: AbortSignal;
}

export type RelayFunction = (request: RelayedRequest) => Promise<RelayAnswer>;

/** Only these request headers cross: the app needs no others, and cookies or tokens are the host's business. */
const FORWARDED_REQUEST_HEADERS = ['accept', 'content-type'];
/** The response headers the app's client reads (content type, rate-limit and error details). */
const RETURNED_RESPONSE_HEADERS = ['content-type', 'retry-after', 'x-request-id'];

/**
 * Why the host refuses a relay request, or null when it may be performed: only API v4 paths on the host's own
 * origin, no `..` tricks, and DELETE only for amoCRM's decline of an incoming lead.
 */
export function relayRefusal(request: Pick<RelayRequestMessage, 'method' | 'path'>, origin: string): string | null {
  if (!request.path.startsWith('/api/v4/')) return 'Only /api/v4/ paths are relayed.';
  let url: URL;
  try {
    url = new URL(request.path, origin);
  } catch {
    return 'The path is not a valid address.';
  }
  if (url.origin !== origin || !url.pathname.startsWith('/api/v4/')) return 'Only /api/v4/ paths are relayed.';
  const pathname = request.path.split('?')[0] ?? '';
  if (/(^|\/)\.\.?(\/|$)/.test(pathname) || hasEncodedSeparator(pathname)) {
    return 'Dot segments and encoded separators are not relayed.';
  }
  if (request.method === 'DELETE' && !/^\/api\/v4\/leads\/unsorted\/[^/]+\/decline$/.test(url.pathname)) {
    return 'DELETE is relayed only to decline an incoming lead.';
  }
  return null;
}

function pick(source: Record<string, string> | Headers, names: string[]): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const name of names) {
    const value =
      source instanceof Headers
        ? source.get(name)
        : Object.entries(source).find(([key]) => key.toLowerCase() === name)?.[1];
    if (value != null) picked[name] = value;
  }
  return picked;
}

/** The default relay: `fetch` on the host page's origin with its cookies, which in the CRM carry the session. */
export function createFetchRelay(fetchImpl: typeof fetch = (input, init) => globalThis.fetch(input, init)) {
  return async (request: RelayedRequest): Promise<RelayAnswer> => {
    const response = await fetchImpl(request.path, {
      method: request.method,
      headers: pick(request.headers, FORWARDED_REQUEST_HEADERS),
      body: request.body ?? undefined,
      credentials: 'include',
      redirect: 'error',
      signal: request.signal,
    });
    return {
      status: response.status,
      headers: pick(response.headers, RETURNED_RESPONSE_HEADERS),
      body: await response.text(),
    };
  };
}
