import { type HttpHandler, http } from 'msw';
import { findUser } from '../account/db';
import type { UserRecord } from '../account/records';
import { TOKENS } from '../account/user-catalog';
import type { EmulatorState } from '../emulator-state';
import { impliedToken, requestsPerSecond, scenarioFailure, waitLikeTheNetwork } from '../scenarios/scenarios';
import { gatewayPage, notFound, problem, tooManyRequests, unauthorized } from '../wire/problems';
import { parseQuery, type QueryTree } from '../wire/query';

/**
 * Every route passes through one gate: latency and scenarios, the API block, auth, payment, the rate
 * limit and the acting user, then the handler; every answer gets an X-Request-Id.
 */
export interface RouteContext {
  request: Request;
  url: URL;
  query: QueryTree;
  params: Record<string, string>;
  /** Origin for absolute `_links`: the configured account host or the request's own. */
  origin: string;
  user: UserRecord;
  state: EmulatorState;
}
export type RouteResolver = (context: RouteContext) => Response | Promise<Response>;

export function requestId(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function finishResponse(state: EmulatorState, response: Response): Response {
  if (response.type === 'error') return response;
  response.headers.set('X-Request-Id', requestId());
  if (!state.quirks.strictCors) {
    response.headers.set('Access-Control-Allow-Origin', '*');
    response.headers.set('Access-Control-Expose-Headers', 'X-Request-Id');
  }
  return response;
}

function bearerToken(request: Request): string | null {
  const header = request.headers.get('Authorization');
  if (header === null) return null;
  const match = header.match(/^Bearer\s+(\S+)$/i);
  return match?.[1] ?? '';
}

/** An admin token may act as another user through X-Context-User-ID (amocrm-api-facts.md §1.1). */
function actingUser(state: EmulatorState, request: Request, tokenUser: UserRecord): UserRecord {
  const contextId = Number(request.headers.get('X-Context-User-ID'));
  if (!tokenUser.rights.is_admin || !Number.isInteger(contextId) || contextId <= 0) return tokenUser;
  return findUser(state.db, contextId) ?? tokenUser;
}

async function admit(state: EmulatorState, request: Request): Promise<Response | UserRecord> {
  await waitLikeTheNetwork(state);
  const failure = scenarioFailure(state);
  if (failure) return failure;
  const token = bearerToken(request) ?? impliedToken(state);
  if (token && state.limiter.isBlocked(token)) return gatewayPage(403);
  const issued = TOKENS.find((t) => t.token === token);
  const tokenUser = issued && !issued.isExpired ? findUser(state.db, issued.userId) : undefined;
  if (!token || !tokenUser) return unauthorized(state.quirks.locale);
  if (state.quirks.unpaid) return problem(402, 'Payment required');
  const verdict = state.limiter.check(token, state.now(), requestsPerSecond(state), state.quirks.blockAfter);
  if (verdict === 'blocked') return gatewayPage(403);
  if (verdict === 'limited') return tooManyRequests(state.quirks.rateLimitBody);
  return actingUser(state, request, tokenUser);
}

async function pass(
  state: EmulatorState,
  request: Request,
  params: RouteContext['params'],
  resolve: RouteResolver,
): Promise<Response> {
  const admitted = await admit(state, request);
  if (admitted instanceof Response) return finishResponse(state, admitted);
  const url = new URL(request.url);
  // Entity ids are numeric: `/leads/abc` is no route at all, as on the real API.
  if (params.id !== undefined && !/^\d+$/.test(params.id))
    return finishResponse(state, notFound(request.method, url.pathname));
  const origin = state.quirks.linksHost ?? url.origin;
  const response = await resolve({
    request,
    url,
    query: parseQuery(url.searchParams),
    params,
    origin,
    user: admitted,
    state,
  });
  if (request.method !== 'GET' && response.status < 400) state.persist();
  return finishResponse(state, response);
}

const stringParams = (params: Record<string, string | readonly string[] | undefined>): Record<string, string> =>
  Object.fromEntries(Object.entries(params).map(([key, value]) => [key, String(value ?? '')]));

export interface Routes {
  get(path: string, resolve: RouteResolver): HttpHandler;
  post(path: string, resolve: RouteResolver): HttpHandler;
  patch(path: string, resolve: RouteResolver): HttpHandler;
  delete(path: string, resolve: RouteResolver): HttpHandler;
  /** Every path a route was registered for, so unknown paths (404) differ from wrong methods (405). */
  readonly knownPaths: string[];
}

export const API_PREFIX = '*/api/v4';

export function createRoutes(state: EmulatorState): Routes {
  const knownPaths: string[] = [];
  const route = (method: 'get' | 'post' | 'patch' | 'delete') => (path: string, resolve: RouteResolver) => {
    knownPaths.push(path);
    return http[method](`${API_PREFIX}${path}`, ({ request, params }) =>
      pass(state, request, stringParams(params), resolve),
    );
  };
  return { get: route('get'), post: route('post'), patch: route('patch'), delete: route('delete'), knownPaths };
}

export async function gateOnly(state: EmulatorState, request: Request, resolve: () => Response): Promise<Response> {
  return pass(state, request, {}, resolve);
}
