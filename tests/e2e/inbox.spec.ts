import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations, switchColorScheme } from './axe';

async function openInbox(page: Page, url = 'inbox?reset-demo') {
  await page.goto(url);
  const list = page.getByRole('list', { name: 'Incoming leads' });
  await expect(list.getByRole('link').first()).toBeVisible();
  return list;
}

test('Manager narrows the inbox to calls in one pipeline and reads a call in full', async ({ page }) => {
  const list = await openInbox(page);

  await page.getByText(/^Calls \d+$/).click();
  await page.getByRole('combobox', { name: 'Pipeline' }).click();
  await page.getByRole('option', { name: 'Wholesale' }).click();

  await expect(page).toHaveURL(/category=.*sip/);
  await expect(page).toHaveURL(/pipeline=3166396/);
  const rows = list.getByRole('link');
  await expect(rows.first()).toBeVisible();
  for (const name of await rows.evaluateAll((links) => links.map((link) => link.getAttribute('aria-label') ?? ''))) {
    expect(name).toMatch(/^Call from /);
  }

  await rows.first().click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByRole('heading', { level: 2 })).toBeVisible();
  await expect(drawer.getByRole('heading', { name: 'Call details' })).toBeVisible();
  await expect(drawer.getByText('Wholesale').first()).toBeVisible();
  await expect(page).toHaveURL(/lead=[0-9a-f]+/);

  // A shared link reproduces the same view.
  const url = page.url();
  const other = await page.context().newPage();
  await other.goto(url);
  await expect(other.getByRole('dialog').getByRole('heading', { name: 'Call details' })).toBeVisible();
  await expect(other.getByRole('checkbox', { name: /^Calls \d+$/ })).toBeChecked();
});

test('Manager moves through the inbox and the drawer with the keyboard alone', async ({ page }) => {
  const list = await openInbox(page);
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  const current = list.locator('[aria-current="true"]');
  await expect(current).toHaveCount(1);
  const secondName = await current.getByRole('link').getAttribute('aria-label');

  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  const firstUrl = page.url();
  await page.keyboard.press('j');
  await expect(page).not.toHaveURL(firstUrl);
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('k');
  await expect(page).toHaveURL(firstUrl);

  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByRole('link', { name: secondName ?? '' })).toBeFocused();

  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search loaded incoming leads' })).toBeFocused();
  await page.keyboard.type('j');
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.keyboard.press('Escape');
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('Shift+Slash');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
});

// One journey per view, checked in both themes: the theme follows the browser's setting without a reload.
test('The inbox passes axe in the light and the dark theme', async ({ page }) => {
  await openInbox(page);
  for (const colorScheme of ['light', 'dark'] as const) {
    await switchColorScheme(page, colorScheme);
    await expectNoAxeViolations(page, `the inbox in the ${colorScheme} theme`);
  }
});

for (const [category, title] of [
  ['sip', 'Call details'],
  ['forms', 'Form details'],
  ['chats', 'Chat details'],
  ['mail', 'E-mail details'],
] as const) {
  test(`The ${title.toLowerCase()} drawer passes axe in the light and the dark theme`, async ({ page }) => {
    const list = await openInbox(page, `inbox?category=${encodeURIComponent(JSON.stringify([category]))}`);
    await list.getByRole('link').first().click();
    await expect(page.getByRole('dialog').getByRole('heading', { name: title })).toBeVisible();
    for (const colorScheme of ['light', 'dark'] as const) {
      await switchColorScheme(page, colorScheme);
      await expectNoAxeViolations(page, `the ${title.toLowerCase()} drawer in the ${colorScheme} theme`);
      await page.screenshot({ path: `test-results/inbox-drawer-${category}-${colorScheme}.png` });
    }
  });
}
