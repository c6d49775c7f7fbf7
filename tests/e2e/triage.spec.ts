import { expect, type Page, test } from '@playwright/test';
import { installPageClock, passUndoWindow, UNDO_WINDOW_MS } from './undo-window';

test.beforeEach(async ({ page }) => {
  await installPageClock(page);
});

async function openInbox(page: Page, url: string) {
  await page.goto(url);
  const list = page.getByRole('list', { name: 'Incoming leads' });
  await expect(list.getByRole('link').first()).toBeVisible({ timeout: 20_000 });
  return list;
}

/** The uid of the row under the keyboard cursor, read from its link (the row's name ticks with the wait). */
async function cursorRowUid(page: Page) {
  const current = page.getByRole('list', { name: 'Incoming leads' }).locator('[aria-current="true"]');
  const href = (await current.getByRole('link').getAttribute('href')) ?? '';
  const uid = new URL(href, 'http://x').searchParams.get('lead');
  expect(uid).toBeTruthy();
  return uid ?? '';
}

function rowOf(page: Page, uid: string) {
  return page.getByRole('list', { name: 'Incoming leads' }).locator(`a[href*="lead=${uid}"]`);
}

test('Manager clears calls with the keyboard alone and undoes a mistake', async ({ page }) => {
  const list = await openInbox(page, `inbox?reset-demo&category=${encodeURIComponent('["sip"]')}`);
  const tray = page.getByRole('region', { name: 'Pending actions' });

  await page.keyboard.press('j');
  const first = await cursorRowUid(page);
  await expect(rowOf(page, first)).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();

  await page.keyboard.press('a');
  await expect(rowOf(page, first)).toHaveCount(0);
  await expect(tray.getByText(/^Accepting /)).toBeVisible();
  // The drawer moved on to the next call: a triage run.
  await expect(page.getByRole('dialog').getByRole('heading', { name: 'Call details' })).toBeVisible();

  await expect(page).not.toHaveURL(new RegExp(`lead=${first}`));
  const second = new URL(page.url()).searchParams.get('lead') ?? '';
  await page.keyboard.press('d');
  await expect(tray.getByText(/^Declining /)).toBeVisible();
  await expect(rowOf(page, second)).toHaveCount(0);
  await page.keyboard.press('z');
  await expect(tray.getByText(/^Declining /)).toHaveCount(0);
  await expect(rowOf(page, second)).toHaveCount(1);

  // The accept leaves the grace window and reaches the emulated amoCRM; the undone decline never does.
  await passUndoWindow(page);
  await expect(tray.getByText(/^Accepting /)).toHaveCount(0, { timeout: 15_000 });
  await page.goto(`inbox?category=${encodeURIComponent('["sip"]')}`);
  await expect(list.getByRole('link').first()).toBeVisible();
  await expect(rowOf(page, first)).toHaveCount(0);
  await expect(rowOf(page, second)).toHaveCount(1);
});

test('In the slow scenario the row leaves the list long before amoCRM answers', async ({ page }) => {
  await openInbox(page, 'inbox?reset-demo&scenario=slow');
  await page.keyboard.press('j');
  const uid = await cursorRowUid(page);
  await expect(rowOf(page, uid)).toHaveCount(1);
  const sent: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/accept')) sent.push(request.url());
  });
  const answered = page
    .waitForResponse((response) => response.url().includes('/accept'), { timeout: 20_000 })
    .then(() => Date.now());
  const pressedAt = Date.now();
  await page.keyboard.press('a');
  await expect(rowOf(page, uid)).toHaveCount(0, { timeout: 1_000 });
  const goneAt = Date.now();
  expect(goneAt - pressedAt).toBeLessThan(1_000);
  // The grace window comes first: a second before its end, nothing has gone to amoCRM.
  await page.clock.fastForward(UNDO_WINDOW_MS - 1_000);
  expect(sent).toEqual([]);
  // Then the request goes, and the slow server takes 1.5 s or more to answer it.
  await page.clock.fastForward(1_000);
  expect(await answered).toBeGreaterThan(goneAt + 1_500);
  expect(sent).toHaveLength(1);
});

test('A reload during the grace window does not lose the action', async ({ page }) => {
  const list = await openInbox(page, 'inbox?reset-demo');
  await page.keyboard.press('j');
  const uid = await cursorRowUid(page);
  await expect(rowOf(page, uid)).toHaveCount(1);
  await page.keyboard.press('d');
  await expect(rowOf(page, uid)).toHaveCount(0);

  await page.goto('inbox');
  await expect(list.getByRole('link').first()).toBeVisible();
  // Still pending after the reload: shown in the tray, never back in the list, then sent.
  const tray = page.getByRole('region', { name: 'Pending actions' });
  await expect(tray.getByText(/^Declining /)).toBeVisible();
  await expect(rowOf(page, uid)).toHaveCount(0);
  await passUndoWindow(page);
  await expect(tray.getByText(/^Declining /)).toHaveCount(0, { timeout: 15_000 });
  await page.goto('inbox');
  await expect(list.getByRole('link').first()).toBeVisible();
  await expect(rowOf(page, uid)).toHaveCount(0);
});

test('Manager bulk-declines spam and reads a result for every lead', async ({ page }) => {
  const list = await openInbox(page, 'inbox?reset-demo');
  await page.keyboard.press('j');
  const uids = [await cursorRowUid(page)];
  await page.keyboard.press('x');
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  uids.push(await cursorRowUid(page));
  await page.keyboard.press('Shift+x');

  const toolbar = page.getByRole('toolbar', { name: 'Bulk actions' });
  await expect(toolbar.getByText('3 selected')).toBeVisible();
  await toolbar.getByRole('button', { name: 'Decline 3…' }).click();
  const confirm = page.getByRole('dialog', { name: /^Decline / });
  await confirm.getByRole('radio', { name: 'Spam' }).check();
  await confirm.getByRole('button', { name: 'Decline', exact: true }).click();

  for (const uid of uids) await expect(rowOf(page, uid)).toHaveCount(0);
  await passUndoWindow(page);
  const result = page.getByRole('dialog', { name: 'Bulk decline finished' });
  await expect(result).toBeVisible({ timeout: 15_000 });
  await expect(result.getByText('3 declined')).toBeVisible();
  await expect(list.getByRole('link').first()).toBeVisible();
});

test('The link dialog keeps its buttons in view however many leads the search finds', async ({ page }) => {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 800 });
    const list = await openInbox(page, `inbox?reset-demo&category=${encodeURIComponent('["chats"]')}`);
    await list.getByRole('link').first().click();
    const link = page.getByRole('dialog').getByRole('button', { name: 'Link…' });
    await expect(link).toBeEnabled({ timeout: 20_000 });
    await link.click();
    const modal = page.getByRole('dialog', { name: /^Link the chat/ });
    // A search most leads match: every lead in the demo account has a price, name or contact with an "a".
    await modal.getByRole('textbox', { name: 'Search leads' }).fill('а');
    await expect(modal.getByRole('radio').nth(20)).toBeAttached({ timeout: 20_000 });
    const confirm = modal.getByRole('button', { name: 'Link', exact: true });
    await expect(confirm).toBeInViewport();
    await expect(modal.getByRole('button', { name: 'Cancel' })).toBeInViewport();
    await modal.getByRole('button', { name: 'Cancel' }).click();
  }
});
