// WCAG 2.2 AA in the browser: axe-core injected into the built app over every state a visitor
// reaches (home, a node selected, search with and without matches, the Analyse tab, each dialog, the
// List view, the presenter's stage, the kiosk's attract loop and start screen, and in French);
// none may have a violation (serious, critical or any other). Counts by impact are printed per state.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { openPage, sharedHarness } from './harness.ts';

const harness = sharedHarness();
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// axe's best practices too: heading order, landmarks, regions.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function audit(page: Page, state: string) {
  // Evaluated through the DevTools protocol: the app's Content-Security-Policy forbids inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`${AXE};0`);
  const results = await page.evaluate(
    (tags) => (window as unknown as { axe: { run: (o: object) => Promise<AxeResults> } }).axe.run({ runOnly: tags }),
    TAGS,
  );
  const counts: Record<string, number> = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  for (const violation of results.violations) counts[violation.impact ?? 'minor']! += violation.nodes.length;
  // Every violation is returned, moderate ones too (heading-order is moderate): the app has none.
  const found = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  console.log(
    `axe ${state}: ${Object.entries(counts)
      .map(([impact, n]) => `${impact} ${n}`)
      .join(', ')}; ${results.passes.length} rules passed`,
  );
  return found;
}

async function ready(path = '') {
  const view = await openPage(harness(), path);
  await view.page.getByTestId('graph-size').waitFor();
  return view;
}

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  it('home, search with and without matches, a node selected', async () => {
    const { page, close } = await ready();
    expect(await audit(page, 'home')).toEqual([]);
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('Paraguay');
    await page.locator('[role=option]').first().waitFor();
    expect(await audit(page, 'search with matches')).toEqual([]);
    await search.fill('zzqxv');
    await page.getByText('No match').waitFor();
    expect(await audit(page, 'search without matches')).toEqual([]);
    await search.fill('Paraguay');
    await page.locator('[role=option]').first().waitFor();
    await search.press('Enter');
    await page.getByRole('region', { name: 'Paraguay', exact: true }).waitFor();
    expect(await audit(page, 'node selected')).toEqual([]);
    await close();
  });

  it('the Analyse tab and the matrix dialog', async () => {
    const { page, close } = await ready();
    await page.getByRole('tab', { name: 'Analyse' }).click();
    await page.getByRole('tabpanel', { name: 'Analyse' }).waitFor();
    expect(await audit(page, 'Analyse tab')).toEqual([]);
    await page
      .getByRole('list', { name: /^Arrangements/ })
      .getByRole('button')
      .first()
      .click();
    await page.getByRole('heading', { name: 'Why we know it' }).waitFor();
    expect(await audit(page, 'Analyse tab, arrangement chosen')).toEqual([]);
    await page.getByText('Cooperation matrix', { exact: true }).click();
    await page.getByRole('button', { name: 'Open the cooperation matrix' }).click();
    await page.getByRole('dialog', { name: /Cooperation matrix/ }).waitFor();
    expect(await audit(page, 'matrix dialog')).toEqual([]);
    await close();
  });

  it('the List view, all relations and a node selected', async () => {
    const { page, close } = await ready('?view=list');
    await page.getByTestId('relation-list').waitFor();
    expect(await audit(page, 'List view')).toEqual([]);
    await page.goto(page.url().replace('view=list', 'view=list&node=bra'));
    await page.getByRole('listbox', { name: /relations of Brazil/ }).waitFor();
    expect(await audit(page, 'List view, node selected')).toEqual([]);
    await close();
  });

  it('the document dialog', async () => {
    const { page, close } = await ready('?node=pry');
    await page
      .getByRole('region', { name: 'Paraguay', exact: true })
      .getByRole('button', { name: 'Show in document' })
      .first()
      .click();
    const dialog = page.getByRole('dialog', { name: 'Source document' });
    await dialog.locator('mark').waitFor();
    expect(await audit(page, 'document dialog')).toEqual([]);
    await close();
  });

  it("the presenter's stage and the kiosk (attract loop, start screen)", async () => {
    const presenter = await openPage(harness(), '?tour=brazil-child-labour&step=2');
    await presenter.page
      .getByTestId('step-counter')
      .getByText(/^Step 2 of/)
      .waitFor();
    expect(await audit(presenter.page, 'presenter, step 2')).toEqual([]);
    await presenter.close();
    const { page, close } = await openPage(harness(), '?kiosk');
    await page.getByText('Touch the screen to explore').waitFor();
    expect(await audit(page, 'kiosk attract loop')).toEqual([]);
    await page.mouse.click(1000, 200);
    await page.getByRole('heading', { name: 'Touch a country' }).waitFor();
    expect(await audit(page, 'kiosk start screen')).toEqual([]);
    await close();
  });

  it('the share dialog, and home and a selected node in French', async () => {
    const { page, close } = await ready('?node=ken');
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    await page.getByRole('dialog', { name: 'Share this view' }).locator('svg, canvas, img').first().waitFor();
    expect(await audit(page, 'share dialog')).toEqual([]);
    await close();
    const french = await ready('?lang=fr&node=bra');
    await french.page.getByRole('region', { name: 'Brésil', exact: true }).waitFor();
    expect(await audit(french.page, 'in French, node selected')).toEqual([]);
    await french.close();
  });
});
