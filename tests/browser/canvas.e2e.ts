// The canvas shows what the user asked for: after every way of selecting, every filter, every analysis
// shown on the graph, every link that carries one of them, and the zoom controls, the pixel check
// (pixels.ts) looks at the screenshot where the renderer placed the nodes. Each test reports every
// step that failed, with its figures, rather than stopping at the first.
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { findTriangularArrangements } from '../../src/analysis/triangular.ts';
import { egoNetwork, shortestPaths } from '../../src/analysis/paths.ts';
import type { Filters } from '../../src/graph/filters.ts';
import { RELATION_TYPES, type RelationType } from '../../src/graph/types.ts';
import { atlasGraph, hiddenBy, keyOf, labelOf } from './atlas-data.ts';
import {
  chooseIn,
  clickableNodes,
  details,
  onCanvas,
  openSection,
  probeNodes,
  search,
  setSlider,
} from './atlas-page.ts';
import { openPage, sharedHarness } from './harness.ts';
import { canvasJournal } from './pixels.ts';

const harness = sharedHarness();
type Journal = ReturnType<typeof canvasJournal>;
const WIDE = { width: 1440, height: 900 };

/** Waits for something a step needs; when it does not come, notes it and returns false. */
async function appears(canvas: Journal, step: string, what: string, locator: Locator, timeout = 5000) {
  try {
    await locator.first().waitFor({ timeout });
    return true;
  } catch {
    canvas.note(step, `${what} did not appear within ${timeout} ms`);
    return false;
  }
}

/** Waits for the details of `key` and looks at the canvas with that node required on screen. */
async function expectSelected(canvas: Journal, page: Page, step: string, key: string) {
  if (await appears(canvas, step, `the details of ${labelOf(key)}`, details(page, labelOf(key))))
    await canvas.look(step, { shown: [key] });
}

async function selectionJourney(width: number, height: number) {
  const { page, close } = await openPage(harness(), '', { viewport: { width, height } });
  const canvas = canvasJournal(page, { prefix: `${width}×${height}` });
  await canvas.look('home');

  await search(page, 'Paraguay');
  await expectSelected(canvas, page, 'search "Paraguay" + Enter', 'pry');
  const history = ['pry'];

  await details(page, 'Paraguay').getByRole('button', { name: 'Brazil', exact: true }).first().click();
  await expectSelected(canvas, page, 'details link to Brazil', 'bra');
  history.push('bra');

  const [target] = await clickableNodes(page, history);
  if (!target) canvas.note('canvas click', 'no visible node clear of others in the uncovered canvas to click on');
  else {
    await onCanvas(page, target.x, target.y);
    await expectSelected(canvas, page, `click on ${target.key} at its probed position`, target.key);
    history.push(target.key);
  }

  for (let i = history.length - 2; i >= 0; i--) {
    await page.goBack();
    await expectSelected(canvas, page, `back to ${history[i]}`, history[i]!);
  }
  await page.goForward();
  await expectSelected(canvas, page, `forward to ${history[1]}`, history[1]!);
  await page.reload();
  await expectSelected(canvas, page, `reload of ${page.url().replace(/^.*\?/, '?')}`, history[1]!);

  await page.goto(`${harness().baseUrl}?node=ken`);
  await expectSelected(canvas, page, 'link ?node=ken', 'ken');
  await close();
  canvas.assertClean();
}

describe('the canvas after each way of selecting', () => {
  it('at 1440×900', () => selectionJourney(1440, 900));
  it('at 1024×768', () => selectionJourney(1024, 768));
});

const checkIn = (section: string, label: RegExp) => async (page: Page) =>
  (await openSection(page, section)).getByRole('checkbox', { name: label }).check();

interface FilterCase {
  name: string;
  apply: (page: Page) => Promise<void>;
  filters: Partial<Filters>;
  link: string;
}

