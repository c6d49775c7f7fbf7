import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import sirv from 'sirv';
import { API_RESPONSE_HEADERS, forwardedRequestHeaders, proxyRefusal, returnedResponseHeaders } from './proxy-policy';
import { allowsHost, isForeignRequest } from './request-origin';

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
  /** The largest request body forwarded to the account. */
  maxBodyBytes?: number;
}

export interface AppServer {
  url: string;
  close(): Promise<void>;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_BODY_TIMEOUT_MS = 10_000;
// amoCRM takes at most 250 incoming leads per add request; a full batch with notes stays well below this.
const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;

class RequestTooLarge extends Error {}
class BodyTimeout extends Error {}

function problem(outgoing: ServerResponse, status: number, title: string, detail: string): void {
  if (outgoing.headersSent) {
    outgoing.destroy();
    return;
  }
  outgoing.writeHead(status, { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store' });
  outgoing.end(JSON.stringify({ title, type: `https://httpstatus.es/${status}`, status, detail }));
}

/** Reads the whole body, up to `limit` bytes and within `timeoutMs`: a slow sender must not hold the server. */
async function readBody(
  incoming: IncomingMessage,
  limit: number,
  timeoutMs: number,
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const declared = Number(incoming.headers['content-length'] ?? 0);
  if (declared > limit) throw new RequestTooLarge();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BodyTimeout()), timeoutMs);
  });
  const read = (async () => {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of incoming) {
      size += (chunk as Buffer).length;
      if (size > limit) throw new RequestTooLarge();
      chunks.push(chunk as Buffer);
    }
    return chunks.length > 0 ? new Uint8Array(Buffer.concat(chunks)) : undefined;
  })();
  try {
    return await Promise.race([read, timedOut]);
  } finally {
    clearTimeout(timer);
    read.catch(() => {});
  }
}

interface ProxySettings {
  accountUrl: string;
  token: string;
  timeoutMs: number;
  bodyTimeoutMs: number;
  maxBodyBytes: number;
}

async function forward(
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
  const timer = setTimeout(() => abort.abort(new DOMException('timeout', 'TimeoutError')), settings.timeoutMs);
  // A browser that leaves (a cancelled query) cancels the request to the account too.
  outgoing.once('close', () => abort.abort());
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
  const proxy: ProxySettings = {
    accountUrl: options.accountUrl,
    token: options.token,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    bodyTimeoutMs: options.bodyTimeoutMs ?? DEFAULT_BODY_TIMEOUT_MS,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
  };
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
  const address = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${address.port}${basePath.slice(0, -1)}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
