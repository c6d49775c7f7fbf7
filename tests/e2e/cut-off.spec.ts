import { expect, type Page, test } from '@playwright/test';
import { installPageClock, passUndoWindow } from './undo-window';

/**
 * Every visible button, and every link outside the list of leads, shows its whole label: none of its parts is cut
 * off by its box. (A row of the list shortens a long message on purpose, and its name carries all of it.) Found by
 * role, measured in the page.
 */
async function cutOffControls(page: Page): Promise<string[]> {
  const cut: string[] = [];
  const controls = [
    ...(await page.getByRole('button').all()),
    ...(await page.getByRole('navigation').getByRole('link').all()),
    ...(await page.getByRole('alert').getByRole('link').all()),
  ];
  for (const control of controls) {
    if (!(await control.isVisible())) continue;
    const clipped = await control.evaluate((element) =>
      [element, ...element.querySelectorAll('*')].some((part) => {
        const style = getComputedStyle(part);
        const clips =
          style.overflow !== 'visible' || style.overflowX !== 'visible' || style.textOverflow === 'ellipsis';
        return clips && part.scrollWidth > part.clientWidth + 1;
      }),
    );
    if (clipped) cut.push((await control.innerText()) || ((await control.getAttribute('aria-label')) ?? '?'));
  }
  return cut;
}

for (const [language, width] of [
  ['en', 1280],
  ['en', 375],
  ['ru', 1280],
  ['ru', 375],
] as const) {
  test(`A failed accept's notification shows Retry in full (${language}, ${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await installPageClock(page);
    await page.addInitScript((locale) => localStorage.setItem('incoming-leads-triage.locale', locale), language);
    await page.goto('inbox?reset-demo');
    const list = page.getByRole('list', { name: language === 'en' ? 'Incoming leads' : 'Неразобранные заявки' });
    await expect(list.getByRole('link').first()).toBeVisible({ timeout: 20_000 });
    await page.getByRole('button', { name: language === 'en' ? /^Demo data/ : /^Демо-данные/ }).click();
    await page
      .getByRole('dialog')
      .getByRole('radio', { name: language === 'en' ? 'Server errors' : 'Ошибки сервера' })
      .check();
    await page.keyboard.press('Escape');

    await list.getByRole('link').first().focus();
    await page.keyboard.press('a');
    await passUndoWindow(page);
    const retry = page.getByRole('alert').getByRole('button', { name: language === 'en' ? 'Retry' : 'Повторить' });
    await expect(retry.first()).toBeVisible({ timeout: 20_000 });

    expect(await cutOffControls(page)).toEqual([]);
  });
}
