// Carries out one planned chaos action on the explorer, cheaply: no waiting for animations, and an
// action whose control is absent (another tab, no selection, no metrics yet) is skipped, not failed.
import type { Page } from 'playwright-core';
import { labelOf } from './atlas-data.ts';
import { clickableNodes, onCanvas, openSection, probeNodes, setSlider } from './atlas-page.ts';
import { pick, type Action, type ActionKind } from './chaos-plan.ts';

export interface ChaosSession {
  page: Page;
  baseUrl: string;
  /** Labels to search for and to choose in the path pickers. */
  labels: readonly string[];
}

type Run = (session: ChaosSession, action: Action) => Promise<boolean>;

async function ensureTab(page: Page, name: 'Explore' | 'Analyse') {
  const tab = page.getByRole('tab', { name });
  if ((await tab.count()) === 0) return false;
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  return true;
}

/** Clicks the element of `locator`'s matches chosen by `u`; false when there is none. */
async function clickNth(locator: ReturnType<Page['locator']>, u: number) {
  const count = await locator.count();
  if (count === 0) return false;
  await locator.nth(Math.floor(u * count)).click();
  return true;
}

const toggleIn = (section: string) => async (page: Page, u: number) =>
  (await ensureTab(page, 'Explore')) && clickNth((await openSection(page, section)).getByRole('checkbox'), u);

const nodeAt =
  (click: boolean): Run =>
  async ({ page }, { a }) => {
    const node = pick(await clickableNodes(page), a);
    if (node) await onCanvas(page, node.x, node.y, click);
    return Boolean(node);
  };

async function canvasBox(page: Page) {
  const probed = await probeNodes(page);
  return probed ? { width: probed.width, height: probed.height } : null;
}

async function blurTextFields(page: Page) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

async function typeInto(page: Page, label: string, text: string, enter: boolean) {
  const box = page.getByRole('combobox', { name: label });
  if ((await box.count()) === 0) return false;
  await box.fill(text);
  await box.press(enter ? 'Enter' : 'Escape');
  return true;
}

const prefix = (labels: readonly string[], u: number, v: number) => {
  const label = pick(labels, u) ?? '';
  return label.slice(0, 3 + Math.floor(v * 8));
};

async function historyStep(session: ChaosSession, back: boolean) {
  const { page, baseUrl } = session;
  await (back ? page.goBack({ timeout: 3000 }) : page.goForward({ timeout: 3000 })).catch(() => null);
  // Never leave the app: going back past the first page lands on about:blank.
  if (!page.url().startsWith(baseUrl)) await page.goto(baseUrl);
  return true;
}

async function showDocumentTwice(page: Page, u: number) {
  const buttons = page.getByRole('button', { name: 'Show in document' });
  const count = await buttons.count();
  if (count === 0) return false;
  const button = buttons.nth(Math.floor(u * count));
  for (let time = 0; time < 2; time++) {
    await button.click();
    await page.getByRole('dialog', { name: 'Source document' }).waitFor();
    await page.keyboard.press('Escape');
  }
  return true;
}

async function openMatrix(page: Page, u: number, v: number) {
  if (!(await ensureTab(page, 'Analyse'))) return false;
  await openSection(page, 'Cooperation matrix');
  await page.getByRole('button', { name: 'Open the cooperation matrix' }).click();
  const dialog = page.getByRole('dialog', { name: /Cooperation matrix/ });
  if (v < 0.5 && (await clickNth(dialog.getByRole('button', { name: / to .*transfer/ }), u))) return true;
  await dialog.getByRole('button', { name: 'Close matrix' }).click();
  return true;
}

async function zoom(page: Page, u: number) {
  const [name, key] = pick(
    [
      ['Zoom in', '+'],
      ['Zoom out', '-'],
      ['Fit the graph', '0'],
    ] as const,
    u,
  )!;
  const button = page.getByRole('button', { name, exact: true });
  if ((await button.count()) === 1) await button.click();
  else {
    await blurTextFields(page);
    await page.keyboard.press(key);
  }
  return true;
}

async function showEgo(page: Page, { a, b }: Action) {
  if (!(await ensureTab(page, 'Analyse'))) return false;
  const section = await openSection(page, 'Connections');
  await section.getByRole('combobox', { name: 'Depth' }).selectOption(String(1 + Math.floor(a * 3)));
  await section.getByRole('combobox', { name: 'Direction' }).selectOption(pick(['both', 'out', 'in'], b)!);
  const show = section.getByRole('button', { name: /^Show around/ });
  if ((await show.count()) === 0) return false;
  await show.click();
  return true;
}

async function chooseEncoding(page: Page, { a, b }: Action) {
  if (!(await ensureTab(page, 'Analyse'))) return false;
  const section = await openSection(page, 'Brokers and groups');
  const select = section.getByRole('combobox', { name: a < 0.5 ? 'Colour by' : 'Size by' });
  if (!(await select.isEnabled())) return false;
  const options = await select.locator('option').allInnerTexts();
  await select.selectOption(pick(options, b)!);
  return true;
}

