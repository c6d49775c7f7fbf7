import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

const root = fileURLToPath(new URL('../..', import.meta.url));
// E2E_PORT lets several checkouts run their browser tests side by side.
const port = Number(process.env.E2E_PORT ?? 4173);
// The demo build is served under a sub-path, as a static host would: the specs navigate relative to it.
export const DEMO_PATH = '/triage/';

export default defineConfig({
  testDir: '.',
  outputDir: `${root}/test-results`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}${DEMO_PATH}`,
    browserName: 'chromium',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `npm run build:demo && node tests/e2e/static-host.mjs dist-demo ${port}`,
    cwd: root,
    url: `http://127.0.0.1:${port}${DEMO_PATH}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
