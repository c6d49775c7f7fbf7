import type { IncomingHttpHeaders } from 'node:http';

/*
 * What the proxy lets through to the account, as allow-lists: the app needs a handful of methods, paths and
 * headers, and everything else would only let a caller do more with the server's token than the app does.
 */

/** Reads, the app's writes (accept, link, add), and HEAD, which is a GET without its body. */
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PATCH']);
/** DELETE exists in the API for many records; the app deletes nothing but declines an incoming lead. */
const DECLINE_PATH = /^\/api\/v4\/leads\/unsorted\/[^/]+\/decline$/;

/** Request headers the API reads from the app; the token is added by the server, never taken from a caller. */
const REQUEST_HEADERS = ['accept', 'accept-language', 'content-type', 'if-modified-since'] as const;
/** Response headers the app reads; the account's own CSP, CORS and cookies stay on the account's side. */
const RESPONSE_HEADERS = ['content-type', 'retry-after', 'x-request-id', 'date'] as const;

/** Added to every API answer: a JSON answer opened as a page must not run or embed anything. */
export const API_RESPONSE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; sandbox",
} as const;

export type Refusal = { status: 400 | 403 | 405; title: string; detail: string };

/**
 * Why the proxy refuses a request before it reaches the account, or null when it may go. `path` is the
 * request's path under the account, as sent (still percent-encoded). A request from another site is refused
 * before this (`isForeignRequest`), so an Origin that is present is the app's own.
 */
export function proxyRefusal(method: string, path: string, headers: IncomingHttpHeaders): Refusal | null {
  const pathname = path.split('?')[0] ?? '';
  if (/%(2e|2f|5c)/i.test(pathname)) {
    return { status: 400, title: 'Bad Request', detail: 'Encoded dots, slashes and backslashes are not forwarded.' };
  }
  const isDecline = method === 'DELETE' && DECLINE_PATH.test(pathname);
  if (!METHODS.has(method) && !isDecline) {
    return {
      status: 405,
      title: 'Method Not Allowed',
      detail: `${method} ${pathname} is not forwarded: the app reads, accepts, links, adds and declines only.`,
    };
  }
  // Browsers send Origin with every POST, PATCH and DELETE; a write without it is not the app's.
  if (method !== 'GET' && method !== 'HEAD' && headers.origin === undefined) {
    return { status: 403, title: 'Forbidden', detail: 'Only the app itself may write through this proxy.' };
  }
  return null;
}

/** The caller's headers the account may see, plus the server's token. */
export function forwardedRequestHeaders(headers: IncomingHttpHeaders, token: string): Headers {
  const forwarded = new Headers();
  for (const name of REQUEST_HEADERS) {
    const value = headers[name];
    if (typeof value === 'string') forwarded.set(name, value);
  }
  forwarded.set('Authorization', `Bearer ${token}`);
  return forwarded;
}

/** The account's headers the browser may see (API_RESPONSE_HEADERS are set on every API answer before this). */
export function returnedResponseHeaders(headers: Headers): Record<string, string> {
  const returned: Record<string, string> = {};
  for (const name of RESPONSE_HEADERS) {
    const value = headers.get(name);
    if (value !== null) returned[name] = value;
  }
  return returned;
}
