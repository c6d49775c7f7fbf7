import { expect, type Locator, type Page, test } from '@playwright/test';
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
/** The first row cut by the list's top or bottom edge, and a point on its visible part, 6 px inside that edge. */
async function partlyVisibleRow(list: Locator, edge: 'top' | 'bottom') {
  const box = await list.locator('xpath=..').boundingBox();
  if (!box) throw new Error('The list is not on screen');
  const cut = edge === 'top' ? box.y : box.y + box.height;
  for (const row of await list.getByRole('link').all()) {
    const rowBox = await row.boundingBox();
    if (rowBox && rowBox.y < cut - 6 && rowBox.y + rowBox.height > cut + 6) {
      return { row, x: rowBox.x + rowBox.width / 2, y: edge === 'top' ? cut + 6 : cut - 6 };
    }
  }
  throw new Error(`No row is cut by the list's ${edge} edge`);
}

for (const { edge, withDrawer } of [
  { edge: 'bottom', withDrawer: false },
  { edge: 'top', withDrawer: true },
] as const) {
  test(`A click on the visible part of a row cut by the list's ${edge} edge opens that lead${withDrawer ? ' from an open drawer' : ''}`, async ({
    page,
  }) => {
    const list = await openInbox(page);
    if (withDrawer) {
      await list.getByRole('link').first().click();
      await expect(page.getByRole('dialog')).toBeVisible();
    }
    // The wheel leaves rows cut at both edges: 64 px rows, 100 px down.
    await list.locator('xpath=..').hover();
    await page.mouse.wheel(0, 100);
    await expect.poll(() => list.locator('xpath=..').evaluate((scroller) => scroller.scrollTop)).toBe(100);
    const target = await partlyVisibleRow(list, edge);
    const uid = await target.row.getAttribute('data-uid');

    // A press held as a hand holds it: nothing may move under the pointer before the release.
    await page.mouse.click(target.x, target.y, { delay: 150 });

    await expect(page).toHaveURL(new RegExp(`lead=${uid}`));
    await expect(list.locator('[aria-current="true"]').getByRole('link')).toHaveAttribute('data-uid', uid ?? '');
    // The list stayed where the manager scrolled it.
    expect(await list.locator('xpath=..').evaluate((scroller) => scroller.scrollTop)).toBe(100);
  });
}

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
