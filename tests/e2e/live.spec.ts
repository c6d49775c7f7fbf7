import { expect, type Page, test } from '@playwright/test';
import { freePort, runToEnd, type Started, startScript } from './live-servers';
import { installPageClock, UNDO_WINDOW_MS } from './undo-window';

// The production build through `npm start`, against the standalone emulator as if it were an amoCRM account.
const TOKEN = 'demo-admin-token';
const EXPIRED_TOKEN = 'demo-expired-token';

let account: Started;
let live: Started;
let rejected: Started;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const [accountPort, livePort, rejectedPort] = [await freePort(), await freePort(), await freePort()];
  account = await startScript(
    'emulator',
    { PORT: String(accountPort) },
    `http://127.0.0.1:${accountPort}/api/v4/account`,
  );
  const accountUrl = `http://127.0.0.1:${accountPort}`;
  live = await startScript(
    'start',
    { AMOCRM_BASE_URL: accountUrl, AMOCRM_TOKEN: TOKEN, PORT: String(livePort) },
    `http://127.0.0.1:${livePort}/inbox`,
  );
  // Started after the first one is up: both build into the same dist/.
  rejected = await startScript(
    'start',
    { AMOCRM_BASE_URL: accountUrl, AMOCRM_TOKEN: EXPIRED_TOKEN, PORT: String(rejectedPort) },
    `http://127.0.0.1:${rejectedPort}/inbox`,
  );
});

test.afterAll(async () => {
  await Promise.all([live?.stop(), rejected?.stop(), account?.stop()]);
});

/** Everything the page could have kept or shown: markup, storage and cookies. */
async function pageState(page: Page): Promise<string> {
  const stored = await page.evaluate(() => {
    const dump = (storage: Storage) =>
      Object.entries({ ...storage })
        .flat()
        .join('\n');
    return [document.documentElement.outerHTML, dump(localStorage), dump(sessionStorage), document.cookie].join('\n');
  });
  const cookies = await page.context().cookies();
  return `${stored}\n${JSON.stringify(cookies)}`;
}

test('Manager works on a live account through npm start, and the token never reaches the browser', async ({ page }) => {
  const sent: { url: string; headers: Record<string, string> }[] = [];
  const loaded: Promise<string>[] = [];
  page.on('request', (request) => {
    sent.push({ url: request.url(), headers: request.headers() });
  });
  page.on('requestfinished', (request) => {
    loaded.push(
      request
        .allHeaders()
        .then(async (headers) => {
          const response = await request.response();
          const body = response && response.status() < 300 ? await response.text().catch(() => '') : '';
          return `${request.url()}\n${JSON.stringify(headers)}\n${body}`;
        })
        // A request that finishes as the page closes at the end of the journey can no longer be read; left
        // unhandled, its rejection would fail the next journey. Everything read while the page was open is checked.
        .catch(() => ''),
    );
  });

  const response = await page.goto(`${live.url}/inbox`);
  expect(response?.headers()['content-security-policy']).toContain('frame-ancestors');
  const list = page.getByRole('list', { name: 'Incoming leads' });
  await expect(list.getByRole('link').first()).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('button', { name: /^Demo data/ })).toHaveCount(0);

  // Open a lead, so the drawer's look-ups go through the proxy too.
  await list.getByRole('link').first().click();
  await expect(page.getByRole('dialog').getByRole('heading', { level: 2 })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('dialog').getByRole('heading', { level: 2 })).toBeVisible({ timeout: 20_000 });

  // Every request went to the app's own origin, API calls included: amoCRM is only reached by the proxy.
  expect(sent.length).toBeGreaterThan(5);
  const apiCalls = sent.filter((request) => new URL(request.url).pathname.startsWith('/api/v4/'));
  expect(apiCalls.length).toBeGreaterThan(2);
  for (const request of sent) expect(new URL(request.url).origin).toBe(live.url);
  for (const request of apiCalls) expect(request.headers.authorization).toBeUndefined();
  expect(JSON.stringify(sent)).not.toContain(TOKEN);

  // Nor in any file, answer, header, storage or cookie the page saw.
  const files = await Promise.all(loaded);
  expect(files.some((file) => file.includes('/assets/') && file.includes('.js'))).toBe(true);
  for (const file of files) expect(file).not.toContain(TOKEN);
  expect(await pageState(page)).not.toContain(TOKEN);
});

test('An account that rejects the token shows the token-rejected state, not a generic error', async ({ page }) => {
  await page.goto(`${rejected.url}/inbox`);

  const alert = page
    .getByRole('alert')
    .filter({ has: page.getByRole('heading', { name: 'amoCRM rejected the token' }) });
  await expect(alert).toBeVisible({ timeout: 20_000 });
  await expect(alert).toContainText('Check AMOCRM_TOKEN on the server');
  await expect(page.getByText('Something went wrong')).toHaveCount(0);
  await expect(page.getByText('Could not load incoming leads')).toHaveCount(0);

  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(alert).toBeVisible();
  expect(await pageState(page)).not.toContain(EXPIRED_TOKEN);
});

