import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Runs axe on the whole page at rest (a hovered element can fail contrast on its own) and lists what it finds. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  await page.mouse.move(0, 0);
  const results = await new AxeBuilder({ page }).analyze();
  const found = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => `${node.target.join(' ')} ${node.failureSummary ?? ''}`).join('; ')}`,
  );
  expect(found).toEqual([]);
}
