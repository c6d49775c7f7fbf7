// A stand-in for the CRM page: serves the local host page on its own origin and answers /api/v4 the way the CRM
// does for a signed-in manager (by forwarding to an amoCRM, here the emulator, with a token in place of the
// session cookie). The app itself is served elsewhere, so the two are on different origins.
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';

export interface HostPageOptions {
  /** Where the app is served, with its base path (e.g. http://localhost:4183/ or http://localhost:4183/triage/). */
  appUrl: string;
  /** The amoCRM (or emulator) to forward /api/v4 to; without it the page cannot relay. */
  apiUrl?: string;
  /** Sent as the Bearer token on forwarded calls: the stand-in for the manager's CRM session. */
  apiToken?: string;
  port?: number;
  host?: string;
}

export interface HostPage {
  url: string;
  close(): Promise<void>;
}

const FILES: Record<string, string> = {
  '/': 'index.html',
  '/index.html': 'index.html',
  '/host-page.js': 'host-page.js',
  '/foreign.html': 'foreign.html',
};
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };
const FORWARDED_HEADERS = ['accept', 'content-type'];

async function readBody(incoming: IncomingMessage): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  return chunks.length > 0 ? new Uint8Array(Buffer.concat(chunks)) : undefined;
}

async function forward(options: HostPageOptions, incoming: IncomingMessage, outgoing: ServerResponse) {
  if (!options.apiUrl) {
    outgoing.writeHead(502, { 'Content-Type': 'text/plain' }).end('No API to forward to.');
    return;
  }
  const headers = new Headers();
  for (const name of FORWARDED_HEADERS) {
    const value = incoming.headers[name];
    if (typeof value === 'string') headers.set(name, value);
  }
  if (options.apiToken) headers.set('Authorization', `Bearer ${options.apiToken}`);
  const method = incoming.method ?? 'GET';
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(incoming);
  const response = await fetch(new URL(incoming.url ?? '/', options.apiUrl), { method, headers, body });
  const answer: Record<string, string> = {};
  for (const name of ['content-type', 'retry-after', 'x-request-id']) {
    const value = response.headers.get(name);
    if (value !== null) answer[name] = value;
  }
  outgoing.writeHead(response.status, answer).end(Buffer.from(await response.arrayBuffer()));
}

async function serveFile(options: HostPageOptions, path: string, outgoing: ServerResponse) {
  if (path === '/config.js') {
    const config = { appUrl: options.appUrl };
    outgoing.writeHead(200, { 'Content-Type': TYPES['.js'] ?? '', 'Cache-Control': 'no-store' });
    outgoing.end(`window.HOST_PAGE_CONFIG = ${JSON.stringify(config)};\n`);
    return;
  }
  const file = FILES[path];
  if (!file) {
    outgoing.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    return;
  }
  const content = await readFile(join(import.meta.dirname, file));
  outgoing.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'text/plain', 'Cache-Control': 'no-store' });
  outgoing.end(content);
}

export async function startHostPage(options: HostPageOptions): Promise<HostPage> {
  const { port = 5181, host = 'localhost' } = options;
  const server = createServer((incoming, outgoing) => {
    const path = new URL(incoming.url ?? '/', 'http://host.invalid').pathname;
    const work = path.startsWith('/api/v4/')
      ? forward(options, incoming, outgoing)
      : serveFile(options, path, outgoing);
    work.catch((error: unknown) => {
      if (!outgoing.headersSent) outgoing.writeHead(502, { 'Content-Type': 'text/plain' });
      outgoing.end(String(error));
    });
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