export const RUN: Record<ActionKind, Run> = {
  hover: nodeAt(false),
  clickNode: nodeAt(true),
  clickStage: async ({ page }, { a, b }) => {
    const box = await canvasBox(page);
    if (box) await onCanvas(page, a * box.width, b * box.height);
    return Boolean(box);
  },
  wheel: async ({ page }, { a, b, c }) => {
    const box = await canvasBox(page);
    if (!box) return false;
    await onCanvas(page, a * box.width, b * box.height, false);
    await page.mouse.wheel(0, c < 0.5 ? -200 : 200);
    return true;
  },
  drag: async ({ page }, { a, b }) => {
    const box = await page.getByTestId('graph-canvas').boundingBox();
    if (!box) return false;
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + (a - 0.5) * 300, y + (b - 0.5) * 300, { steps: 4 });
    await page.mouse.up();
    return true;
  },
  relation: ({ page }, { a }) => toggleIn('Relations')(page, a),
  kind: ({ page }, { a }) => toggleIn('Kinds')(page, a),
  facet: ({ page }, { a, b }) =>
    toggleIn(pick(['Only initiatives of modality', 'Only Decent Work pillar', 'Only theme', 'Only region'], b)!)(
      page,
      a,
    ),
  period: async ({ page }, { a, b, c }) => {
    if (!(await ensureTab(page, 'Explore'))) return false;
    const section = await openSection(page, 'Timeline');
    const any = section.getByRole('button', { name: 'All years' });
    if (c < 0.3 && (await any.count()) > 0) await any.click();
    else {
      const from = 2000 + Math.floor(a * 16);
      await setSlider(section.getByRole('slider', { name: 'From' }), from);
      await setSlider(section.getByRole('slider', { name: 'To' }), from + Math.floor(b * 8));
    }
    return true;
  },
  isolated: async ({ page }) =>
    (await ensureTab(page, 'Explore')) &&
    clickNth(page.getByRole('checkbox', { name: 'Hide nodes without a visible edge' }), 0),
  resetFilters: async ({ page }) =>
    (await ensureTab(page, 'Explore')) && clickNth(page.getByRole('button', { name: 'Reset filters' }), 0),
  search: async ({ page, labels }, { a, b, c }) =>
    (await ensureTab(page, 'Explore')) && typeInto(page, 'Search', prefix(labels, a, b), c < 0.75),
  arrangement: async ({ page }, { a }) =>
    (await ensureTab(page, 'Analyse')) &&
    clickNth(page.getByRole('list', { name: /Arrangements/ }).getByRole('button'), a),
  path: async ({ page, labels }, { a, b, c }) => {
    if (!(await ensureTab(page, 'Analyse'))) return false;
    await openSection(page, 'Connections');
    await typeInto(page, 'From', prefix(labels, a, c), true);
    return typeInto(page, 'To', prefix(labels, b, c), true);
  },
  ego: ({ page }, action) => showEgo(page, action),
  broker: async ({ page }, { a }) =>
    (await ensureTab(page, 'Analyse')) &&
    clickNth(
      (await openSection(page, 'Brokers and groups')).getByRole('table', { name: /Brokers/ }).getByRole('button'),
      a,
    ),
  encoding: ({ page }, action) => chooseEncoding(page, action),
  document: ({ page }, { a }) => showDocumentTwice(page, a),
  matrix: ({ page }, { a, b }) => openMatrix(page, a, b),
  zoom: ({ page }, { a }) => zoom(page, a),
  key: async ({ page }, { a }) => {
    await page.keyboard.press(a < 0.6 ? 'Escape' : 'Tab');
    return true;
  },
  back: (session) => historyStep(session, true),
  forward: (session) => historyStep(session, false),
  clearHighlight: async ({ page }) => clickNth(page.getByRole('button', { name: 'Clear highlight' }), 0),
  display: async ({ page }, { a }) => showAs(page, a < 0.5 ? 'List' : 'Graph'),
  reload: async ({ page }) => {
    await page.reload();
    return true;
  },
};

/** Closes open dialogs (document viewer, matrix) so the canvas can be looked at. */
export async function closeDialogs(page: Page) {
  for (let i = 0; i < 3 && (await page.locator('dialog[open]').count()) > 0; i++) await page.keyboard.press('Escape');
}

/** Shows the relations as the graph or as the List (the toggle over the canvas). */
export const showAs = (page: Page, as: 'Graph' | 'List') =>
  clickNth(
    page.getByRole('group', { name: 'Show the relations as' }).getByRole('button', { name: as, exact: true }),
    0,
  );

/** Node labels for searches: every node of the built graph, sorted so plans do not depend on order. */
export const searchLabels = (keys: string[]) => keys.map(labelOf).sort();
