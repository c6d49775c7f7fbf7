import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './chromium';

const root = fileURLToPath(new URL('../..', import.meta.url));
// E2E_PORT lets several checkouts run their browser tests side by side.
const port = Number(process.env.E2E_PORT ?? 4173);
// The demo build is served under a sub-path, as a static host would: the specs navigate relative to it.
export const DEMO_PATH = '/triage/';

export default defineConfig({
  testDir: '.',
  outputDir: `${root}/test-results`,
  fullyParallel: false,
  // One browser per core, at most two: each journey has its own context and its own demo data, and much of a
  // journey is waiting (the emulator's latency, paced requests), which the other browser fills.
  workers: Math.min(2, Math.max(1, availableParallelism())),
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}${DEMO_PATH}`,
    browserName: 'chromium',
    trace: 'retain-on-failure',
    launchOptions: CHROMIUM_LAUNCH,
  },
  webServer: {
    command: `npm run build:demo && node tests/e2e/static-host.mjs dist-demo ${port}`,
    cwd: root,
    url: `http://127.0.0.1:${port}${DEMO_PATH}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