const FILTERS: FilterCase[] = [
  {
    name: 'relation type "Knowledge transfer" off',
    apply: (page) => page.getByRole('checkbox', { name: /^Knowledge transfer/ }).uncheck(),
    filters: { hiddenTypes: new Set(['knowledge_transfer']) },
    link: 'hide=knowledge_transfer',
  },
  {
    name: 'node kind "Country" off',
    apply: (page) => page.getByRole('checkbox', { name: /^Country/ }).uncheck(),
    filters: { hiddenKinds: new Set(['country']) },
    link: 'kinds=country',
  },
  {
    name: 'only region Africa',
    apply: checkIn('Only region', /^Africa/),
    filters: { regions: new Set(['Africa']) },
    link: 'region=Africa',
  },
  {
    name: 'period 2010–2012',
    apply: async (page) => {
      const section = await openSection(page, 'Timeline');
      await setSlider(section.getByRole('slider', { name: 'From' }), 2010);
      await setSlider(section.getByRole('slider', { name: 'To' }), 2012);
    },
    filters: { period: { from: 2010, to: 2012 } },
    link: 'from=2010&to=2012',
  },
  {
    name: '"Participation" off and "Hide nodes without a visible edge"',
    apply: async (page) => {
      await page.getByRole('checkbox', { name: /^Participation/ }).uncheck();
      await page.getByRole('checkbox', { name: 'Hide nodes without a visible edge' }).check();
    },
    filters: { hiddenTypes: new Set(['participation']), hideIsolated: true },
    link: 'hide=participation&isolated=hide',
  },
  {
    name: 'only modality Triangular',
    apply: checkIn('Only initiatives of modality', /^Triangular/),
    filters: { modalities: new Set(['triangular']) },
    link: 'modality=triangular',
  },
  {
    name: 'only theme Child labour',
    apply: checkIn('Only theme', /^Child labour/),
    filters: { themes: new Set(['child-labour']) },
    link: 'theme=child-labour',
  },
  {
    name: 'only pillar Rights at work',
    apply: checkIn('Only Decent Work pillar', /^Rights at work/),
    filters: { pillars: new Set(['rights']) },
    link: 'pillar=rights',
  },
];

describe('the canvas after each filter, and after a link that carries it', () => {
  it.each(FILTERS)('$name', async ({ name, apply, filters, link }) => {
    // What the filters should hide, from the pure filter core: the renderer must agree and not draw them.
    const hidden = hiddenBy(filters);
    const { page, close } = await openPage(harness(), '', { viewport: WIDE });
    const canvas = canvasJournal(page);
    const status = page.getByTestId('graph-size');
    await status.waitFor();
    const before = await status.innerText();
    await apply(page);
    await page
      .waitForFunction((text) => document.querySelector('[data-testid="graph-size"]')?.textContent !== text, before, {
        timeout: 5000,
      })
      .catch(() => canvas.note(`filter ${name}`, `the status line still says "${before}"`));
    await canvas.look(`filter ${name} (${hidden.length} nodes hidden)`, { hidden });
    await page.goto(`${harness().baseUrl}?${link}`);
    await canvas.look(`link ?${link}`, { hidden });
    await page.goto(`${harness().baseUrl}?${link}&node=bra`);
    await canvas.look(`link ?${link}&node=bra`, { hidden, shown: hidden.includes('bra') ? [] : ['bra'] });
    await close();
    canvas.assertClean();
  });
});

interface AnalysisCase {
  name: string;
  /** Drives the Analyse tab to show the analysis; returns the nodes it should frame (null: it could not). */
  show: (page: Page, canvas: Journal) => Promise<string[] | null>;
  /** A link that carries the same analysis (given the nodes it frames). */
  link: (nodes: string[]) => string;
  /** What the "Highlighted" bar says, for analyses that highlight. */
  highlight: RegExp | null;
}

const lusophone = () => findTriangularArrangements(atlasGraph()).find((a) => /Lusophone/.test(labelOf(a.initiative)))!;
const egoNodes = (node: string) => [...egoNetwork(atlasGraph(), node, { depth: 1, direction: 'both' }).nodes];

