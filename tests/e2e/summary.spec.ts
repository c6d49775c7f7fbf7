import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations, switchColorScheme } from './axe';
import { installPageClock, passUndoWindow } from './undo-window';

interface ApiSummary {
  total: number;
  accepted: number;
  declined: number;
}

/** The emulated amoCRM's own summary of local days `fromDaysAgo`…`toDaysAgo`, asked from inside the page. */
function apiSummary(page: Page, fromDaysAgo: number, toDaysAgo: number): Promise<ApiSummary> {
  return page.evaluate(
    async ({ fromAgo, toAgo }) => {
      const now = new Date();
      const dayStart = (ago: number) =>
        Math.floor(new Date(now.getFullYear(), now.getMonth(), now.getDate() - ago).getTime() / 1000);
      const query = `filter[created_at][from]=${dayStart(fromAgo)}&filter[created_at][to]=${dayStart(toAgo - 1) - 1}`;
      const response = await fetch(`api/v4/leads/unsorted/summary?${query}`);
      const body = (await response.json()) as ApiSummary;
      // This request is outside the app's rate limiter: give the app its whole budget back before going on.
      await new Promise((resolve) => setTimeout(resolve, 1100));
      return body;
    },
    { fromAgo: fromDaysAgo, toAgo: toDaysAgo },
  );
}

function kpi(page: Page, name: string) {
  return page.getByRole('group', { name });
}

async function kpiNumber(page: Page, name: string): Promise<number> {
  const card = kpi(page, name);
  await expect(card).toHaveText(new RegExp(`^${name}\\d`));
  const text = (await card.textContent()) ?? '';
  return Number(
    text
      .slice(name.length)
      .match(/^[\d,]+/)?.[0]
      .replaceAll(',', ''),
  );
}

async function expectKpisOf(page: Page, summary: ApiSummary) {
  const waiting = summary.total - summary.accepted - summary.declined;
  for (const [name, value] of [
    ['Came in', summary.total],
    ['Accepted', summary.accepted],
    ['Declined', summary.declined],
    ['Still waiting', waiting],
  ] as const) {
    await expect(kpi(page, name)).toHaveText(new RegExp(`^${name}${value}(?!\\d)`));
  }
}

async function waitForTrend(page: Page, days: number) {
  const trend = page.getByRole('table', { name: 'Day by day' });
  await expect(trend.getByRole('row')).toHaveCount(days + 1);
  await expect(trend.getByText('not loaded yet')).toHaveCount(0, { timeout: 20_000 });
}

test('Head of sales reads the last 30 days: real numbers, and the trend fills in without a single 429', async ({
  page,
}) => {
  let tooManyRequests = 0;
  page.on('response', (response) => {
    if (response.status() === 429) tooManyRequests++;
  });
  await page.goto('summary?reset-demo&range=30d');
  await expect(page.getByRole('heading', { level: 1, name: 'Summary' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^\d+ of 30 days$/ })).toBeVisible();

  await waitForTrend(page, 30);
  await expectKpisOf(page, await apiSummary(page, 29, 0));
  await expect(kpi(page, 'Average sort time')).toHaveText(/^Average sort time(\d+ d )?\d+ (h|min)/);
  await expect(kpi(page, 'Came in')).toContainText('in the previous 30 days');
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  expect(tooManyRequests).toBe(0);
  await page.screenshot({ path: 'test-results/summary-30-days.png', fullPage: true });
});

test('The summary code loads only when the summary is opened', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('inbox?reset-demo');
  await expect(page.getByRole('list', { name: 'Incoming leads' }).getByRole('link').first()).toBeVisible();
  expect(scripts.filter((path) => path.includes('/assets/summary-'))).toEqual([]);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Summary' }).click();
  await expect(kpi(page, 'Came in')).toHaveText(/^Came in\d/);
  expect(scripts.some((path) => path.includes('/assets/summary-'))).toBe(true);
});

test('Manager accepts a lead in the inbox and the summary counts it without a reload', async ({ page }) => {
  await installPageClock(page);
  await page.goto('summary?reset-demo');
  await waitForTrend(page, 7);
  await expectKpisOf(page, await apiSummary(page, 6, 0));
  const accepted = await kpiNumber(page, 'Accepted');
  const waiting = await kpiNumber(page, 'Still waiting');

  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Inbox' }).click();
  await page.getByRole('list', { name: 'Incoming leads' }).getByRole('link').first().click();
  const accept = page.getByRole('dialog').getByRole('button', { name: 'Accept' });
  await expect(accept).toBeEnabled({ timeout: 15_000 });
  await accept.click();
  await nav.getByRole('link', { name: 'Summary' }).click();

  // Still in its undo window: the summary counts it already.
  await expect(kpi(page, 'Accepted')).toHaveText(new RegExp(`^Accepted${accepted + 1}(?!\\d)`));
  await expect(kpi(page, 'Still waiting')).toHaveText(new RegExp(`^Still waiting${waiting - 1}(?!\\d)`));
  await page.screenshot({ path: 'test-results/summary-after-accept.png', fullPage: true });

  // Then amoCRM has it, the page refreshes its numbers (a few seconds of requests), and they agree with the API.
  await passUndoWindow(page);
  await expect(page.getByText('amoCRM has it now.')).toBeVisible({ timeout: 15_000 });
  await waitForTrend(page, 7);
  const after = await apiSummary(page, 6, 0);
  expect(after.accepted).toBe(accepted + 1);
  await expectKpisOf(page, after);
});

test('The summary passes axe in the light and the dark theme', async ({ page }) => {
  await page.goto('summary?reset-demo');
  // Reasons this browser recorded for earlier declines: the breakdown is part of the page under test.
  await page.evaluate(() => {
    const at = Date.now();
    const entries = ['spam', 'spam', 'duplicate', 'wrong-number'].map((reason, index) => ({
      uid: `declined-${index}`,
      reason,
      at,
      category: 'sip',
      pipelineId: 2194576,
    }));
    localStorage.setItem('incoming-leads-triage.decline-reasons.v1', JSON.stringify(entries));
  });
  await page.goto('summary?range=custom');
  await expect(page.getByRole('heading', { name: 'Why leads were declined' })).toBeVisible();
  await waitForTrend(page, 7);
  for (const colorScheme of ['light', 'dark'] as const) {
    await switchColorScheme(page, colorScheme);
    await expectNoAxeViolations(page, `the summary in the ${colorScheme} theme`);
    await page.screenshot({ path: `test-results/summary-${colorScheme}.png`, fullPage: true });
  }
});
