// Runtime robustness in real Chromium: "Show in document" twice does not take the app down, and a
// very long rejected link value gives a short notice whose dismiss button stays on screen.
import { describe, expect, it } from 'vitest';
import { openPage, sharedHarness } from './harness.ts';

const harness = sharedHarness();

describe('robustness', () => {
  it('opens and closes "Show in document" twice, with no page error and the app still there', async () => {
    const { page, errors, close } = await openPage(harness(), '?node=pry');
    const details = page.getByRole('region', { name: 'Paraguay', exact: true });
    await details.waitFor();
    const dialog = page.getByRole('dialog', { name: 'Source document' });
    for (let round = 0; round < 2; round++) {
      await details
        .getByRole('region', { name: /^learned from/ })
        .getByRole('button', { name: 'Show in document' })
        .first()
        .click();
      // Either the quote shows or the page failed (the app unmounted): the error is then the report.
      const shown = () => dialog.locator('mark').isVisible();
      await expect.poll(async () => errors.length > 0 || (await shown()), { timeout: 30_000 }).toBe(true);
      expect(errors).toEqual([]);
      await dialog.getByRole('button', { name: 'Close document' }).click();
      await dialog.waitFor({ state: 'hidden' });
    }
    await page.waitForTimeout(300);
    expect(errors).toEqual([]);
    expect(await details.isVisible()).toBe(true);
    expect(await page.getByTestId('graph-canvas').isVisible()).toBe(true);
    expect(await page.getByRole('combobox', { name: 'Search' }).isVisible()).toBe(true);
    await close();
  });
});