const ANALYSES: AnalysisCase[] = [
  {
    name: 'triangular arrangement (Lusophone Africa)',
    show: async (page) => {
      const cards = page.getByRole('list', { name: /Arrangements/ }).getByRole('listitem');
      await cards
        .filter({ hasText: /Lusophone/ })
        .getByRole('button')
        .first()
        .click();
      return lusophone().nodes;
    },
    link: () => `tab=analyse&tri=${lusophone().initiative}`,
    highlight: /Triangular arrangement: .*Lusophone/,
  },
  {
    name: 'paths between Zambia and Paraguay',
    show: async (page) => {
      await openSection(page, 'Connections');
      await chooseIn(page, 'From', 'Zambia');
      await chooseIn(page, 'To', 'Paraguay');
      return pathHighlight('zmb', 'pry').nodes;
    },
    link: () => 'tab=analyse&path=zmb,pry',
    highlight: /Paths: Zambia ↔ Paraguay/,
  },
  {
    name: 'ego network of Kenya',
    show: async (page) => {
      await page.getByRole('tab', { name: 'Explore' }).click();
      await search(page, 'Kenya');
      await page.getByRole('tab', { name: 'Analyse' }).click();
      await openSection(page, 'Connections');
      await page.getByRole('button', { name: 'Show around Kenya' }).click();
      return egoNodes('ken');
    },
    link: () => 'tab=analyse&ego=ken,1,both',
    highlight: /Neighbourhood of Kenya/,
  },
  {
    name: 'broker chosen from the brokers list',
    show: async (page, canvas) => {
      const section = await openSection(page, 'Brokers and groups');
      const table = section.getByRole('table', { name: 'Brokers, by betweenness' });
      if (!(await appears(canvas, 'brokers', 'the brokers table', table, 30_000))) return null;
      const first = table.getByRole('button').first();
      const key = keyOf(await first.innerText());
      await first.click();
      return [key];
    },
    link: ([broker]) => `tab=analyse&node=${broker}`,
    highlight: null,
  },
  {
    name: 'cooperation matrix cell Brazil → Paraguay',
    show: async (page) => {
      await openSection(page, 'Cooperation matrix');
      await page.getByRole('button', { name: 'Open the cooperation matrix' }).click();
      const matrix = page.getByRole('dialog', { name: /Cooperation matrix/ });
      await matrix.getByRole('button', { name: /^Brazil to Paraguay: \d+ transfer/ }).click();
      return ['bra', 'pry'];
    },
    link: () => 'tab=analyse&cell=bra,pry',
    highlight: /Knowledge transfers: Brazil → Paraguay/,
  },
];

describe('the canvas after each analysis shown on the graph, and after a link that carries it', () => {
  it.each(ANALYSES)('$name', async ({ name, show, link: linkOf, highlight }) => {
    const { page, close } = await openPage(harness(), '', { viewport: WIDE });
    const canvas = canvasJournal(page);
    await page.getByRole('tab', { name: 'Analyse' }).click();
    const shown = await show(page, canvas);
    if (shown) {
      const bar = page.getByRole('status', { name: 'Highlighted' });
      if (highlight && (await appears(canvas, name, 'the "Highlighted" bar', bar)))
        expect(await bar.innerText()).toMatch(highlight);
      await canvas.look(name, { shown });

      const link = linkOf(shown);
      await page.goto(`${harness().baseUrl}?${link}`);
      if (highlight && (await appears(canvas, `link ?${link}`, 'the "Highlighted" bar', bar))) {
        const text = await bar.innerText();
        if (!highlight.test(text)) canvas.note(`link ?${link}`, `the highlight says "${text}", expected ${highlight}`);
      }
      if ((await page.getByRole('tab', { name: 'Analyse' }).getAttribute('aria-selected')) !== 'true')
        canvas.note(`link ?${link}`, 'the Analyse tab is not open');
      await canvas.look(`link ?${link}`, { shown });
    }
    await close();
    canvas.assertClean();
  });
});

