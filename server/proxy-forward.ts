import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { AccountPacer, Priority } from './account-pacer';
import { problem } from './problem';
import { forwardedRequestHeaders, proxyRefusal, returnedResponseHeaders } from './proxy-policy';
import { BodyTimeout, RequestTooLarge, readBody } from './read-body';

export interface ProxySettings {
  accountUrl: string;
  token: string;
  timeoutMs: number;
  bodyTimeoutMs: number;
  maxBodyBytes: number;
  /** The one budget every request to the account waits its turn in. */
  pacer: AccountPacer;
}

/** Writes first, then what a person waits for; the app marks its background refreshes. */
function priorityOf(method: string, incoming: IncomingMessage): Priority {
  if (method !== 'GET' && method !== 'HEAD') return 'write';
  return incoming.headers['x-request-priority'] === 'background' ? 'background' : 'interactive';
}

function retryAfterSeconds(headers: Headers): number | null {
  const seconds = Number(headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
}

/** Sends one API request on to the account with the token added, and streams the answer back. */
export async function forward(
  settings: ProxySettings,
  apiPath: string,
  incoming: IncomingMessage,
  outgoing: ServerResponse,
): Promise<void> {
  const method = incoming.method ?? 'GET';
  const refusal = proxyRefusal(method, apiPath, incoming.headers);
  if (refusal) {
    problem(outgoing, refusal.status, refusal.title, refusal.detail);
    incoming.resume();
    return;
  }
  const target = new URL(apiPath, settings.accountUrl);
  // `..` segments are resolved by URL: whatever the browser sends, only the account's /api/v4 is reachable.
  if (!target.pathname.startsWith('/api/v4/') && target.pathname !== '/api/v4') {
    problem(outgoing, 404, 'Not Found', 'Only the amoCRM API under /api/v4 is forwarded.');
    return;
  }
  let body: Uint8Array<ArrayBuffer> | undefined;
  try {
    body =
      method === 'GET' || method === 'HEAD'
        ? undefined
        : await readBody(incoming, settings.maxBodyBytes, settings.bodyTimeoutMs);
  } catch (error) {
    if (error instanceof RequestTooLarge) {
      problem(outgoing, 413, 'Payload Too Large', `Requests to amoCRM are limited to ${settings.maxBodyBytes} bytes.`);
      incoming.resume();
      return;
    }
    if (error instanceof BodyTimeout) {
      problem(outgoing, 408, 'Request Timeout', `The request body did not arrive within ${settings.bodyTimeoutMs} ms.`);
      outgoing.once('finish', () => incoming.destroy());
      return;
    }
    throw error;
  }
  const abort = new AbortController();
  // A browser that leaves (a cancelled query) cancels the request to the account too, or its place in the queue.
  outgoing.once('close', () => abort.abort());
  try {
    await settings.pacer.turn(priorityOf(method, incoming), abort.signal);
  } catch {
    return;
  }
  // The account's time starts with its turn: a wait in the queue is not the account being slow.
  const timer = setTimeout(() => abort.abort(new DOMException('timeout', 'TimeoutError')), settings.timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetch(target, {
        method,
        headers: forwardedRequestHeaders(incoming.headers, settings.token),
        body,
        redirect: 'manual',
        signal: abort.signal,
      });
    } catch {
      if (outgoing.destroyed) return;
      if (abort.signal.reason instanceof DOMException && abort.signal.reason.name === 'TimeoutError') {
        problem(outgoing, 504, 'Gateway Timeout', `The amoCRM account did not answer within ${settings.timeoutMs} ms.`);
      } else {
        problem(outgoing, 502, 'Bad Gateway', 'The amoCRM account could not be reached from the server.');
      }
      return;
    }
    if (response.status === 429) settings.pacer.slowDown(retryAfterSeconds(response.headers));
    else if (response.status < 500) settings.pacer.recovered();
    outgoing.writeHead(response.status, returnedResponseHeaders(response.headers));
    if (!response.body || method === 'HEAD') {
      outgoing.end();
      return;
    }
    // Streamed: a large page starts reaching the browser before the account has finished sending it.
    await pipeline(Readable.fromWeb(response.body as import('node:stream/web').ReadableStream), outgoing);
  } finally {
    clearTimeout(timer);
  }
}
