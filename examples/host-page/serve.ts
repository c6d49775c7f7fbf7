// `npm run embed:host`: the demo build on one origin, the host page that embeds it on another, and the emulator
// behind the host page's /api/v4 (the stand-in for the CRM session the relay uses).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import sirv from 'sirv';
import { startEmulatorServer } from '../../mocks/runtimes/server';
import { startHostPage } from './server';

const APP_PORT = Number(process.env.APP_PORT ?? 5180);
const HOST_PORT = Number(process.env.HOST_PORT ?? 5181);
const DIST = resolve(import.meta.dirname, '../../dist');

/** The base path the build was made for, read from its index.html (e.g. "/" or "/triage/"). */
function buildBase(): string {
  let html: string;
  try {
    html = readFileSync(resolve(DIST, 'index.html'), 'utf8');
  } catch {
    throw new Error('dist/ has no build: run `npm run build:demo` first (npm run embed:host does).');
  }
  return /(?:src|href)="(\/[^"]*?)assets\//.exec(html)?.[1] ?? '/';
}

const BASE = buildBase();

async function serveApp(): Promise<{ url: string; close(): void }> {
  const files = sirv(DIST, { single: true, dev: true });
  const server = createServer((incoming, outgoing) => {
    // The build expects to live under BASE; strip it so the files are found.
    const url = incoming.url ?? '/';
    if (BASE !== '/' && url.startsWith(BASE)) incoming.url = `/${url.slice(BASE.length)}`;
    files(incoming, outgoing, () => {
      outgoing.writeHead(404).end();
    });
  });
  await new Promise<void>((done) => server.listen(APP_PORT, 'localhost', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://localhost:${port}${BASE}`, close: () => server.close() };
}

async function main() {
  const emulator = await startEmulatorServer({ port: 0 });
  const app = await serveApp();
  const hostPage = await startHostPage({
    appUrl: app.url,
    apiUrl: emulator.url,
    apiToken: 'demo-admin-token',
    port: HOST_PORT,
  });
  console.log(`App (demo build)  ${app.url}`);
  console.log(`Host page         ${hostPage.url}/   (try ?locale=ru&theme=dark, ?relay=0 for the app's own demo data)`);
  console.log(`Emulator          ${emulator.url} (behind the host page's /api/v4)`);
  const stop = () => {
    app.close();
    void Promise.all([hostPage.close(), emulator.close()]).then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