/** The nodes and edges of the shortest paths (at most 10, as the app finds) over the kept relation types. */
function pathHighlight(from: string, to: string, hiddenTypes: RelationType[] = []) {
  const types = new Set(RELATION_TYPES.filter((type) => !hiddenTypes.includes(type)));
  const paths = shortestPaths(atlasGraph(), from, to, { limit: 10, types });
  const nodes = new Set([from, to, ...paths.flatMap((path) => path.flatMap((step) => [step.source, step.target]))]);
  const edges = new Set(paths.flatMap((path) => path.map((step) => step.edge)));
  return { nodes: [...nodes], edges: [...edges] };
}

describe('a highlight follows the filters', () => {
  it('the paths between Zambia and Paraguay are found again when "Participation" is switched off', async () => {
    const before = pathHighlight('zmb', 'pry');
    const after = pathHighlight('zmb', 'pry', ['participation']);
    const stale = before.nodes.filter((node) => !after.nodes.includes(node));
    expect(stale.length).toBeGreaterThan(0); // the filter really changes the paths
    const { page, close } = await openPage(harness(), '', { viewport: WIDE });
    const canvas = canvasJournal(page);
    await page.getByRole('tab', { name: 'Analyse' }).click();
    await openSection(page, 'Connections');
    await chooseIn(page, 'From', 'Zambia');
    await chooseIn(page, 'To', 'Paraguay');
    const bar = page.getByRole('status', { name: 'Highlighted' });
    await canvas.look('paths Zambia ↔ Paraguay', { highlighted: before.nodes });
    await page.getByRole('tab', { name: 'Explore' }).click();
    await page.getByRole('checkbox', { name: /^Participation/ }).uncheck();
    const counts = `${after.nodes.length} nodes, ${after.edges.length} edges`;
    if (await appears(canvas, 'after "Participation" off', 'the "Highlighted" bar', bar)) {
      const text = await bar.innerText();
      if (!text.includes(counts))
        canvas.note('after "Participation" off', `the highlight bar says "${text}", expected "${counts}"`);
    }
    await canvas.look('after "Participation" off', { highlighted: after.nodes, faded: stale });
    await close();
    canvas.assertClean();
  });
});

const camera = (page: Page) => page.evaluate(() => window.__atlasProbe?.camera() ?? null);

/** Presses a zoom control (button or key) and notes when the camera's ratio does not move as `moves` says. */
async function zoomStep(
  canvas: Journal,
  page: Page,
  step: string,
  press: () => Promise<void>,
  moves: 'in' | 'out' | 'fit',
) {
  const before = await camera(page);
  await press();
  const report = await canvas.look(step);
  const after = report.camera;
  if (!before) return;
  const moved =
    moves === 'in' ? after.ratio < before.ratio * 0.95 : moves === 'out' ? after.ratio > before.ratio * 1.05 : true;
  if (!moved)
    canvas.note(
      step,
      `camera ratio ${before.ratio.toFixed(3)} → ${after.ratio.toFixed(3)}: expected it to zoom ${moves}`,
    );
  if (moves === 'fit' && report.visible.inView < report.visible.total)
    canvas.note(
      step,
      `only ${report.visible.inView} of ${report.visible.total} visible nodes in view after fitting the graph`,
    );
}

/** Drags the stage by (dx, dy) CSS px from the canvas centre, in small moves (sigma pans on drag). */
async function pan(page: Page, dx: number, dy: number) {
  const box = (await page.getByTestId('graph-canvas').boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx, y + dy, { steps: 10 });
  await page.mouse.up();
}

