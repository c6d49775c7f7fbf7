import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

test('Manager switches the interface to Russian, reads a lead in Russian, and finds it Russian after a reload', async ({
  page,
}) => {
  await page.goto('inbox?reset-demo');
  await expect(page.getByRole('list', { name: 'Incoming leads' }).getByRole('link').first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByRole('radiogroup', { name: 'Language' }).getByText('RU', { exact: true }).click();

  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { level: 1, name: 'Неразобранное' })).toBeVisible();
  await expect(page).toHaveTitle(/^\(\d+\) Неразобранное$/);
  const list = page.getByRole('list', { name: 'Неразобранные заявки' });
  await list.getByRole('link').first().click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByRole('heading', { name: /^О (звонке|заявке с формы|чате|письме)$/ })).toBeVisible();
  await expect(drawer.getByRole('button', { name: 'Принять' })).toBeVisible();
  await expect(drawer.getByText(/^\d{1,2} [а-я]+\. \d{4} г\., \d{1,2}:\d{2}$/).first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Неразобранное' })).toBeVisible();
  await expect(page.getByRole('radiogroup', { name: 'Язык' }).getByRole('radio', { name: 'Русский' })).toBeChecked();
});

test.describe('in a browser set to Russian', () => {
  test.use({ locale: 'ru-RU' });

  test('Manager sees the inbox in Russian from the start, and axe finds nothing', async ({ page }) => {
    await page.goto('inbox?reset-demo');
    const list = page.getByRole('list', { name: 'Неразобранные заявки' });
    await expect(list.getByRole('link').first()).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByText(/^Звонки \d+$/)).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
