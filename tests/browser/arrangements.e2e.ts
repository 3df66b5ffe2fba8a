// The analyst's journey through triangular arrangements (issue 10): in the Analyse tab, ask where
// Brazil is the pivot, open the social protection floors arrangement, read its legs with their
// evidence under its card, and see on the canvas Brazil in the pivot colour, Cambodia and Togo in the
// beneficiary colour and the rest faded; then reload the link and see the same. No console error.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FADED_COLOR, KIND_COLORS, ROLE_COLORS } from '../../src/appearance/palette.ts';
import { colorShare, inView, readCanvas, type CanvasView } from './canvas-colors.ts';
import { sharedHarness } from './harness.ts';

const harness = sharedHarness();
const SPF = /gender-sensitive Social Protection Floors/;

function cardsOf(page: Page) {
  return page.getByRole('list', { name: /Arrangements/ }).locator(':scope > li');
}

/** The chosen arrangement's actors in their role colours, a node outside it faded. */
function expectRoleColours(view: CanvasView, step: string) {
  for (const [key, role] of [
    ['bra', 'pivot'],
    ['khm', 'beneficiary'],
    ['tgo', 'beneficiary'],
  ] as const) {
    const node = view.nodes.get(key)!;
    expect(inView(view, node), `${step}: ${key} is on the canvas, under no panel`).toBe(true);
    expect(colorShare(view, node, ROLE_COLORS[role]), `${step}: ${key} drawn as ${role}`).toBeGreaterThan(0.5);
  }
  // Nodes outside the arrangement: most are drawn faded where the probe places them.
  const outside = [...view.nodes.values()].filter(
    (node) => node.color === FADED_COLOR && node.radius >= 3 && inView(view, node),
  );
  expect(outside.length, `${step}: faded nodes in view`).toBeGreaterThan(10);
  const faded = outside.filter((node) => colorShare(view, node, FADED_COLOR, 12) > 0.5);
  expect(faded.length / outside.length, `${step}: share of outside nodes drawn faded`).toBeGreaterThan(0.7);
}

async function expectOpenCard(page: Page) {
  const card = cardsOf(page).filter({ hasText: SPF });
  expect(await card.locator('button').first().getAttribute('aria-pressed')).toBe('true');
  const legs = card.getByRole('region', { name: 'Arrangement evidence' });
  await legs.waitFor();
  expect(await legs.innerText()).toMatch(/Why we know it[\s\S]*shared with\s+Cambodia/);
  expect(await legs.locator('blockquote').count()).toBeGreaterThan(2);
  // The legs are in place: inside the card's box, not below the list.
  const [cardBox, legsBox] = [await card.boundingBox(), await legs.boundingBox()];
  expect(legsBox!.y).toBeGreaterThan(cardBox!.y);
  expect(legsBox!.y + legsBox!.height).toBeLessThanOrEqual(cardBox!.y + cardBox!.height + 1);
  expect(await card.innerText()).toMatch(/Brazil, India and Thailand shared their experience with Cambodia and Togo/);
}

describe('triangular arrangements journey', () => {
  it('filters "Brazil as pivot", opens a card with its legs and shows its actors in role colours, also after a reload', async () => {
    const context = await harness().browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(harness().baseUrl);
    await page.getByRole('tab', { name: 'Analyse' }).click();
    const all = await cardsOf(page).count();

    await page.getByRole('combobox', { name: 'Actor' }).fill('Brazil');
    await page.getByRole('combobox', { name: 'Actor' }).press('Enter');
    await page.getByRole('combobox', { name: 'Role', exact: true }).selectOption('pivot');
    const shown = await cardsOf(page).count();
    expect(shown).toBeGreaterThan(1);
    expect(shown).toBeLessThan(all);
    expect(await page.getByTestId('arrangement-count').innerText()).toBe(`${shown} of ${all} arrangements match.`);
    for (const pivots of await cardsOf(page).locator('.role-row').filter({ hasText: 'Pivot' }).all())
      expect(await pivots.innerText()).toMatch(/Brazil/);

    // Before: Brazil in its kind colour.
    const before = await readCanvas(page);
    expect(colorShare(before, before.nodes.get('bra')!, KIND_COLORS.country)).toBeGreaterThan(0.5);
    expect(colorShare(before, before.nodes.get('bra')!, ROLE_COLORS.pivot)).toBe(0);

    await cardsOf(page).filter({ hasText: SPF }).locator('button').first().click();
    await expectOpenCard(page);
    await page.waitForFunction(() => /[?&]cam=/.test(location.search), null, { timeout: 5000 });
    expect(new URL(page.url()).searchParams.get('tri')).toBe('ssc-gender-sensitive-spf');
    expect(new URL(page.url()).searchParams.get('tri-actor')).toBe('bra');
    expect(new URL(page.url()).searchParams.get('tri-role')).toBe('pivot');
    expectRoleColours(await readCanvas(page), 'chosen');

    await page.goto(page.url());
    await page.getByRole('tabpanel', { name: 'Analyse' }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Actor' }).inputValue()).toBe('Brazil');
    expect(await page.getByRole('combobox', { name: 'Role', exact: true }).inputValue()).toBe('pivot');
    expect(await cardsOf(page).count()).toBe(shown);
    await expectOpenCard(page);
    expectRoleColours(await readCanvas(page), 'reloaded');

    expect(problems).toEqual([]);
    const origin = new URL(harness().baseUrl).origin;
    expect(requests.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin)).toEqual([]);
    await context.close();
  });
});
