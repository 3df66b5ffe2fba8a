// The interface in French from the link: labels, <html lang>, Brazil named "Brésil" in its details,
// a quote left in English and marked lang="en"; the switch goes back to English. No console error.
import { describe, expect, it } from 'vitest';
import { openPage, sharedHarness } from './harness.ts';

const harness = sharedHarness();

describe('languages', () => {
  it('?lang=fr shows the French interface, country names in French, quotes in English', async () => {
    const { page, close } = await openPage(harness(), '?lang=fr&node=bra');
    await page.getByTestId('graph-size').waitFor();
    await page.getByRole('tab', { name: 'Explorer' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await page.getByRole('combobox', { name: 'Rechercher' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Réinitialiser les filtres' }).isVisible()).toBe(true);
    const details = page.getByRole('region', { name: 'Brésil', exact: true });
    await details.getByRole('heading', { name: 'Brésil' }).waitFor();
    const quote = details.locator('blockquote').first();
    expect(await quote.getAttribute('lang')).toBe('en');
    expect(await quote.textContent()).toMatch(/[A-Za-z]+ (the|and|of) /);
    expect(await details.getByRole('button', { name: 'Voir dans le document' }).count()).toBeGreaterThan(0);
    await page.getByRole('combobox', { name: 'Langue' }).selectOption('en');
    await page.getByRole('tab', { name: 'Explore' }).waitFor();
    await page.waitForFunction(() => !location.search.includes('lang='));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('region', { name: 'Brazil', exact: true }).waitFor();
    await close();
  });
});
