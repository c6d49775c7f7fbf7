import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import type { Clock } from '@/lib/clock';
import { createAccountCaller } from './account-call';
import { type AccountPacer, createAccountPacer } from './account-pacer';
import { problem } from './problem';
import { forward, type ProxySettings } from './proxy-forward';
import { API_RESPONSE_HEADERS } from './proxy-policy';
import { allowsHost, isForeignRequest } from './request-origin';
import { createServerApiClient } from './team/account-client';
import { createTeamInbox, type TeamInbox, teamRouteOf } from './team/team-inbox';

/** The production build on localhost, with a same-origin proxy that adds the account's token. */
export interface AppServerOptions {
  /** The folder of `npm run build`. */
  distDir: string;
  /** The account, e.g. https://example.amocrm.ru; `<basePath>api/v4/…` is forwarded to its `/api/v4/…`. */
  accountUrl: string;
  /** A long-lived token; it is added here and never reaches the browser. */
  token: string;
  port?: number;
  host?: string;
  /** The folder the app is served under, e.g. `/triage/`; `/` by default. */
  basePath?: string;
  /**
   * Origins allowed to show the app in a frame (CSP frame-ancestors), besides the app's own. By default the
   * account's own origin only: another amoCRM account must not frame an app that holds this account's token.
   */
  frameAncestors?: readonly string[];
  /** Host names the server answers under besides its address and loopback: its DNS names (lower case). */
  publicHosts?: readonly string[];
  /** How long the account may take to answer before the browser gets a 504. */
  timeoutMs?: number;
  /** How long a request body may take to arrive before the browser gets a 408. */
  bodyTimeoutMs?: number;
  /** The team's budget for requests to the account (amoCRM allows 7 a second to an integration). */
  requestsPerSecond?: number;
  /** The budget itself, for tests that move its clock; made from `requestsPerSecond` otherwise. */
  pacer?: AccountPacer;
  /** The largest request body forwarded to the account. */
  maxBodyBytes?: number;
  /** The team inbox (shared waiting set, change feed); on by default. */
  team?: boolean;
  /** How often the team inbox looks for new arrivals (5 s by default). */
  teamPollMs?: number;
  /** What the team inbox's poller waits on; tests move it by hand. */
  clock?: Clock;
  /** Where the server's own one-line notices go. */
  log?: (line: string) => void;
}

export interface AppServer {
  url: string;
  /** The team inbox, when it runs: tests and the team bench read its state. */
  team: TeamInbox | null;
  close(): Promise<void>;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_BODY_TIMEOUT_MS = 10_000;
// amoCRM takes at most 250 incoming leads per add request; a full batch with notes stays well below this.
const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;

/** Same-origin framing plus the amoCRM/Kommo account pages that embed the app as a widget. */
function securityHeaders(frameAncestors: readonly string[]): Record<string, string> {
  return {
    'Content-Security-Policy': `frame-ancestors 'self' ${frameAncestors.join(' ')}`.trim(),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
  };
}

export function normalizeBasePath(basePath: string | undefined): string {
  const trimmed = (basePath ?? '/').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export async function startAppServer(options: AppServerOptions): Promise<AppServer> {
  const { distDir, port = 8080, host = '127.0.0.1' } = options;
  if (!existsSync(join(distDir, 'index.html')))
    throw new Error(`${distDir} has no index.html: run npm run build first`);
  const basePath = normalizeBasePath(options.basePath);
  const apiPrefix = `${basePath}api/v4`;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const pacer = options.pacer ?? createAccountPacer({ requestsPerSecond: options.requestsPerSecond });
  const caller = createAccountCaller({ pacer, timeoutMs });
  const team =
    options.team === false
      ? null
      : createTeamInbox({
          api: createServerApiClient({ accountUrl: options.accountUrl, token: options.token, caller }),
          requestsPerSecond: pacer.requestsPerSecond,
          headIntervalMs: options.teamPollMs,
          clock: options.clock,
          log: options.log,
        });
  const proxy: ProxySettings = {
    accountUrl: options.accountUrl,
    token: options.token,
    timeoutMs,
    caller,
    bodyTimeoutMs: options.bodyTimeoutMs ?? DEFAULT_BODY_TIMEOUT_MS,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    onAnswered: team?.onAnswered,
  };
  const teamPrefix = `${basePath}team/`;
  const headers = securityHeaders(options.frameAncestors ?? [new URL(options.accountUrl).origin]);
  // Hashed assets never change; index.html is checked on every visit so a new build is picked up.
  const files = sirv(distDir, {
    single: true,
    etag: true,
    setHeaders: (response, pathname) => {
      response.setHeader(
        'Cache-Control',
        pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  const server = createServer((incoming, outgoing) => {
    for (const [name, value] of Object.entries(headers)) outgoing.setHeader(name, value);
    const url = incoming.url ?? '/';
    if (!allowsHost(host, incoming.headers.host, options.publicHosts)) {
      problem(outgoing, 421, 'Misdirected Request', 'This server answers only under its own address.');
      return;
    }
    if (url === apiPrefix || url.startsWith(`${apiPrefix}/`) || url.startsWith(`${apiPrefix}?`)) {
      for (const [name, value] of Object.entries(API_RESPONSE_HEADERS)) outgoing.setHeader(name, value);
      if (isForeignRequest(incoming)) {
        problem(outgoing, 403, 'Forbidden', 'Only the app itself may use this proxy.');
        return;
      }
      forward(proxy, url.slice(basePath.length - 1), incoming, outgoing).catch(() => {
        problem(outgoing, 502, 'Bad Gateway', 'The proxy failed to forward the request.');
      });
      return;
    }
    const teamRoute = url.startsWith(teamPrefix) ? teamRouteOf(url.slice(basePath.length - 1)) : null;
    if (url.startsWith(teamPrefix)) {
      for (const [name, value] of Object.entries(API_RESPONSE_HEADERS)) outgoing.setHeader(name, value);
      if (isForeignRequest(incoming)) {
        problem(outgoing, 403, 'Forbidden', 'Only the app itself may use the team API.');
        return;
      }
      if (!team || !teamRoute) {
        problem(outgoing, 404, 'Not Found', 'No such team resource.');
        return;
      }
      const teamPath = url.slice(basePath.length - 1);
      if (team.handle(teamRoute, teamPath, incoming, outgoing)) return;
      // The first sweep is still reading the waiting set: this one list request goes to amoCRM itself.
      forward(proxy, teamPath.slice('/team'.length), incoming, outgoing).catch(() => {
        problem(outgoing, 502, 'Bad Gateway', 'The proxy failed to forward the request.');
      });
      return;
    }
    if (basePath !== '/' && (url === basePath.slice(0, -1) || url.startsWith(`${basePath.slice(0, -1)}?`))) {
      outgoing.writeHead(308, { Location: basePath + url.slice(basePath.length - 1) });
      outgoing.end();
      return;
    }
    if (!url.startsWith(basePath)) {
      problem(outgoing, 404, 'Not Found', `The app is served under ${basePath}.`);
      return;
    }
    incoming.url = url.slice(basePath.length - 1);
    files(incoming, outgoing, () => problem(outgoing, 404, 'Not Found', 'No such file.'));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  team?.start();
  const address = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${address.port}${basePath.slice(0, -1)}`,
    team,
    close: () =>
      new Promise<void>((resolve) => {
        team?.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
