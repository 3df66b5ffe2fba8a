// The explorer journey: search "Paraguay", open it, read the knowledge transfer from Brazil with
// its quote, switch "Knowledge transfer" off and see counts and details change, reload the link
// and find the same view; then back/forward through selections and a strange URL.
import { describe, expect, it } from 'vitest';
import { openPage, sharedHarness } from './harness.ts';

const harness = sharedHarness();

describe('explorer journey', () => {
  it('finds Paraguay, shows what it learned from Brazil, filters, and restores the view from the URL', async () => {
    const { page, foreign, errors, close } = await openPage(harness());
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('Paraguay');
    await page.locator('[role=option]').first().waitFor();
    expect(await page.locator('[role=option]').first().innerText()).toContain('Paraguay');
    await search.press('Enter');

    const details = page.getByRole('region', { name: 'Paraguay', exact: true });
    await details.waitFor();
    const learned = details.getByRole('region', { name: /^learned from/ });
    expect(await learned.getByRole('button', { name: 'Brazil', exact: true }).count()).toBeGreaterThan(0);
    expect(await learned.innerText()).toMatch(/Paraguay which adapted Brazil/);

    const status = page.getByTestId('graph-size');
    const before = await status.innerText();
    const transfer = page.getByRole('checkbox', { name: /Knowledge transfer/ });
    expect(await transfer.isChecked()).toBe(true);
    await transfer.uncheck();
    expect(await status.innerText()).not.toBe(before);
    expect(await details.getByRole('region', { name: /^learned from/ }).count()).toBe(0);
    expect(await details.getByTestId('hidden-relations').innerText()).toMatch(/hidden by the filters/);

    await page.waitForFunction(() => location.search.includes('hide=knowledge_transfer'));
    const url = page.url();
    expect(url).toContain('node=pry');
    await page.goto(url);
    await page.getByRole('region', { name: 'Paraguay', exact: true }).waitFor();
    expect(await page.getByRole('checkbox', { name: /Knowledge transfer/ }).isChecked()).toBe(false);
    expect(await page.getByTestId('graph-size').innerText()).toBe(await status.innerText());
    expect(errors).toEqual([]);
    expect(foreign()).toEqual([]);
    await close();
  });

  it('opens the source passage with the quote highlighted', async () => {
    const { page, close } = await openPage(harness(), '?node=pry');
    const details = page.getByRole('region', { name: 'Paraguay', exact: true });
    await details.waitFor();
    await details
      .getByRole('region', { name: /^learned from/ })
      .getByRole('button', { name: 'Show in document' })
      .first()
      .click();
    const dialog = page.getByRole('dialog', { name: 'Source document' });
    await dialog.locator('mark').waitFor();
    expect(await dialog.locator('mark').innerText()).toMatch(/Paraguay/);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await details.isVisible()).toBe(true);
    await close();
  });

  it('steps back and forward through selections, and Escape clears the selection', async () => {
    const { page, close } = await openPage(harness(), '?node=pry');
    await page.getByRole('region', { name: 'Paraguay', exact: true }).waitFor();
    await page
      .getByRole('region', { name: 'Paraguay', exact: true })
      .getByRole('button', { name: 'Brazil', exact: true })
      .first()
      .click();
    await page.getByRole('region', { name: 'Brazil', exact: true }).waitFor();
    await page.goBack();
    await page.getByRole('region', { name: 'Paraguay', exact: true }).waitFor();
    await page.goForward();
    await page.getByRole('region', { name: 'Brazil', exact: true }).waitFor();
    await page.locator('body').press('Escape');
    await page.getByRole('region', { name: 'Brazil', exact: true }).waitFor({ state: 'detached' });
    await close();
  });

  it('ignores a strange URL with a notice instead of crashing', async () => {
    const { page, errors, close } = await openPage(harness(), '?node=atlantis&hide=bogus&cam=a,b&zz=1');
    const notices = page.getByRole('status', { name: 'Notices' });
    await notices.waitFor();
    const text = await notices.innerText();
    expect(text).toMatch(/atlantis/);
    expect(text).toMatch(/bogus/);
    expect(text).toMatch(/"zz"/);
    expect(await page.getByRole('combobox', { name: 'Search' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it('reaches every control by Tab with a visible focus ring', async () => {
    const { page, close } = await openPage(harness());
    await page.getByRole('combobox', { name: 'Search' }).waitFor();
    const seen = new Set<string>();
    const ringless: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate((index) => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        el.dataset.tabIndexSeen ??= String(index);
        const style = getComputedStyle(el);
        const label = el.closest('label')?.textContent ?? el.getAttribute('aria-label') ?? el.textContent ?? el.tagName;
        return {
          id: el.dataset.tabIndexSeen,
          label: label.trim(),
          ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
        };
      }, i);
      if (!info) continue;
      seen.add(info.id);
      if (!info.ring) ringless.push(info.label);
    }
    expect(seen.size).toBeGreaterThan(20);
    expect(ringless).toEqual([]);
    // The relation filters are among the controls reached.
    expect(await page.locator('input[type=checkbox][data-tab-index-seen]').count()).toBeGreaterThan(10);
    await close();
  });
});
