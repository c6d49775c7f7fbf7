import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Runs axe on the whole page at rest (a hovered element can fail contrast on its own) and lists what it finds.
 * The app's pages hold no frames, so axe runs in the page itself (legacy mode): the default mode opens a second
 * page to merge results across frames, which doubles the time of every check. Only violations are collected.
 * The embedded journey, whose page does hold the app's frame, uses the default mode.
 */
export async function expectNoAxeViolations(page: Page, where = 'the page'): Promise<void> {
  await page.mouse.move(0, 0);
  const results = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
  const found = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => `${node.target.join(' ')} ${node.failureSummary ?? ''}`).join('; ')}`,
  );
  expect(found, `axe on ${where}`).toEqual([]);
}

/** Switches the browser's colour scheme and waits for the app to follow it. */
export async function switchColorScheme(page: Page, colorScheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme });
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', colorScheme);
}
