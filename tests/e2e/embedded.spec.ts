import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { type HostPage, startHostPage } from '../../examples/host-page/server';
import { type EmulatorServer, startEmulatorServer } from '../../mocks/runtimes/server';
import { installPageClock, passUndoWindow } from './undo-window';

// The app (the demo build the config serves) inside the local host page on another origin. The host page
// forwards /api/v4 to a standalone emulator with a token, as the CRM does with the manager's session.
const HOST_PORT = 4391;
const FOREIGN_PORT = 4392;
const EMULATOR_PORT = 4393;

let emulator: EmulatorServer;
let hostPage: HostPage;
let foreignPage: HostPage;
let appOrigin: string;

test.beforeAll(async () => {
  const baseURL = test.info().project.use.baseURL;
  if (!baseURL) throw new Error('The Playwright config sets no baseURL for the demo build.');
  // Two localhost ports: different origins of one site, as the brief asks. (A cross-site frame whose browser
  // blocks third-party storage cannot start the demo's emulator; the relayed and live paths need no storage.)
  const appUrl = new URL(baseURL.endsWith('/') ? baseURL : `${baseURL}/`);
  appUrl.hostname = 'localhost';
  appOrigin = appUrl.origin;
  // amoCRM's real rate limit: the relayed client must stay under it on its own.
  emulator = await startEmulatorServer({ port: EMULATOR_PORT });
  hostPage = await startHostPage({
    appUrl: appUrl.href,
    apiUrl: emulator.url,
    apiToken: 'demo-admin-token',
    port: HOST_PORT,
  });
  foreignPage = await startHostPage({ appUrl: appUrl.href, port: FOREIGN_PORT });
});

test.afterAll(async () => {
  await Promise.all([hostPage?.close(), foreignPage?.close(), emulator?.close()]);
});

async function openHostPage(page: Page, query: string) {
  await page.goto(`${hostPage.url}/?${query}`);
  await expect(page.getByRole('status')).toHaveText('Connected', { timeout: 20_000 });
  return page.frameLocator('iframe[title="Incoming leads"]');
}

test('Manager triages inside the CRM page: the host relays the API calls and hears what happened', async ({ page }) => {
  test.setTimeout(90_000);
  await installPageClock(page);
  const ownApiCalls: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === appOrigin && url.pathname.includes('/api/v4/')) ownApiCalls.push(request.url());
  });
  // An incoming lead that came with a lead and a contact, opened in the drawer from the start.
  const record = [...emulator.emulator.db.incoming.values()].find(
    (candidate) => candidate.state === 'pending' && candidate.lead_id !== null && candidate.contact_id !== null,
  );
  if (!record) throw new Error('The seeded account has an incoming lead with a lead and a contact.');
  const uid = record.uid;
  const frame = await openHostPage(page, `locale=ru&theme=dark&relay=1&lead=${uid}`);
  const events = page.getByRole('log', { name: 'Events from the app' });

  // The handshake's locale and theme are applied.
  await expect(frame.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(frame.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await expect(frame.getByRole('banner').getByText('Неразобранное')).toBeVisible();
  // The data is the CRM's, through the host: the frame does not call it demo data.
  await expect(frame.getByText('Демо-данные')).toHaveCount(0);

  // The host switches the language; the app follows without a reload.
  await page.getByLabel('Language').selectOption('en');
  await expect(frame.locator('html')).toHaveAttribute('lang', 'en');
  await expect(frame.getByRole('banner').getByText('Incoming leads')).toBeVisible();
  await expect(frame.getByRole('list', { name: 'Incoming leads' }).getByRole('link').first()).toBeVisible({
    timeout: 20_000,
  });

  const drawer = frame.getByRole('dialog');
  await drawer.getByRole('link', { name: 'Open the lead in amoCRM' }).click();
  await expect(events).toContainText(`open-in-crm lead ${record.lead_id}`);
  await expect(events).toContainText(`navigate /leads/detail/${record.lead_id}`);
  // The frame did not navigate away: the drawer is still there.
  await expect(drawer).toBeVisible();

  await drawer.getByRole('button', { name: /^Accept/ }).click();
  await passUndoWindow(page);
  await expect(events).toContainText(`lead-accepted ${uid}`, { timeout: 20_000 });
  expect(emulator.emulator.db.incoming.get(uid)?.state).toBe('accepted');
  // Every API call went through the host page; the frame never called its own origin's API.
  expect(ownApiCalls).toEqual([]);
});

test('Messages from a page on a third origin are ignored', async ({ page }) => {
  const frame = await openHostPage(page, 'locale=ru&theme=dark&relay=1');
  const html = frame.locator('html');
  await expect(html).toHaveAttribute('lang', 'ru');

  // A frame from another origin, sharing the page, tells the app to switch to English.
  await page.evaluate((src) => {
    const foreign = document.createElement('iframe');
    foreign.title = 'Foreign';
    foreign.src = src;
    document.body.append(foreign);
  }, `${foreignPage.url}/foreign.html`);
  await expect(page.frameLocator('iframe[title="Foreign"]').getByText('Sent')).toBeVisible();

  // The real host's next message gets through, so the forged ones were received first, and ignored.
  await page.getByLabel('Theme').selectOption('light');
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'light');
  await expect(html).toHaveAttribute('lang', 'ru');
  await expect(frame.getByRole('banner').getByText('Неразобранное')).toBeVisible();
});

test('Without the relay the embedded demo serves its own data, sizes its frame and passes axe', async ({ page }) => {
  // A frame too short for the inbox: the app reports the height it needs and the host grows the frame.
  const frame = await openHostPage(page, 'locale=en&theme=light&relay=0&height=200');
  await expect(frame.getByRole('list', { name: 'Incoming leads' }).getByRole('link').first()).toBeVisible({
    timeout: 20_000,
  });
  await expect(frame.getByText('Demo data')).toBeVisible();
  const iframe = page.getByTitle('Incoming leads');
  // The inbox needs 24rem, plus the bar and the padding.
  await expect.poll(async () => (await iframe.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(24 * 16 + 36);

  await page.mouse.move(0, 0);
  const results = await new AxeBuilder({ page }).include('iframe').analyze();
  // axe looked inside the frame (a node's target names the frame, then the element in it).
  expect(results.passes.some((rule) => rule.nodes.some((node) => node.target.length > 1))).toBe(true);
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.length}`)).toEqual([]);
});
