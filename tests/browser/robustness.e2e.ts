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

  it.each([
    [1280, 800],
    [1024, 768],
  ])(
    'cuts a 300-character node= value in its notice, whose dismiss button stays on screen at %ix%i',
    async (width, height) => {
      const { page, errors, close } = await openPage(harness(), `?node=${'x'.repeat(300)}`);
      await page.setViewportSize({ width, height });
      const notices = page.getByRole('status', { name: 'Notices' });
      await notices.waitFor();
      const notice = notices.locator('p');
      expect(await notice.count()).toBe(1);
      const text = await notice.innerText();
      expect(text).toContain('Ignored link parameter "node"');
      expect(text.length).toBeLessThan(140);
      const dismiss = notices.getByRole('button', { name: 'Dismiss notice' });
      const box = await dismiss.boundingBox();
      const frame = await notice.boundingBox();
      expect(box && frame).toBeTruthy();
      expect(box!.x).toBeGreaterThanOrEqual(frame!.x);
      expect(box!.x + box!.width).toBeLessThanOrEqual(Math.min(frame!.x + frame!.width, width));
      expect(box!.y + box!.height).toBeLessThanOrEqual(height);
      await dismiss.click();
      await notices.waitFor({ state: 'detached' });
      expect(errors).toEqual([]);
      await close();
    },
  );
});
