import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

async function openInbox(page: Page, url = 'inbox?reset-demo') {
  await page.goto(url);
  const list = page.getByRole('list', { name: 'Incoming leads' });
  await expect(list.getByRole('link').first()).toBeVisible({ timeout: 20_000 });
  return list;
}

async function pickScenario(page: Page, name: string) {
  await page.getByRole('button', { name: /^Demo data/ }).click();
  await page.getByRole('dialog', { name: 'Demo data' }).getByRole('radio', { name }).check();
  await page.keyboard.press('Escape');
}

test('The demo runs under its sub-path: the worker is scoped there, and deep links and reloads work', async ({
  page,
  baseURL,
}) => {
  const list = await openInbox(page);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope ?? null);
  expect(scope).toBe(baseURL);
  expect(new URL(page.url()).pathname).toBe('/triage/inbox');

  await list.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/triage\/inbox\?.*lead=[0-9a-f]+/);
  const deepLink = page.url();
  await page.reload();
  await expect(page.getByRole('dialog').getByRole('heading', { level: 2 })).toBeVisible();

  // The app's own links stay under the sub-path.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('link', { name: 'Inbox' })).toHaveAttribute('href', '/triage/inbox');

  // The same build on a host without an SPA fallback (GitHub Pages answers with 404.html) at another path.
  const other = await page.context().newPage();
  const response = await other.goto(deepLink.replace('/triage/', '/pages/'));
  expect(response?.status()).toBe(404);
  await expect(other.getByRole('dialog').getByRole('heading', { level: 2 })).toBeVisible({ timeout: 20_000 });
  const otherScope = await other.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope ?? null);
  expect(otherScope).toBe(new URL('/pages/', baseURL).href);
});

test('A mistyped address under the sub-path shows the app saying the page is not found, with a way back', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  for (const address of ['inbox/extra', 'summary/2026/oops', 'inbox/extra/', 'nowhere']) {
    const loaded = page.waitForResponse(
      (response) => /\/triage\/assets\/index-[^/]+\.js$/.test(new URL(response.url()).pathname) && response.ok(),
    );
    await page.goto(address);
    // The app's code comes from the app's folder, not from a folder named after the address.
    await loaded;
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible({ timeout: 20_000 });
    await page.getByRole('link', { name: 'Go to the inbox' }).click();
    await expect(page).toHaveURL(/\/triage\/inbox$/);
    await expect(page.getByRole('list', { name: 'Incoming leads' }).getByRole('link').first()).toBeVisible();
  }
  expect(errors).toEqual([]);
});

test('Visitor empties the account from the demo menu, keeps the choice over a reload, and goes back', async ({
  page,
}) => {
  await openInbox(page);
  await page.getByRole('button', { name: 'Demo data', exact: true }).click();
  const menu = page.getByRole('dialog', { name: 'Demo data' });
  await expect(menu.getByRole('radio', { name: 'Normal' })).toBeChecked();
  await expectNoAxeViolations(page, 'the demo menu');
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();

  await pickScenario(page, 'Empty account');
  await expect(page.getByText('No incoming leads in any pipeline')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Demo data · Empty account' })).toBeVisible();

  await page.reload();
  await expect(page.getByText('No incoming leads in any pipeline')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('button', { name: 'Demo data · Empty account' })).toBeVisible();

  await pickScenario(page, 'Normal');
  await expect(page.getByRole('list', { name: 'Incoming leads' }).getByRole('link').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Demo data', exact: true })).toBeVisible();
});

test('Visitor plays an expired token and sees the token-rejected state, then recovers', async ({ page }) => {
  await openInbox(page);

  await pickScenario(page, 'Expired token');

  const alert = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'The token was rejected' }) });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('401 Unauthorized');
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(alert).toBeVisible();

  await alert.getByRole('button', { name: 'Back to a normal account' }).click();
  await expect(page.getByRole('list', { name: 'Incoming leads' }).getByRole('link').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Demo data', exact: true })).toBeVisible();
});

test('Visitor turns on the rate limit and the inbox slows down instead of failing', async ({ page }) => {
  await openInbox(page);
  const blocked: string[] = [];
  page.on('response', (response) => {
    if (response.url().includes('/api/v4/') && response.status() === 403) blocked.push(response.url());
  });
  const limited = page.waitForResponse((response) => response.url().includes('/api/v4/') && response.status() === 429);

  await pickScenario(page, 'Rate-limited');

  expect((await limited).headers()['content-type']).toContain('json');
  await expect(page.getByRole('button', { name: 'Demo data · Rate-limited' })).toBeVisible();
  // The client backs off after a 429 and tries again, so the list comes back from amoCRM instead of an error,
  // and it never pushes the account into amoCRM's 403 block.
  await page.waitForResponse(
    (response) => response.url().includes('/api/v4/leads/unsorted?') && response.status() === 200,
    { timeout: 30_000 },
  );
  // At one request a second the page's look-ups queue behind the list: the rows appear once they are in.
  await expect(page.getByRole('list', { name: 'Incoming leads' }).getByRole('link').first()).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(blocked).toEqual([]);
});

test('Visitor resets the demo data after triage and gets the seeded account back', async ({ page }) => {
  const list = await openInbox(page);
  const first = list.getByRole('link').first();
  const firstName = (await first.getAttribute('aria-label')) ?? '';
  await page.keyboard.press('j');
  await page.keyboard.press('d');
  await expect(list.getByRole('link', { name: firstName, exact: true })).toHaveCount(0);

  await page.getByRole('button', { name: /^Demo data/ }).click();
  await page.getByRole('button', { name: 'Reset demo data…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Reset the demo data?' });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await expect(list.getByRole('link', { name: firstName, exact: true })).toHaveCount(0);

  await page.getByRole('button', { name: /^Demo data/ }).click();
  await page.getByRole('button', { name: 'Reset demo data…' }).click();
  await confirm.getByRole('button', { name: 'Reset demo data' }).click();

  await expect(page.getByText('The demo data is back to its start.')).toBeVisible();
  await expect(list.getByRole('link').first()).toHaveAttribute('aria-label', firstName);
  await page.reload();
  await expect(list.getByRole('link').first()).toHaveAttribute('aria-label', firstName, { timeout: 20_000 });
});
