// Keyboard on the canvas: skip links reach the graph, arrow keys step through the selected node's
// neighbours alphabetically (announced in a live region), Enter opens the one reached.
import { describe, expect, it } from 'vitest';
import { openPage, sharedHarness } from './harness.ts';

const harness = sharedHarness();

describe('keyboard on the canvas', () => {
  it('skips to the graph, steps through neighbours in order and opens one with Enter', async () => {
    const { page, errors, close } = await openPage(harness());
    await page.getByTestId('graph-size').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to search');
    await page.getByRole('link', { name: 'Skip to graph' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('atlas-graph');

    const announcer = page.getByTestId('graph-announcer');
    await page.keyboard.press('ArrowRight');
    // Nothing selected: the most connected visible node is chosen and its details open.
    const start = await page.evaluate(() => new URL(location.href).searchParams.get('node'));
    expect(start).toBeTruthy();
    await page.locator('#atlas-details').waitFor();
    expect(await announcer.innerText()).toMatch(/, \w+, \d+ relations; \d+ neighbours\./);

    await page.keyboard.press('ArrowRight');
    const first = /neighbour 1 of (\d+): (.+?)(?: \(\d+ relations\))?\. Enter/.exec(await announcer.innerText());
    await page.keyboard.press('ArrowRight');
    const second = /neighbour 2 of (\d+): (.+?)(?: \(\d+ relations\))?\. Enter/.exec(await announcer.innerText());
    expect(first && second).toBeTruthy();
    expect(first![2]!.localeCompare(second![2]!, 'en', { sensitivity: 'base', numeric: true })).toBeLessThan(0);
    await page.keyboard.press('ArrowLeft');
    expect(await announcer.innerText()).toContain(`neighbour 1 of ${first![1]}: ${first![2]}`);

    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: first![2], exact: true }).waitFor();
    expect(await announcer.innerText()).toMatch(new RegExp(`^${first![2]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, `));
    expect(await page.evaluate(() => new URL(location.href).searchParams.get('node'))).not.toBe(start);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('atlas-graph');

    await page.getByRole('link', { name: 'Skip to details' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('atlas-details');
    expect(errors).toEqual([]);
    await close();
  });
});
