import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from '@playwright/test';
import sirv from 'sirv';
import { type EmulatorServer, startEmulatorServer } from '../../mocks/runtimes/server';
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
  /** Stops `npm start`'s server, as a crash or a deploy would, and starts it again on the same port. */
  restartApp(downMs: number): Promise<void>;
  /** Stops the account and starts a fresh one, seeded the same, on the same port. */
  restartEmulator(downMs: number): Promise<void>;
  close(): Promise<void>;
}

const portOf = (url: string) => Number(new URL(url).port);

export async function startLiveStack(
  options: { size?: 'demo' | 'load'; token?: string; distDir?: string; timeoutMs?: number } = {},
): Promise<LiveStack> {
  const size = options.size ?? 'demo';
  const emulator = await startEmulatorServer({ port: takePort(), size });
  const wire = await startWire(emulator.url, takePort());
  const startApp = (port: number) =>
    startAppServer({
      distDir: options.distDir ?? LIVE_DIST,
      accountUrl: wire.url,
      token: options.token ?? 'demo-admin-token',
      port,
      timeoutMs: options.timeoutMs,
    });
  const app = await startApp(takePort());
  const stack: LiveStack = {
    url: app.url,
    emulator,
    wire,
    app,
    async restartApp(downMs) {
      await stack.app.close();
      await sleep(downMs);
      stack.app = await startApp(portOf(stack.app.url));
    },
    async restartEmulator(downMs) {
      await stack.emulator.close();
      await sleep(downMs);
      stack.emulator = await startEmulatorServer({ port: portOf(stack.emulator.url), size });
    },
    async close() {
      await stack.app.close();
      await wire.close();
      await stack.emulator.close();
    },
  };
  return stack;
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
