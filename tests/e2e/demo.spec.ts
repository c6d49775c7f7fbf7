import { expect, test } from '@playwright/test';

test('Visitor opens the demo and sees incoming leads served by the emulated amoCRM API', async ({ page }) => {
  const mockingEnabled = page.waitForEvent('console', (message) => message.text().includes('[MSW] Mocking enabled'));
  const unsortedResponse = page.waitForResponse(
    (response) => response.url().includes('/api/v4/leads/unsorted') && response.status() === 200,
  );
  await page.goto('./');
  await mockingEnabled;

  await expect(page).toHaveURL(/\/inbox/);
  const response = await unsortedResponse;
  expect(response.headers()['content-type']).toBe('application/hal+json');
  const body = await response.json();
  const firstUid: string = body._embedded.unsorted[0].uid;
  expect(firstUid).toMatch(/^[0-9a-f]{30,}$/);

  // The rows are the API's items in the API's order: the first row is the first item.
  const labels: Record<string, string> = { sip: 'Call', forms: 'Form', chats: 'Chat', mail: 'Mail' };
  const first = body._embedded.unsorted[0];
  const list = page.getByRole('list', { name: 'Incoming leads' });
  const firstRow = list.getByRole('link').first();
  await expect(firstRow).toHaveAttribute('aria-label', new RegExp(`^${labels[first.category]} from `));
  await firstRow.click();
  await expect(page).toHaveURL(new RegExp(`lead=${first.uid}`));

  const controlled = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null);
  expect(controlled).toMatch(/\/mockServiceWorker\.js$/);
});
