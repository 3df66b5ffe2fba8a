// The List view, the graph's text twin: toggled from Graph (and in the URL), it follows the filters
// and the selection, only renders the rows in view, and selecting in it selects on the canvas.
import { describe, expect, it } from 'vitest';
import { openPage, sharedHarness } from './harness.ts';

const harness = sharedHarness();

describe('List view', () => {
  it('shows the relations as sentences, follows filters and selection, and selects both ways', async () => {
    const { page, errors, close } = await openPage(harness());
    await page.getByTestId('graph-size').waitFor();
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await page.waitForFunction(() => location.search.includes('view=list'));
    const list = page.getByRole('listbox', { name: /visible relations/ });
    await list.waitFor();
    const total = Number(/All (\d+) visible/.exec((await list.getAttribute('aria-label')) ?? '')?.[1]);
    expect(total).toBeGreaterThan(500);
    // Windowed: far fewer options in the DOM than rows, each telling its place in the whole list.
    const rendered = await list.locator('[role=option]').count();
    expect(rendered).toBeLessThan(60);
    expect(Number(await list.locator('[role=option]').first().getAttribute('aria-setsize'))).toBeGreaterThan(total);

    await page.getByRole('checkbox', { name: /Participation/ }).uncheck();
    const fewer = Number(/All (\d+) visible/.exec((await list.getAttribute('aria-label')) ?? '')?.[1]);
    expect(fewer).toBeLessThan(total);

    // Selecting Paraguay (search) scopes the list to its relations, told as sentences.
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('Paraguay');
    await page
      .getByRole('option', { name: /Paraguay/ })
      .first()
      .waitFor();
    await search.press('Enter');
    const scoped = page.getByRole('listbox', { name: /relations of Paraguay/ });
    await scoped.waitFor();
    expect(await scoped.innerText()).toMatch(/Brazil shared its experience with Paraguay/);

    // Keyboard: arrows move, Enter selects the relation; the canvas' selection follows (URL edge=).
    await scoped.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.has('edge'));
    // The list now shows every relation again, scrolled to the chosen one.
    await expect.poll(() => page.getByTestId('relation-list').getByRole('option', { selected: true }).count()).toBe(1);
    expect(await page.locator('#atlas-details').isVisible()).toBe(true);

    // Back to the graph: the selection is there too.
    const edge = await page.evaluate(() => new URL(location.href).searchParams.get('edge'));
    await page.getByRole('button', { name: 'Graph', exact: true }).click();
    await page.getByTestId('graph-canvas').waitFor();
    expect(await page.evaluate(() => new URL(location.href).searchParams.get('edge'))).toBe(edge);
    expect(errors).toEqual([]);
    await close();
  });
});
