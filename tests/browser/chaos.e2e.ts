// A seeded random session of 1,000 mixed actions (hover, clicks, every filter, search, analyses,
// dialogs, zoom, back/forward, reload) per seed. It fails on the first console error or uncaught
// exception (naming the actions that led there) and on a canvas that is blank or lies, checked
// every 100 actions and at the end. It logs the heap before and after, after a forced GC.
import { describe, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seededRandom } from '../../src/graph/random.ts';
import { atlasGraph, labelOf } from './atlas-data.ts';
import { details, probeNodes, search } from './atlas-page.ts';
import { closeDialogs, RUN, searchLabels, showAs, type ChaosSession } from './chaos-actions.ts';
import { describeAction, pick, planActions, type Action } from './chaos-plan.ts';
import { openPage, sharedHarness } from './harness.ts';
import { canvasJournal } from './pixels.ts';

const harness = sharedHarness();
const ACTIONS = Number(process.env.CHAOS_ACTIONS ?? 1000);
const CHECK_EVERY = 100;
/** CHAOS_KEEP_GOING=1 runs every action even after errors, to count them (the test still fails);
 * CHAOS_ACTIONS=n replays only the first n actions of the seed's plan. */
const KEEP_GOING = process.env.CHAOS_KEEP_GOING === '1';

async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? NaN;
}
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

/** CHAOS_TRACE=1 logs, after each action (from CHAOS_TRACE_FROM), the canvas size, camera and link. */
async function trace(page: Page, action: Action) {
  if (process.env.CHAOS_TRACE !== '1' || action.index < Number(process.env.CHAOS_TRACE_FROM ?? 0)) return;
  const state = await page
    .evaluate(() => {
      const box = document.querySelector('[data-testid=graph-canvas]')?.getBoundingClientRect();
      const probe = (window as unknown as { __atlasProbe?: { camera(): unknown } }).__atlasProbe;
      const size = box ? [Math.round(box.width), Math.round(box.height)] : null;
      return JSON.stringify({ size, camera: probe?.camera(), link: location.search });
    })
    .catch((error: unknown) => String(error));
  console.log(`TRACE ${describeAction(action)} ${state}`);
}

/**
 * Looks at the canvas as it is, then frames a visible node chosen by `u` through the search box
 * and requires it on screen and drawn (a camera move that blanks the canvas fails here).
 */
async function checkpoint(canvas: ReturnType<typeof canvasJournal>, page: Page, step: string, u: number) {
  await closeDialogs(page);
  await showAs(page, 'Graph');
  // The user may have panned or zoomed anywhere: an empty view is allowed here, a lying one is not.
  await canvas.look(`${step}: as left`, { emptyView: true });
  const visible = (await probeNodes(page))?.nodes.filter((node) => !node.hidden) ?? [];
  const node = pick(visible.map((n) => n.key).sort(), u);
  if (!node) return;
  const explore = page.getByRole('tab', { name: 'Explore' });
  if ((await explore.count()) > 0) await explore.click();
  try {
    await search(page, labelOf(node));
    await details(page, labelOf(node)).waitFor({ timeout: 5000 });
  } catch {
    canvas.note(`${step}: search "${labelOf(node)}"`, 'the search did not select the node');
    return;
  }
  await canvas.look(`${step}: search "${labelOf(node)}"`, { shown: [node] });
}

async function chaos(seed: number) {
  const started = Date.now();
  const plan = planActions(seed, ACTIONS);
  const checks = seededRandom(seed ^ 0x5eed);
  console.log(`chaos seed ${seed}: ${plan.length} actions planned`);
  const { page, errors, close } = await openPage(harness(), '', { viewport: { width: 1440, height: 900 } });
  page.setDefaultTimeout(3000);
  const session: ChaosSession = { page, baseUrl: harness().baseUrl, labels: searchLabels(atlasGraph().nodes()) };
  const canvas = canvasJournal(page, { prefix: `seed ${seed}` });
  await canvas.look('start');
  const heapBefore = await heapUsed(page);

  const done: Action[] = [];
  let skipped = 0;
  let failedAt: Action | undefined;
  const spent = new Map<string, number>();
  for (const action of plan) {
    const t0 = Date.now();
    try {
      if (!(await RUN[action.kind](session, action))) skipped++;
    } catch {
      skipped++; // a control that went away under the action (a closing panel, a reload)
    }
    spent.set(action.kind, (spent.get(action.kind) ?? 0) + Date.now() - t0);
    done.push(action);
    await trace(page, action);
    if (errors.length > 0 && !failedAt) {
      failedAt = action;
      if (!KEEP_GOING) break;
    }
    if ((action.index + 1) % CHECK_EVERY === 0) {
      const t1 = Date.now();
      await checkpoint(canvas, page, `after ${action.index + 1}`, checks());
      spent.set('(checkpoints)', (spent.get('(checkpoints)') ?? 0) + Date.now() - t1);
    }
  }
  if (!failedAt || KEEP_GOING) await checkpoint(canvas, page, 'end', checks());
  const heapAfter = await heapUsed(page).catch(() => NaN);
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  console.log(
    `chaos seed ${seed}: ${done.length} of ${plan.length} actions run (${skipped} skipped: control absent) in ${seconds} s; ` +
      `heap ${mb(heapBefore)} before, ${mb(heapAfter)} after (forced GC); ${errors.length} browser error(s); ` +
      `${canvas.reports.length} canvas checks, ${canvas.failures.length} failed; most time: ` +
      [...spent]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 6)
        .map(([kind, ms]) => `${kind} ${(ms / 1000).toFixed(0)} s`)
        .join(', '),
  );
  await close();
  if (failedAt)
    canvas.note(
      `first browser error after action ${describeAction(failedAt)}`,
      `${errors[0]}\n      last actions: ${done.slice(-12).map(describeAction).join(' ')}`,
    );
  canvas.assertClean();
}

describe('a seeded random session', () => {
  it('seed 1: 1,000 actions end without a browser error and with a truthful canvas', () => chaos(1), 900_000);
  it('seed 2: 1,000 actions end without a browser error and with a truthful canvas', () => chaos(2), 900_000);
});
