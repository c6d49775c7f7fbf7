import type { AccountPacer, Priority } from './account-pacer';

/** The account's answer, read whole, so that every browser that asked the same can be given it. */
export interface AccountAnswer {
  status: number;
  headers: Headers;
  body: Uint8Array;
}

/** Why no answer came: the account did not answer in time, or could not be reached. */
export class AccountUnreachable extends Error {
  constructor(readonly timedOut: boolean) {
    super(timedOut ? 'The account did not answer in time.' : 'The account could not be reached.');
  }
}

export interface AccountCall {
  method: string;
  target: URL;
  headers: Headers;
  body: Uint8Array<ArrayBuffer> | undefined;
  priority: Priority;
}

export interface AccountCallerOptions {
  pacer: AccountPacer;
  timeoutMs: number;
}

function retryAfterSeconds(headers: Headers): number | null {
  const seconds = Number(headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
}

/**
 * Sends requests to the account through the team's one budget. Identical GETs in flight at the same time (many
 * inboxes polling the same page) share one request and its answer. A browser that leaves gives up its interest;
 * the request is cancelled once nobody waits for it any more.
 */
export function createAccountCaller({ pacer, timeoutMs }: AccountCallerOptions) {
  const inflight = new Map<string, { answer: Promise<AccountAnswer>; interested: number; abort: AbortController }>();

  async function send(call: AccountCall, signal: AbortSignal): Promise<AccountAnswer> {
    await pacer.turn(call.priority, signal);
    // The account's time starts with its turn: a wait in the queue is not the account being slow.
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    try {
      const response = await fetch(call.target, {
        method: call.method,
        headers: call.headers,
        body: call.body,
        redirect: 'manual',
        signal: AbortSignal.any([signal, timeout.signal]),
      });
      if (response.status === 429) pacer.slowDown(retryAfterSeconds(response.headers));
      else if (response.status < 500) pacer.recovered();
      const body = new Uint8Array(await response.arrayBuffer());
      return { status: response.status, headers: response.headers, body };
    } catch (error) {
      if (signal.aborted) throw error;
      throw new AccountUnreachable(timeout.signal.aborted);
    } finally {
      clearTimeout(timer);
    }
  }

  /** The key under which identical reads share one request: the address and the headers that shape the answer. */
  function keyOf(call: AccountCall): string | null {
    if (call.method !== 'GET') return null;
    return JSON.stringify([call.target.href, ...[...call.headers].filter(([name]) => name !== 'authorization')]);
  }

  return {
    /** Rejects with AccountUnreachable, or with the abort reason when `signal` (the browser leaving) aborts. */
    call(call: AccountCall, signal: AbortSignal): Promise<AccountAnswer> {
      const key = keyOf(call);
      if (key === null) return send(call, signal);
      let shared = inflight.get(key);
      if (!shared) {
        const abort = new AbortController();
        const answer = send(call, abort.signal).finally(() => {
          if (inflight.get(key) === shared) inflight.delete(key);
        });
        shared = { answer, interested: 0, abort };
        inflight.set(key, shared);
      }
      const entry = shared;
      entry.interested += 1;
      return new Promise<AccountAnswer>((resolve, reject) => {
        const leave = () => {
          entry.interested -= 1;
          if (entry.interested === 0) entry.abort.abort(signal.reason);
          reject(signal.reason);
        };
        if (signal.aborted) return leave();
        signal.addEventListener('abort', leave, { once: true });
        entry.answer.then(resolve, reject).finally(() => signal.removeEventListener('abort', leave));
      });
    },
  };
}

export type AccountCaller = ReturnType<typeof createAccountCaller>;
