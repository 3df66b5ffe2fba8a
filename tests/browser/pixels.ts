// Looks at the canvas after a step: waits until sigma stops moving (camera and frame count still for
// a while), screenshots the canvas, and judges the pixels against the renderer probe (pixel-analysis.ts).
// On failure the screenshot is kept under test-results/canvas/ and the error says what was wrong.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import {
  DEFAULT_RULES,
  analyseCanvas,
  summarize,
  type CanvasReport,
  type CanvasRules,
  type CanvasSnapshot,
} from './pixel-analysis.ts';

export type { CanvasReport } from './pixel-analysis.ts';

export interface CanvasExpectation extends Partial<CanvasRules> {
  /** How long camera and frame count must stay unchanged before the screenshot (ms). */
  quietMs?: number;
  /** Give up waiting for a still canvas after this long (ms); not settling is a problem. */
  timeoutMs?: number;
  /** Cross-check the renderer's visible nodes with the status line's count (default true). */
  statusCount?: boolean;
}

const CANVAS = '[data-testid="graph-canvas"]';

/** Waits until camera and frame count have been still for `quietMs`; false when they never were. */
export async function settleCanvas(page: Page, quietMs = 300, timeoutMs = 6000): Promise<boolean> {
  return page.evaluate(
    // No named functions in here: tsx would wrap them in a helper the page does not have.
    async ({ quietMs, timeoutMs }) => {
      const start = performance.now();
      let [last, since] = ['', start];
      while (performance.now() - start < timeoutMs) {
        const probe = window.__atlasProbe;
        const now = probe ? JSON.stringify([probe.camera(), probe.frames()]) : 'none';
        if (now !== last) [last, since] = [now, performance.now()];
        else if (now !== 'none' && performance.now() - since >= quietMs) return true;
        else if (now === 'none' && performance.now() - since >= 2000) return false; // no canvas to wait for
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
      }
      return false;
    },
    { quietMs, timeoutMs },
  );
}

/** The probe's view plus the page background and the status line's count; null without a canvas. */
async function snapshot(page: Page): Promise<(CanvasSnapshot & { frames: number }) | null> {
  return page.evaluate((selector) => {
    const probe = window.__atlasProbe;
    const container = document.querySelector(selector);
    if (!probe || !container) return null;
    let element: Element | null = container;
    let background: [number, number, number] = [0, 0, 0];
    for (; element; element = element.parentElement) {
      const parts =
        getComputedStyle(element)
          .backgroundColor.match(/[\d.]+/g)
          ?.map(Number) ?? [];
      if (parts.length >= 3 && (parts[3] ?? 1) > 0) {
        background = [parts[0]!, parts[1]!, parts[2]!];
        break;
      }
    }
    const status = document.querySelector('[data-testid="graph-size"]')?.textContent ?? '';
    const count = status.match(/^\s*(\d+) of \d+ nodes/);
    return {
      nodes: probe.nodes(),
      covered: probe.covered(),
      camera: probe.camera(),
      frames: probe.frames(),
      background,
      statusVisible: count ? Number(count[1]) : null,
    };
  }, CANVAS);
}

const blankReport = (step: string, problem: string): CanvasReport => ({
  step,
  problems: [problem],
  size: { width: 0, height: 0 },
  camera: { x: NaN, y: NaN, ratio: NaN },
  background: '',
  drawnPixels: 0,
  uncoveredPixels: 0,
  visible: { total: 0, inView: 0, drawn: 0 },
  hidden: { total: 0, sampled: 0, drawn: 0, examples: [] },
  shown: [],
});

/** Settles, screenshots and judges the canvas; never throws for what it finds (see `problems`). */
export async function checkCanvas(page: Page, expectation: CanvasExpectation = {}): Promise<CanvasReport> {
  const rules: CanvasRules = { ...DEFAULT_RULES, ...expectation };
  const settled = await settleCanvas(page, expectation.quietMs, expectation.timeoutMs);
  for (let attempt = 0; ; attempt++) {
    const before = await snapshot(page);
    if (!before) return blankReport(rules.step, 'no canvas: the renderer probe is missing (did the app crash?)');
    const png = await page.locator(CANVAS).screenshot();
    const after = await snapshot(page);
    // Screenshot and probe must describe the same frame; one retry if sigma drew in between.
    if (attempt < 2 && after && after.frames !== before.frames) continue;
    if (expectation.statusCount === false) before.statusVisible = null;
    const report = analyseCanvas(PNG.sync.read(png), before, rules);
    if (!settled) report.problems.push('the canvas did not stay still (camera or frames kept changing)');
    if (report.problems.length > 0) keepScreenshot(rules.step, png);
    return report;
  }
}

function keepScreenshot(step: string, png: Buffer) {
  const dir = 'test-results/canvas';
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/${step.replace(/[^\w.-]+/g, '_').slice(0, 80)}.png`, png);
}

/** Like checkCanvas, but throws an error listing every problem and the figures when there is one. */
export async function expectCanvas(page: Page, expectation: CanvasExpectation = {}): Promise<CanvasReport> {
  const report = await checkCanvas(page, expectation);
  if (report.problems.length > 0)
    throw new Error(
      `canvas check "${report.step}" failed:\n  - ${report.problems.join('\n  - ')}\n  ${summarize(report)}`,
    );
  return report;
}

/**
 * Checks the canvas after each step of a journey and keeps going when one fails, so a test reports
 * every step that went wrong (with its figures) at the end: `await canvas.look('step', {...})`, then
 * `canvas.assertClean()`. `note` adds a problem found another way (a missing button, a lost highlight).
 */
export function canvasJournal(page: Page, defaults: CanvasExpectation & { prefix?: string } = {}) {
  const failures: string[] = [];
  const reports: CanvasReport[] = [];
  const name = (step: string) => (defaults.prefix ? `${defaults.prefix} ${step}` : step);
  return {
    reports,
    failures,
    async look(step: string, expectation: CanvasExpectation = {}): Promise<CanvasReport> {
      const report = await checkCanvas(page, { ...defaults, ...expectation, step: name(step) });
      reports.push(report);
      if (report.problems.length > 0)
        failures.push(`${report.step}:\n    - ${report.problems.join('\n    - ')}\n    ${summarize(report)}`);
      return report;
    },
    note(step: string, problem: string) {
      failures.push(`${name(step)}:\n    - ${problem}`);
    },
    assertClean() {
      if (failures.length > 0)
        throw new Error(
          `${failures.length} problem step(s), ${reports.length} canvas check(s):\n  ${failures.join('\n  ')}`,
        );
    },
  };
}
