// Import and export in real Chromium against the production build: files opened with the file
// input and dropped on the canvas (parsed in the worker under the page's CSP), the imported graph
// drawn, markup in the data shown as text, a broken file that changes nothing, the way back, and
// exports that the importer reads back. No request leaves the origin.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { importGraph } from '../../src/interchange/import.ts';
import { countDrawnPixels, sharedHarness } from './harness.ts';
import { csvFiles, gexfFile, PAYLOADS, payloadFile } from './import-files.ts';

const harness = sharedHarness();
type NamedText = { name: string; text: string };

async function open() {
  const context = await harness().browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(harness().baseUrl);
  await page.getByTestId('graph-size').waitFor();
  await page.locator('#import-file').waitFor({ state: 'attached' });
  const origin = new URL(harness().baseUrl).origin;
  const foreign = () => requests.filter((url) => /^https?:/.test(url) && new URL(url).origin !== origin);
  return { page, errors, foreign, close: () => context.close() };
}

const probeCount = (page: Page) => page.evaluate(() => window.__atlasProbe?.nodes().length ?? -1);

async function pick(page: Page, files: NamedText[]) {
  await page
    .locator('#import-file')
    .setInputFiles(
      files.map(({ name, text }) => ({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(text) })),
    );
}

/** A drop event on the canvas carrying `files`, as the browser sends one. */
async function drop(page: Page, files: NamedText[]) {
  const transfer = await page.evaluateHandle((list) => {
    const data = new DataTransfer();
    for (const { name, text } of list) data.items.add(new File([text], name));
    return data;
  }, files);
  await page.getByTestId('graph-canvas').dispatchEvent('dragenter', { dataTransfer: transfer });
  await page.getByText('Drop a GEXF, GraphML, JSON or CSV file to open it').waitFor();
  await page.getByTestId('graph-canvas').dispatchEvent('drop', { dataTransfer: transfer });
}

/** Waits for the report, then for sigma to draw `order` nodes. */
async function imported(page: Page, order: number) {
  await page.getByRole('heading', { name: 'Import report' }).waitFor({ timeout: 60_000 });
  await expect.poll(() => probeCount(page), { timeout: 30_000 }).toBe(order);
  await page.waitForTimeout(300);
}

