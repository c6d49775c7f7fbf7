import { type HttpHandler, HttpResponse, http, matchRequestUrl } from 'msw';
import type { EmulatorState } from '../emulator-state';
import { methodNotAllowed, notFound } from '../wire/problems';
import { API_PREFIX, finishResponse, gateOnly, type Routes } from './gate';

/**
 * amoCRM answers a preflight with 405 and no CORS headers (amocrm-api-facts.md §3.3), so a browser app that calls
 * the API directly fails here as it would in production. `strictCors: false` opens CORS for local tools.
 */
function preflight(state: EmulatorState, request: Request): Response {
  if (state.quirks.strictCors) return finishResponse(state, methodNotAllowed('OPTIONS', new URL(request.url).pathname));
  const headers = {
    'Access-Control-Allow-Methods': 'GET, POST, PATCH, DELETE, OPTIONS',
    'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Context-User-ID',
    'Access-Control-Max-Age': '600',
  };
  return finishResponse(state, new HttpResponse(null, { status: 204, headers }));
}

export function preflightHandler(state: EmulatorState): HttpHandler {
  return http.options(`${API_PREFIX}/*`, ({ request }) => preflight(state, request));
}

/** Anything under /api/v4 no route took: a known path with the wrong method is 405, the rest 404. */
export function unmatchedHandler(state: EmulatorState, routes: Routes): HttpHandler {
  return http.all(`${API_PREFIX}/*`, ({ request }) => {
    const url = new URL(request.url);
    const isKnownPath = routes.knownPaths.some((path) => matchRequestUrl(url, `${API_PREFIX}${path}`).matches);
    return gateOnly(state, request, () =>
      isKnownPath ? methodNotAllowed(request.method, url.pathname) : notFound(request.method, url.pathname),
    );
  });
}
