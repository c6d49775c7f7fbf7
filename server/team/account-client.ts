import { type ApiClient, createApiClient } from '@/lib/http';
import type { AccountCaller } from '../account-call';
import type { Priority } from '../account-pacer';

export interface ServerApiClientOptions {
  accountUrl: string;
  token: string;
  caller: AccountCaller;
}

const NEVER = new AbortController().signal;

function priorityOf(request: Request): Priority {
  if (request.method !== 'GET' && request.method !== 'HEAD') return 'write';
  return request.headers.get('x-request-priority') === 'background' ? 'background' : 'interactive';
}

/**
 * The app's own typed amoCRM client, for the server's own reads (the waiting set, the users): its requests take
 * their turns in the team's one budget like every browser's, with the token added here. The pacer is the rate
 * limit, so the client's own limiter is set out of its way.
 */
export function createServerApiClient({ accountUrl, token, caller }: ServerApiClientOptions): ApiClient {
  const fetchThroughBudget: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const headers = new Headers(request.headers);
    const priority = priorityOf(request);
    headers.delete('x-request-priority');
    headers.set('authorization', `Bearer ${token}`);
    const body = priority === 'write' ? new Uint8Array(await request.arrayBuffer()) : undefined;
    const call = { method: request.method, target: new URL(request.url), headers, body, priority };
    const answer = await caller.call(call, init?.signal ?? NEVER);
    const hasBody = answer.status !== 204 && answer.status !== 304;
    return new Response(hasBody ? new Uint8Array(answer.body) : null, {
      status: answer.status,
      headers: answer.headers,
    });
  };
  return createApiClient({ baseUrl: accountUrl, fetch: fetchThroughBudget, requestsPerSecond: 1000 });
}