describe('import', () => {
  it('opens a GEXF with the file input and draws it; "Back to the SSTC graph" restores the atlas', async () => {
    const { page, errors, foreign, close } = await open();
    const atlasOrder = await probeCount(page);
    const atlasPixels = await countDrawnPixels(page);
    await pick(page, [gexfFile(60)]);
    await imported(page, 60);
    const report = page.getByRole('region', { name: 'Import report' });
    expect(await report.innerText()).toMatch(/spiral\.gexf \(GEXF\)[\s\S]*Kept\s*60 nodes, 117 edges/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('import-report-title');
    expect(await page.getByTestId('graph-size').innerText()).toContain('60 of 60 nodes');
    const pixels = await countDrawnPixels(page);
    expect(pixels).toBeGreaterThan(1500);
    expect(pixels).not.toBe(atlasPixels);
    await page.getByRole('button', { name: 'Close the report' }).click();
    await page.getByRole('button', { name: 'Back to the SSTC graph' }).click();
    await expect.poll(() => probeCount(page)).toBe(atlasOrder);
    expect(await page.getByRole('button', { name: 'Back to the SSTC graph' }).count()).toBe(0);
    expect(errors).toEqual([]);
    expect(foreign()).toEqual([]);
    await close();
  });

  it('opens a CSV pair dropped on the canvas, through the mapping step, and lays it out in the worker', async () => {
    const { page, errors, foreign, close } = await open();
    await drop(page, csvFiles(40));
    const form = page.getByRole('form', { name: 'Columns of the CSV files' });
    await form.waitFor();
    expect(await form.getByRole('group', { name: 'Edges: links-edges.csv' }).isVisible()).toBe(true);
    expect(await form.getByLabel('Evidence (quote)').inputValue()).toBe('Quote');
    await form.getByRole('button', { name: 'Import' }).click();
    await imported(page, 40);
    expect(await page.getByRole('region', { name: 'Import report' }).innerText()).toContain(
      'Some nodes had no position: the graph was given a layout.',
    );
    expect(await countDrawnPixels(page)).toBeGreaterThan(1000);
    // The layout spread the nodes out: not all on one spot.
    const spread = await page.evaluate(() => {
      const xs = window.__atlasProbe!.nodes().map((node) => node.x);
      return Math.max(...xs) - Math.min(...xs);
    });
    expect(spread).toBeGreaterThan(200);
    expect(errors).toEqual([]);
    expect(foreign()).toEqual([]);
    await close();
  });

  it('shows labels, evidence and report lines that carry HTML or script as text, running nothing', async () => {
    const { page, errors, close } = await open();
    await pick(page, [payloadFile()]);
    await imported(page, 6);
    const report = page.getByRole('region', { name: 'Import report' });
    expect(await report.innerText()).toContain(`"${PAYLOADS[1]}" is not one of`);
    await page.getByRole('button', { name: 'Close the report' }).click();
    await page.getByRole('combobox', { name: 'Search' }).fill('Partner 1');
    await page.keyboard.press('Enter');
    const details = page.getByRole('region', { name: `${PAYLOADS[1]} Partner 1` });
    await details.waitFor();
    const text = await details.evaluate((element) => element.textContent ?? '');
    for (const payload of PAYLOADS) expect(text).toContain(payload);
    expect(await page.evaluate(() => document.querySelectorAll('img[src="x"], .app script').length)).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
    await close();
  });

  it('keeps the graph the user had when a file is broken, and says why', async () => {
    const { page, errors, close } = await open();
    await pick(page, [gexfFile(30)]);
    await imported(page, 30);
    await pick(page, [{ name: 'broken.graphml', text: '<graphml><graph><node id="a">' }]);
    const heading = page.getByRole('heading', { name: 'The file could not be opened' });
    await heading.waitFor();
    expect(await page.getByRole('alert').innerText()).toMatch(/^broken\.graphml: cannot be read as GRAPHML/);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('The file could not be opened');
    expect(await probeCount(page)).toBe(30);
    expect(await page.getByRole('button', { name: 'Back to the SSTC graph' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('export', () => {
  it('downloads the filtered view in four formats, which the importer reads back', async () => {
    const { page, errors, foreign, close } = await open();
    await page.getByRole('checkbox', { name: /Participation/ }).uncheck();
    await page.locator('summary', { hasText: 'Import / export' }).click();
    const shown = (await page.getByTestId('graph-size').innerText()).match(/(\d+) of \d+ nodes · (\d+) of \d+ edges/)!;
    const [nodes, edges] = [Number(shown[1]), Number(shown[2])];
    const saved = async (label: string, count: number) => {
      const downloads: Download[] = [];
      const onDownload = (download: Download) => void downloads.push(download);
      page.on('download', onDownload);
      await page.getByRole('button', { name: `Export as ${label}` }).click();
      await expect.poll(() => downloads.length, { timeout: 20_000 }).toBe(count);
      page.off('download', onDownload);
      return Promise.all(
        downloads.map(async (d) => ({ name: d.suggestedFilename(), text: readFileSync((await d.path())!, 'utf8') })),
      );
    };
    for (const [label, format] of [
      ['GEXF', 'gexf'],
      ['GraphML', 'graphml'],
      ['JSON', 'json'],
    ] as const) {
      const [file] = await saved(label, 1);
      expect(file!.name).toBe(`sstc-atlas.${format}`);
      const { graph, report } = importGraph(file!);
      expect([graph?.order, graph?.size, report.droppedCount]).toEqual([nodes, edges, 0]);
      expect(graph!.someEdge((_e, a) => a.type === 'participation')).toBe(false);
    }
    const csv = await saved('CSV (2 files)', 2);
    const byName = new Map(csv.map((file) => [file.name, file]));
    const { graph } = importGraph({
      ...byName.get('sstc-atlas-edges.csv')!,
      nodes: byName.get('sstc-atlas-nodes.csv'),
    });
    expect([graph?.order, graph?.size]).toEqual([nodes, edges]);
    expect(errors).toEqual([]);
    expect(foreign()).toEqual([]);
    await close();
  });
});
