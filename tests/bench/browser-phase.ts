// The browser half of the benchmark: builds and serves the app and the bare page, compares them on
// each graph size within the time budget, and profiles both when a target is missed.
import { compareAppAndBare, launchChromium, type Comparison, type PageRun } from './browser-bench.ts';
import { appTransitions, bareTransitions } from './transition-bench.ts';
import { formatPageProfile, profilePage } from './browser-profile.ts';
import { APP_DIR, BARE_DIR, installGraph, prepareApp, prepareBare } from './pages.ts';
import { spread, type Row } from './results.ts';
import { median } from './stats.ts';
import type { Browser } from 'playwright-core';
import { serveStatic } from './static-server.ts';

export const TTFF_TARGET = 1.15;
export const FPS_TARGET = 0.9;
const LOADS = 3;

export interface BrowserPhaseOptions {
  sizes: { size: string; edges: number; file: string }[];
  log: (row: Row) => void;
  /** ms left in the run's budget */
  remaining: () => number;
}

const medianOf = (runs: PageRun[], pick: (run: PageRun) => number) => median(runs.map(pick));

function logComparison(size: string, { app, bare, errors }: Comparison, log: (row: Row) => void) {
  const timeline = (runs: PageRun[]) =>
    `data in ${medianOf(runs, (r) => r.dataReceived).toFixed(0)}, first draw ${medianOf(runs, (r) => r.firstDraw).toFixed(0)}, ` +
    `own mark ${medianOf(runs, (r) => r.pageMark).toFixed(0)}`;
  const ttffRatio = medianOf(app, (r) => r.ttff) / medianOf(bare, (r) => r.ttff);
  const fpsRatio = medianOf(app, (r) => r.fps) / medianOf(bare, (r) => r.fps);
  const overlap = app.filter((r) => r.workers.some((w) => w.start < r.pan.to && (w.end ?? Infinity) > r.pan.from));
  const { width, height } = app[0]!.canvas;
  const ttff = (runs: PageRun[]) => ({
    value: medianOf(runs, (r) => r.ttff),
    unit: 'ms' as const,
    spread: spread(
      runs.map((r) => r.ttff),
      0,
    ),
  });
  const fps = (runs: PageRun[]) => ({
    value: medianOf(runs, (r) => r.fps),
    unit: 'fps' as const,
    spread: spread(runs.map((r) => r.fps)),
  });
  log({ size, measure: 'first frame: app', ...ttff(app), note: `${timeline(app)}; ${app[0]!.note}` });
  log({ size, measure: 'first frame: bare sigma', ...ttff(bare), note: timeline(bare) });
  const ttffTarget = { target: `≤ ${TTFF_TARGET}`, pass: ttffRatio <= TTFF_TARGET };
  log({ size, measure: 'first frame ratio app/bare', value: ttffRatio, unit: 'x', ...ttffTarget });
  const workerNote = `metrics worker running during ${overlap.length}/${app.length} pans`;
  log({ size, measure: 'pan: app', ...fps(app), note: `${workerNote}; canvas ${width}×${height}` });
  log({ size, measure: 'pan: bare sigma', ...fps(bare) });
  const fpsTarget = { target: `≥ ${FPS_TARGET}`, pass: fpsRatio >= FPS_TARGET };
  log({ size, measure: 'pan fps ratio app/bare', value: fpsRatio, unit: 'x', ...fpsTarget });
  for (const error of new Set(errors)) console.log(`  page error: ${error}`);
  return [...(ttffTarget.pass ? [] : (['load'] as const)), ...(fpsTarget.pass ? [] : (['pan'] as const))];
}

const TRANSITIONS = 3;

/** Frame rate while a step's view is applied and framed, app against a bare camera animation. */
async function logTransitions(
  browser: Browser,
  size: string,
  urls: { app: string; bare: string },
  log: (row: Row) => void,
) {
  const errors: string[] = [];
  const app = await appTransitions(browser, urls.app, TRANSITIONS, errors);
  const bare = await bareTransitions(browser, urls.bare, TRANSITIONS, errors);
  const what = urls.app.includes('tour=') ? 'tour step' : 'link to a node';
  log({ size, measure: `transition (${what}): app`, value: median(app), unit: 'fps', spread: spread(app) });
  log({ size, measure: 'transition: bare camera animation', value: median(bare), unit: 'fps', spread: spread(bare) });
  log({ size, measure: 'transition fps ratio app/bare', value: median(app) / median(bare), unit: 'x' });
  for (const error of new Set(errors)) console.log(`  page error: ${error}`);
}

export async function runBrowserPhase({ sizes, log, remaining }: BrowserPhaseOptions) {
  const profiles: string[] = [];
  const runs: Record<string, Comparison> = {};
  let start = performance.now();
  const how = await prepareApp();
  await prepareBare();
  const seconds = ((performance.now() - start) / 1000).toFixed(0);
  console.log(`browser: app ${how}; bare page built into .bench/bare/ (${seconds} s)`);
  const [app, bare] = await Promise.all([serveStatic(APP_DIR), serveStatic(BARE_DIR)]);
  const pages = { app: { url: `${app.url}?program=fast`, root: APP_DIR }, bare: { url: bare.url, root: BARE_DIR } };
  const browser = await launchChromium();
  console.log(`browser: Chromium ${browser.version()}`);
  let previous = 0;
  try {
    // The real graph first: a tour step (the first tour, from its first step to the next ones).
    installGraph('public/data/graph.json');
    const tour = 'tour=brazil-child-labour&step=1';
    const real = { app: `${app.url}?program=fast&${tour}`, bare: pages.bare.url };
    await logTransitions(browser, 'real', real, log);
    for (const [index, { size, edges, file }] of sizes.entries()) {
      const estimate = index === 0 ? 0 : previous * (edges / sizes[index - 1]!.edges) * 0.8;
      if (estimate > remaining()) {
        const note = `skipped: about ${(estimate / 1000).toFixed(0)} s more would overrun the time budget`;
        log({ size, measure: 'browser timings', value: null, unit: 'ms', note });
        continue;
      }
      start = performance.now();
      installGraph(file);
      console.log(`${size}: browser, ${LOADS} interleaved loads of app and bare`);
      const timeout = index === 0 ? 60_000 : 150_000;
      const urls = { app: pages.app.url, bare: pages.bare.url };
      runs[size] = await compareAppAndBare(browser, urls, LOADS, timeout, (line) => console.log(line));
      const missed = logComparison(size, runs[size], log);
      if (index === 0) await logTransitions(browser, size, urls, log);
      previous = performance.now() - start;
      if (index > 0) continue; // profiles on the first size only, to stay within the time budget
      for (const phase of missed)
        for (const [name, { url, root }] of Object.entries(pages)) {
          const profile = await profilePage(browser, url, root, phase, timeout);
          const what = phase === 'load' ? 'load to first frame' : 'pan';
          profiles.push(formatPageProfile(`${size} ${name}, ${what}`, profile));
        }
    }
  } finally {
    await browser.close();
    await Promise.all([app.close(), bare.close()]);
  }
  return { profiles, runs };
}
