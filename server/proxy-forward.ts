import type { IncomingMessage, ServerResponse } from 'node:http';
import { type AccountAnswer, type AccountCaller, AccountUnreachable } from './account-call';
import type { Priority } from './account-pacer';
import { problem } from './problem';
import { forwardedRequestHeaders, proxyRefusal, returnedResponseHeaders } from './proxy-policy';
import { BodyTimeout, RequestTooLarge, readBody } from './read-body';

export interface ProxySettings {
  accountUrl: string;
  token: string;
  timeoutMs: number;
  bodyTimeoutMs: number;
  maxBodyBytes: number;
  /** Every request to the account goes through it: the team's one budget, identical reads shared. */
  caller: AccountCaller;
  /** Told of every answer the account gave a browser's request: how the team learns of actions made here. */
  onAnswered?: (request: { method: string; apiPath: string; body: Uint8Array | undefined }, status: number) => void;
}

/** Writes first, then what a person waits for; the app marks its background refreshes. */
function priorityOf(method: string, incoming: IncomingMessage): Priority {
  if (method !== 'GET' && method !== 'HEAD') return 'write';
  return incoming.headers['x-request-priority'] === 'background' ? 'background' : 'interactive';
}

/** Sends one API request on to the account with the token added, and gives the browser the account's answer. */
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
  const leaving = new AbortController();
  // A browser that leaves (a cancelled query) gives up its place in the queue, or its share of the request.
  outgoing.once('close', () => leaving.abort());
  const headers = forwardedRequestHeaders(incoming.headers, settings.token);
  const call = { method, target, headers, body, priority: priorityOf(method, incoming) };
  let answer: AccountAnswer;
  try {
    answer = await settings.caller.call(call, leaving.signal);
  } catch (error) {
    if (outgoing.destroyed) return;
    if (!(error instanceof AccountUnreachable)) throw error;
    if (error.timedOut) {
      problem(outgoing, 504, 'Gateway Timeout', `The amoCRM account did not answer within ${settings.timeoutMs} ms.`);
    } else {
      problem(outgoing, 502, 'Bad Gateway', 'The amoCRM account could not be reached from the server.');
    }
    return;
  }
  settings.onAnswered?.({ method, apiPath: target.pathname, body }, answer.status);
  outgoing.writeHead(answer.status, returnedResponseHeaders(answer.headers));
  outgoing.end(method === 'HEAD' ? undefined : answer.body);
}
