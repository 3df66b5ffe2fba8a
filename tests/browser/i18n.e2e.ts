// The interface in French from the link: labels, <html lang>, Brazil named "Brésil" in its details,
// a quote left in English and marked lang="en", the canvas's name and keyboard announcements in French;
// the switch goes back to English, and the next arrow key is announced in English. No console error.
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
    const canvas = page.locator('#atlas-graph');
    expect(await canvas.getAttribute('aria-label')).toBe('Réseau de coopération');
    expect(await page.locator('#atlas-graph-keys').textContent()).toMatch(/^Les flèches parcourent les voisins/);
    const announcer = page.getByTestId('graph-announcer');
    await canvas.focus();
    await page.keyboard.press('ArrowRight');
    expect(await announcer.innerText()).toMatch(
      /^Brésil, Pays, \d+ relations ; voisin 1 sur \d+ : .+\. Entrée pour l'ouvrir\.$/,
    );
    await page.getByRole('combobox', { name: 'Langue' }).selectOption('en');
    await page.getByRole('tab', { name: 'Explore' }).waitFor();
    await page.waitForFunction(() => !location.search.includes('lang='));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('region', { name: 'Brazil', exact: true }).waitFor();
    // The next step is said in the language chosen since the last one.
    expect(await canvas.getAttribute('aria-label')).toBe('Cooperation network');
    await canvas.focus();
    await page.keyboard.press('ArrowRight');
    expect(await announcer.innerText()).toMatch(
      /^Brazil, Country, \d+ relations; neighbour 2 of \d+: .+\. Enter opens it\.$/,
    );
    await close();
  });
});
