// Small drivers for the explorer's page shared by the canvas tests: find the details of a node, choose
// a node in a combobox, open a collapsed section, pick a node a click on the canvas lands on.
import type { Locator, Page } from 'playwright-core';
import type { ProbedNode } from '../../src/renderer/probe.ts';

/** The details panel of the node labelled `label`. */
export const details = (page: Page, label: string) => page.getByRole('region', { name: label, exact: true });

/** Types into a node combobox ("Search", "From", "To") and takes the first result with Enter. */
export async function chooseIn(page: Page, label: string, text: string, timeout = 5000) {
  const box = page.getByRole('combobox', { name: label, exact: true });
  await box.fill(text);
  await page
    .getByRole('listbox', { name: `${label} results` })
    .locator('[role=option]')
    .first()
    .waitFor({ timeout });
  await box.press('Enter');
}

export const search = (page: Page, text: string) => chooseIn(page, 'Search', text);

/** Opens a collapsed filter or analysis section (a <details>) by its title; returns it. */
export async function openSection(page: Page, title: string): Promise<Locator> {
  const section = page.locator('details').filter({ has: page.locator('summary', { hasText: title }) });
  if ((await section.getAttribute('open')) === null) await section.locator('summary').first().click();
  return section;
}

/** The probe's nodes and the canvas size, read in the page; null when no canvas is mounted. */
export async function probeNodes(page: Page) {
  return page.evaluate(() => {
    const probe = window.__atlasProbe;
    const box = document.querySelector('[data-testid="graph-canvas"]')?.getBoundingClientRect();
    return probe && box
      ? { nodes: probe.nodes(), covered: probe.covered(), width: box.width, height: box.height }
      : null;
  });
}

/** Visible nodes in the uncovered canvas, clear of other nodes, that a click lands on (largest first). */
export async function clickableNodes(page: Page, except: readonly string[] = []): Promise<ProbedNode[]> {
  const probed = await probeNodes(page);
  if (!probed) return [];
  const visible = probed.nodes.filter((n) => !n.hidden);
  const margin = 20;
  const inside = (n: ProbedNode) =>
    n.x > margin &&
    n.y > margin &&
    n.x < probed.width - margin &&
    n.y < probed.height - margin &&
    !probed.covered.some(
      (r) => n.x > r.x - margin && n.x < r.x + r.width + margin && n.y > r.y - margin && n.y < r.y + r.height + margin,
    );
  const alone = (n: ProbedNode) =>
    visible.every((o) => o === n || Math.hypot(o.x - n.x, o.y - n.y) > n.radius + o.radius + 6);
  return visible
    .filter((n) => !except.includes(n.key) && n.radius >= 4 && inside(n) && alone(n))
    .sort((a, b) => b.radius - a.radius || a.key.localeCompare(b.key));
}

/** Clicks (or only moves to) a point given relative to the canvas. */
export async function onCanvas(page: Page, x: number, y: number, click = true) {
  const box = await page.getByTestId('graph-canvas').boundingBox();
  if (!box) throw new Error('browser tests: the graph canvas is not on the page');
  if (click) await page.mouse.click(box.x + x, box.y + y);
  else await page.mouse.move(box.x + x, box.y + y);
}

/** Moves a range input to `value` as a drag would: the value, then an input event React hears. */
export async function setSlider(slider: Locator, value: number): Promise<void> {
  await slider.evaluate((element, to) => {
    const input = element as HTMLInputElement;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, String(to));
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
}
