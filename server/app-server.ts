import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';

/** The production build on localhost, with a same-origin proxy that adds the account's token. */
export interface AppServerOptions {
  /** The folder of `npm run build`. */
  distDir: string;
  /** The account, e.g. https://example.amocrm.ru; `/api/v4/…` is forwarded there. */
  accountUrl: string;
  /** A long-lived token; it is added here and never reaches the browser. */
  token: string;
  port?: number;
  host?: string;
}

export interface AppServer {
  url: string;
  close(): Promise<void>;
}

/** Headers that describe one hop, or that would leak the browser's own credentials to the account. */
const DROPPED_REQUEST_HEADERS = new Set([
  'host',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'proxy-connection',
  'authorization',
  'cookie',
  'origin',
  'referer',
  'content-length',
  'accept-encoding',
]);

const DROPPED_RESPONSE_HEADERS = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-encoding',
  'content-length',
  'set-cookie',
]);

async function readBody(incoming: IncomingMessage): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  return chunks.length > 0 ? new Uint8Array(Buffer.concat(chunks)) : undefined;
}

function problem(outgoing: ServerResponse, status: number, title: string, detail: string): void {
  outgoing.writeHead(status, { 'Content-Type': 'application/problem+json' });
  outgoing.end(JSON.stringify({ title, type: `https://httpstatus.es/${status}`, status, detail }));
}

async function forward(options: AppServerOptions, incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined || DROPPED_REQUEST_HEADERS.has(name)) continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  headers.set('Authorization', `Bearer ${options.token}`);
  const method = incoming.method ?? 'GET';
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(incoming);
  const target = new URL(incoming.url ?? '/', options.accountUrl);
  let response: Response;
  try {
    response = await fetch(target, { method, headers, body, redirect: 'manual' });
  } catch {
    problem(outgoing, 502, 'Bad Gateway', 'The amoCRM account could not be reached from the server.');
    return;
  }
  const answer: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (!DROPPED_RESPONSE_HEADERS.has(name)) answer[name] = value;
  });
  outgoing.writeHead(response.status, answer);
  outgoing.end(Buffer.from(await response.arrayBuffer()));
}

export async function startAppServer(options: AppServerOptions): Promise<AppServer> {
  const { distDir, port = 8080, host = '127.0.0.1' } = options;
  if (!existsSync(join(distDir, 'index.html')))
    throw new Error(`${distDir} has no index.html: run npm run build first`);
  // Hashed assets never change; index.html is checked on every visit so a new build is picked up.
  const files = sirv(distDir, {
    single: true,
    etag: true,
    setHeaders: (response, pathname) => {
      response.setHeader(
        'Cache-Control',
        pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
      response.setHeader('X-Content-Type-Options', 'nosniff');
    },
  });
  const server = createServer((incoming, outgoing) => {
    const path = incoming.url ?? '/';
    if (path === '/api/v4' || path.startsWith('/api/v4/') || path.startsWith('/api/v4?')) {
      forward(options, incoming, outgoing).catch(() => {
        if (!outgoing.headersSent) problem(outgoing, 502, 'Bad Gateway', 'The proxy failed to forward the request.');
        else outgoing.destroy();
      });
      return;
    }
    files(incoming, outgoing, () => problem(outgoing, 404, 'Not Found', 'No such file.'));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
