// The analysis journey: open "Triangular arrangements", choose the one between Brazil and the
// Lusophone African countries, see it highlighted with its evidence and Brazil's role in its
// details; then find the paths between two actors and open the cooperation matrix.
import { describe, expect, it } from 'vitest';
import { countDrawnPixels, openPage, sharedHarness } from './harness.ts';

const harness = sharedHarness();

describe('analysis journey', () => {
  it('selects the triangular arrangement between Brazil and the Lusophone African countries', async () => {
    const { page, errors, foreign, close } = await openPage(harness());
    await page.getByRole('tab', { name: 'Analyse' }).click();
    const list = page.getByRole('list', { name: /Arrangements/ });
    // The cards are the list's own items (a stated card lists its quote inside it).
    const card = list.locator(':scope > li').filter({ hasText: /Lusophone/ });
    expect(await card.count()).toBe(1);
    expect(await card.innerText()).toMatch(/Pivot\s+Brazil/);
    expect(await card.innerText()).toMatch(/Beneficiary\s+Portuguese-Speaking African Countries/);
    expect(await card.innerText()).toMatch(/Facilitator\s+.*United States Department of Labor/);
    const before = await countDrawnPixels(page);
    await card.getByRole('button').first().click();
    const bar = page.getByRole('status', { name: 'Highlighted' });
    await bar.waitFor();
    expect(await bar.innerText()).toMatch(/Triangular arrangement: .*Lusophone.*— \d+ nodes, 4 edges/);
    expect(await page.getByRole('region', { name: 'Arrangement evidence' }).innerText()).toMatch(
      /USDOL|Department of Labor/,
    );
    await page.waitForFunction(() => location.search.includes('cam='), null, { timeout: 5000 });
    await page.waitForTimeout(600);
    // Fading the rest of the graph changes what is drawn.
    expect(await countDrawnPixels(page)).not.toBe(before);
    // The arrangement is part of the link: reloading shows it again.
    await page.waitForFunction(() => location.search.includes('tri=lusophone'), null, { timeout: 5000 });
    await page.goto(page.url());
    expect(await page.getByRole('status', { name: 'Highlighted' }).innerText()).toMatch(/Lusophone/);

    await page.getByRole('tab', { name: 'Explore' }).click();
    await page.getByRole('combobox', { name: 'Search' }).fill('Brazil');
    await page.getByRole('combobox', { name: 'Search' }).press('Enter');
    const roles = page
      .getByRole('region', { name: 'Brazil', exact: true })
      .getByRole('region', { name: 'Triangular roles' });
    expect(await roles.innerText()).toMatch(/Pivot in Supporting actions .*Lusophone/);
    expect(errors).toEqual([]);
    expect(foreign()).toEqual([]);
    await close();
  });

  it('traces the connection between two actors and opens the cooperation matrix', async () => {
    const { page, close } = await openPage(harness());
    await page.getByRole('tab', { name: 'Analyse' }).click();
    await page.getByText('Connections', { exact: true }).click();
    await page.getByRole('combobox', { name: 'From' }).fill('Zambia');
    await page.getByRole('combobox', { name: 'From' }).press('Enter');
    await page.getByRole('combobox', { name: 'To', exact: true }).fill('Paraguay');
    await page.getByRole('combobox', { name: 'To', exact: true }).press('Enter');
    const paths = page.getByTestId('paths');
    await paths.waitFor();
    expect(await paths.innerText()).toMatch(/shortest paths? of \d+ steps?:/);
    expect(await page.getByRole('status', { name: 'Highlighted' }).innerText()).toMatch(/Paths: Zambia ↔ Paraguay/);

    await page.getByText('Cooperation matrix', { exact: true }).click();
    await page.getByRole('button', { name: 'Open the cooperation matrix' }).click();
    const matrix = page.getByRole('dialog', { name: /Cooperation matrix/ });
    const cell = matrix.getByRole('button', { name: /^Brazil to Paraguay: \d+ transfer/ });
    await cell.click();
    expect(await page.getByRole('status', { name: 'Highlighted' }).innerText()).toMatch(
      /Knowledge transfers: Brazil → Paraguay/,
    );
    await close();
  });
});