describe('zoom and fit controls', () => {
  it('zoom in, zoom out and "fit the graph" move the camera and the canvas still draws, by button and by key', async () => {
    const { page, close } = await openPage(harness(), '', { viewport: WIDE });
    const canvas = canvasJournal(page);
    await canvas.look('home');
    const buttons = Object.fromEntries(
      ['Zoom in', 'Zoom out', 'Fit the graph'].map((name) => [name, page.getByRole('button', { name, exact: true })]),
    );
    for (const [name, button] of Object.entries(buttons)) {
      if ((await button.count()) !== 1) {
        canvas.note(`button "${name}"`, `expected one button named "${name}", found ${await button.count()}`);
        continue;
      }
      const box = await button.boundingBox();
      if (!box || box.width < 44 || box.height < 44)
        canvas.note(`button "${name}"`, `smaller than 44×44 CSS px (${box?.width}×${box?.height})`);
    }
    const click = (name: string) => async () => {
      if ((await buttons[name]!.count()) === 1) await buttons[name]!.click();
    };
    await zoomStep(canvas, page, 'button "Zoom in"', click('Zoom in'), 'in');
    await zoomStep(canvas, page, 'button "Zoom out"', click('Zoom out'), 'out');
    await zoomStep(canvas, page, 'button "Fit the graph"', click('Fit the graph'), 'fit');

    // Keys work with the focus anywhere but in a text field: here on the page heading's area.
    await page.getByRole('heading', { name: 'SSTC Atlas' }).click();
    await zoomStep(canvas, page, 'key "+"', () => page.keyboard.press('+'), 'in');
    await zoomStep(canvas, page, 'key "-"', () => page.keyboard.press('-'), 'out');
    await zoomStep(canvas, page, 'key "0"', () => page.keyboard.press('0'), 'fit');

    // Lost: zoom in and drag the graph out of sight; "Fit the graph" brings every node back.
    for (let i = 0; i < 3; i++) await page.keyboard.press('+');
    for (let i = 0; i < 4; i++) await pan(page, 500, 350);
    const lost = await canvas.look('panned away', { emptyView: true });
    if (lost.visible.inView > 0)
      canvas.note('panned away', `panning did not leave the nodes behind (${lost.visible.inView} still in view)`);
    await zoomStep(canvas, page, 'button "Fit the graph" after panning away', click('Fit the graph'), 'fit');
    await close();
    canvas.assertClean();
  });
});

describe('controls laid over the canvas', () => {
  // Found by chaos seed 1: a "click on a node" landed on the List toggle drawn over it, and the graph was gone.
  it('count as covering it: the probe reports them, so no node under them is judged visible or clicked', async () => {
    const { page, close } = await openPage(harness(), '', { viewport: WIDE });
    const canvasBox = (await page.getByTestId('graph-canvas').boundingBox())!;
    const covered = (await probeNodes(page))!.covered;
    for (const name of ['Zoom', 'Show the relations as', 'Layout']) {
      const box = (await page.getByRole('group', { name, exact: true }).boundingBox())!;
      const [x, y] = [box.x - canvasBox.x + box.width / 2, box.y - canvasBox.y + box.height / 2];
      expect(
        covered.some((r) => x >= r.x && x < r.x + r.width && y >= r.y && y < r.y + r.height),
        `the "${name}" controls at (${x.toFixed(0)},${y.toFixed(0)}) are not among the covered areas ${JSON.stringify(covered)}`,
      ).toBe(true);
    }
    await close();
  });

  it.each([WIDE, { width: 1024, height: 768 }])(
    'the highlight bar of the longest arrangement title stays clear of the details column at %o',
    async (viewport) => {
      const longest = findTriangularArrangements(atlasGraph())
        .map((a) => a.initiative)
        .sort((a, b) => labelOf(b).length - labelOf(a).length)[0]!;
      const { page, close } = await openPage(harness(), `?tab=analyse&tri=${longest}&node=${longest}`, { viewport });
      const bar = page.locator('.highlight-bar');
      await bar.waitFor();
      const [a, b] = [(await bar.boundingBox())!, (await page.locator('.details-panel').boundingBox())!];
      const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      expect(overlap, `bar ${JSON.stringify(a)} over details ${JSON.stringify(b)}`).toBe(false);
      await close();
    },
  );
});
