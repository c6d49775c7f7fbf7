import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from '@playwright/test';
import sirv from 'sirv';
import { type EmulatorServer, startEmulatorServer } from '../../mocks/server';
import { type AppServer, startAppServer } from '../../server/app-server';
import { CHROMIUM_LAUNCH } from '../e2e/chromium';
import { startWire, type Wire } from './wire';

/** Builds, servers and the browser that the benchmark and the fault drill stand on. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const OUT_DIR = join(ROOT, 'bench-results');
export const LIVE_DIST = join(OUT_DIR, 'dist-live');
export const DEMO_DIST = join(OUT_DIR, 'dist-demo');

/** Ports of the benchmark and the drill; BENCH_PORT moves the whole block. */
const BASE_PORT = Number(process.env.BENCH_PORT ?? 4501);
let nextPort = BASE_PORT;
export const takePort = (): number => nextPort++;

export function buildApp(variant: 'live' | 'demo'): void {
  const args = ['vite', 'build', '--outDir', variant === 'live' ? LIVE_DIST : DEMO_DIST, '--emptyOutDir'];
  if (variant === 'demo') args.push('--mode', 'demo');
  execFileSync('npx', args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** The browser tests' Chromium, with precise memory figures for the heap measurement. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ ...CHROMIUM_LAUNCH, args: [...CHROMIUM_LAUNCH.args, '--enable-precise-memory-info'] });
}

/** The production build against the standalone emulator, with the measuring wire between them. */
export interface LiveStack {
  url: string;
  emulator: EmulatorServer;
  wire: Wire;
  app: AppServer;
  close(): Promise<void>;
}

export async function startLiveStack(
  options: { size?: 'demo' | 'load'; token?: string; distDir?: string } = {},
): Promise<LiveStack> {
  const emulator = await startEmulatorServer({ port: takePort(), size: options.size ?? 'demo' });
  const wire = await startWire(emulator.url, takePort());
  const app = await startAppServer({
    distDir: options.distDir ?? LIVE_DIST,
    accountUrl: wire.url,
    token: options.token ?? 'demo-admin-token',
    port: takePort(),
  });
  return {
    url: app.url,
    emulator,
    wire,
    app,
    async close() {
      await app.close();
      await wire.close();
      await emulator.close();
    },
  };
}

/** The demo build as a static site, like `vite preview`: the emulator runs in the page's service worker. */
export async function startStaticServer(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const files = sirv(dir, {
    single: true,
    etag: true,
    // As the production server does: hashed assets are cached for good, the page is checked on every visit.
    setHeaders: (response, pathname) =>
      response.setHeader(
        'Cache-Control',
        pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      ),
  });
  const server = createServer((incoming, outgoing) => files(incoming, outgoing));
  await new Promise<void>((resolve) => server.listen(takePort(), '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