test('npm start stops with one clear line when a setting is missing or wrong, before building', async () => {
  const missing = await runToEnd('start', { AMOCRM_TOKEN: TOKEN });
  const wrong = await runToEnd('start', { AMOCRM_BASE_URL: 'https://example.com', AMOCRM_TOKEN: TOKEN });

  expect(missing.code).not.toBe(0);
  expect(missing.output.trim()).toBe('AMOCRM_BASE_URL is not set: use https://<subdomain>.amocrm.ru');
  expect(wrong.code).not.toBe(0);
  expect(wrong.output.trim()).toBe(
    'AMOCRM_BASE_URL "https://example.com" is not an amoCRM account: use https://<subdomain>.amocrm.ru (or .kommo.com)',
  );
});

test('Two tabs of one browser: an action taken in each is sent once, though one tab reloads in the undo window', async ({
  context,
}) => {
  const list = (tab: Page) => tab.getByRole('list', { name: 'Incoming leads' });
  const tray = (tab: Page) => tab.getByRole('region', { name: 'Pending actions' });
  const accepts = new Map<string, number>();
  // Each tab paces its own requests at amoCRM's 7 a second, but the tabs share the account's budget: the
  // journey lets one tab's burst end before the other sends, so a 429 (and its 60 s wait) does not decide it.
  let lastAnswer = Date.now();
  context.on('response', (response) => {
    if (response.url().includes('/api/v4/')) lastAnswer = Date.now();
  });
  async function quiet(): Promise<void> {
    await expect.poll(() => Date.now() - lastAnswer, { timeout: 20_000 }).toBeGreaterThan(1500);
  }
  context.on('request', (request) => {
    const match = /\/api\/v4\/leads\/unsorted\/([^/]+)\/accept$/.exec(new URL(request.url()).pathname);
    if (request.method() === 'POST' && match?.[1]) accepts.set(match[1], (accepts.get(match[1]) ?? 0) + 1);
  });
  /** The lead under the cursor, accepted with the keyboard. */
  async function acceptFirst(tab: Page): Promise<string> {
    // The tab in front, as the manager's: a background tab's page is hidden and does not paint.
    await tab.bringToFront();
    await tab.locator('body').click({ position: { x: 5, y: 300 } });
    await tab.keyboard.press('j');
    const href = (await list(tab).locator('[aria-current="true"]').getByRole('link').getAttribute('href')) ?? '';
    const uid = new URL(href, live.url).searchParams.get('lead') ?? '';
    await tab.keyboard.press('a');
    await expect(list(tab).locator(`a[href*="lead=${uid}"]`)).toHaveCount(0);
    return uid;
  }

  const [first, second] = [await context.newPage(), await context.newPage()];
  for (const tab of [first, second]) {
    await installPageClock(tab);
    await tab.goto(`${live.url}/inbox`);
    // Accepting needs the pipelines' stages, which come just after the rows.
    await expect(
      list(tab)
        .getByText(/^(Sales|Wholesale|Partners)$/)
        .first(),
    ).toBeVisible({ timeout: 20_000 });
  }
  // Once a tab has acted, its time stands still: the undo window lasts as long as the journey needs it to.
  const x = await acceptFirst(first);
  await first.clock.pauseAt(Date.now() + 100);
  const y = await acceptFirst(second);
  await second.clock.pauseAt(Date.now() + 100);
  expect(y).not.toBe(x);
  // Each tab shows both actions, and neither lead.
  for (const tab of [first, second]) {
    await expect(tray(tab).getByRole('listitem')).toHaveCount(2);
    for (const uid of [x, y]) await expect(list(tab).locator(`a[href*="lead=${uid}"]`)).toHaveCount(0);
  }

  await first.reload();
  // The reloaded page keeps its stopped clock: it runs again, and the page loads before the second tab's time
  // passes the undo window.
  await first.clock.resume();
  await expect(
    list(first)
      .getByText(/^(Sales|Wholesale|Partners)$/)
      .first(),
  ).toBeVisible({ timeout: 20_000 });
  await quiet();
  await second.clock.fastForward(UNDO_WINDOW_MS);
  await second.clock.resume();
  for (const tab of [first, second]) await expect(tray(tab)).toHaveCount(0, { timeout: 20_000 });
  expect(Object.fromEntries(accepts)).toEqual({ [x]: 1, [y]: 1 });
  for (const tab of [first, second]) {
    for (const uid of [x, y]) await expect(list(tab).locator(`a[href*="lead=${uid}"]`)).toHaveCount(0);
    await expect(tab.getByText(/already sorted by someone else/)).toHaveCount(0);
  }
});
