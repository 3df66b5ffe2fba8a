// Pure judgement of a canvas screenshot against what the renderer probe says it drew: shown nodes on
// screen and drawn, visible nodes drawn, hidden nodes not drawn, a plausible amount of ink. No browser.
import type { ProbedNode } from '../../src/renderer/probe.ts';
import { FADED_COLOR } from '../../src/appearance/palette.ts';

export type Rgb = readonly [number, number, number];
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
/** RGBA pixels, row by row (what pngjs decodes). */
export interface Image {
  width: number;
  height: number;
  data: Uint8Array;
}
/** What the page said when the screenshot was taken. */
export interface CanvasSnapshot {
  nodes: ProbedNode[];
  covered: Rect[];
  camera: { x: number; y: number; ratio: number };
  background: Rgb;
  /** Visible-node count in the status line, when there is one. */
  statusVisible: number | null;
}
export interface CanvasRules {
  step: string;
  /** Nodes that must be visible, on screen, outside every panel and drawn (e.g. the selected node). */
  shown: readonly string[];
  /** Nodes that must be hidden by the renderer (e.g. computed from the filters) and not drawn. */
  hidden: readonly string[];
  /** Share of visible nodes in the uncovered area that must be drawn at their centre. */
  drawnShare: number;
  /** Share of sampled hidden nodes whose centre must show background. */
  hiddenBlankShare: number;
  /** Allow a view with no visible node in the uncovered area (after panning away on purpose). */
  emptyView: boolean;
  /** Nodes a highlight must keep bright: drawn, and neither the renderer nor the pixels faded. */
  highlighted: readonly string[];
  /** Nodes outside a highlight: if visible, drawn in the faded colour. */
  faded: readonly string[];
  /** The colour the renderer gives nodes outside the focus. */
  fadedColor: string;
}
export interface ShownNode {
  key: string;
  x: number;
  y: number;
  state: 'drawn' | 'unknown' | 'hidden' | 'off screen' | 'under a panel' | 'not drawn';
}
export interface CanvasReport {
  step: string;
  problems: string[];
  size: { width: number; height: number };
  camera: CanvasSnapshot['camera'];
  background: string;
  /** Pixels that differ from the background, counted outside panels. */
  drawnPixels: number;
  uncoveredPixels: number;
  visible: { total: number; inView: number; drawn: number };
  hidden: { total: number; sampled: number; drawn: number; examples: string[] };
  shown: ShownNode[];
}

/** The rules of a step that requires nothing in particular: 90 % of visible nodes drawn, 90 % of hidden ones not. */
export const DEFAULT_RULES: CanvasRules = {
  step: 'canvas',
  shown: [],
  hidden: [],
  drawnShare: 0.9,
  hiddenBlankShare: 0.9,
  emptyView: false,
  highlighted: [],
  faded: [],
  fadedColor: FADED_COLOR,
};

/** Colour distance (sum over channels) above which a pixel counts as drawn, not background. */
export const INK = 40;

const hex = (rgb: Rgb) => '#' + rgb.map((c) => c.toString(16).padStart(2, '0')).join('');
const at = (x: number, y: number) => `(${Math.round(x)},${Math.round(y)})`;

export class CanvasPixels {
  constructor(
    readonly image: Image,
    readonly covered: readonly Rect[],
    readonly background: Rgb,
  ) {}

  isCovered(x: number, y: number): boolean {
    return this.covered.some((r) => x >= r.x && x < r.x + r.width && y >= r.y && y < r.y + r.height);
  }

  /** Whether a point lies on the canvas and outside every panel. */
  inView(x: number, y: number): boolean {
    return x >= 0 && y >= 0 && x < this.image.width && y < this.image.height && !this.isCovered(x, y);
  }

  isInk(x: number, y: number): boolean {
    const i = (Math.floor(y) * this.image.width + Math.floor(x)) * 4;
    const d = this.image.data;
    const [r, g, b] = this.background;
    return Math.abs(d[i]! - r) + Math.abs(d[i + 1]! - g) + Math.abs(d[i + 2]! - b) > INK;
  }

  /** Share of the pixels of the square of half-width `half` around (x, y), within the image, that pass `test`. */
  private shareAround(x: number, y: number, half: number, test: (px: number, py: number) => boolean): number {
    let passed = 0;
    let all = 0;
    for (let dy = -half; dy <= half; dy++)
      for (let dx = -half; dx <= half; dx++) {
        const [px, py] = [Math.round(x) + dx, Math.round(y) + dy];
        if (px < 0 || py < 0 || px >= this.image.width || py >= this.image.height) continue;
        all++;
        if (test(px, py)) passed++;
      }
    return all === 0 ? 0 : passed / all;
  }

  /** Share of inked pixels in the square of half-width `half` around (x, y), within the image. */
  inkAround(x: number, y: number, half: number): number {
    return this.shareAround(x, y, half, (px, py) => this.isInk(px, py));
  }

  /**
   * Share of the square around (x, y) filled with one ink colour (the centre's, within a small
   * distance): a node's disc is solid; label text, edges and anti-aliasing are not.
   */
  solidAround(x: number, y: number, half: number): number {
    if (!this.isInk(x, y)) return 0;
    const d = this.image.data;
    const c = (Math.round(y) * this.image.width + Math.round(x)) * 4;
    return this.shareAround(x, y, half, (px, py) => {
      const i = (py * this.image.width + px) * 4;
      const distance = Math.abs(d[i]! - d[c]!) + Math.abs(d[i + 1]! - d[c + 1]!) + Math.abs(d[i + 2]! - d[c + 2]!);
      return distance <= 30 && this.isInk(px, py);
    });
  }

  /** Inked and total pixels outside every panel. */
  count(): { ink: number; all: number } {
    let ink = 0;
    let all = 0;
    for (let y = 0; y < this.image.height; y++)
      for (let x = 0; x < this.image.width; x++) {
        if (this.isCovered(x, y)) continue;
        all++;
        if (this.isInk(x, y)) ink++;
      }
    return { ink, all };
  }
}

/**
 * Half-width of the square sampled at a node's centre: well inside its solid ink. A target (ring) is
 * solid only in its centre dot (0.46 of its radius: see shape-program.ts), so its square is smaller.
 */
export const patchHalf = (radius: number, type = '') =>
  Math.max(1, Math.min(3, Math.floor(radius * (type === 'ring' ? 0.3 : 0.5))));
/** A node counts as drawn when most of the square at its centre is ink. */
const DRAWN = 0.6;
/**
 * A small node (radius under 4 px, e.g. far zoomed out or faded around a highlight) is a few
 * anti-aliased pixels, and a small target (a forum) is a dot inside a thin ring: some ink is enough.
 */
const SPECK_DRAWN = 0.2;
/** The probe's position and the rasterised sprite may differ by a pixel (rounding, pixel centres). */
const SHIFTS = [0, -1, 1].flatMap((dy) => [0, -1, 1].map((dx) => [dx, dy] as const));
const isDrawn = (pixels: CanvasPixels, node: ProbedNode) => {
  const [half, need] = [patchHalf(node.radius, node.type), node.radius < 4 ? SPECK_DRAWN : DRAWN];
  return SHIFTS.some(([dx, dy]) => pixels.inkAround(node.x + dx, node.y + dy, half) >= need);
};
/** Whether the square sampled at a node's centre (with its shifts) lies wholly in the uncovered canvas. */
const judgeable = (pixels: CanvasPixels, node: ProbedNode) => {
  const reach = patchHalf(node.radius, node.type) + 1;
  return [-reach, reach].every((dx) => [-reach, reach].every((dy) => pixels.inView(node.x + dx, node.y + dy)));
};

function judgeShown(pixels: CanvasPixels, nodes: Map<string, ProbedNode>, key: string): ShownNode {
  const node = nodes.get(key);
  if (!node) return { key, x: NaN, y: NaN, state: 'unknown' };
  const { x, y } = node;
  const state: ShownNode['state'] = node.hidden
    ? 'hidden'
    : x < 0 || y < 0 || x >= pixels.image.width || y >= pixels.image.height
      ? 'off screen'
      : pixels.isCovered(x, y)
        ? 'under a panel'
        : isDrawn(pixels, node)
          ? 'drawn'
          : 'not drawn';
  return { key, x, y, state };
}

/**
 * Hidden nodes whose centre is clear of every visible node, and those of them drawn: a solid 3×3
 * square of one ink colour at the centre (what a disc of radius ≥ 2 leaves; label text over the
 * spot, or an edge through it, does not).
 */
function sampleHidden(pixels: CanvasPixels, hidden: ProbedNode[], visible: ProbedNode[]) {
  const near = (h: ProbedNode) => visible.some((v) => Math.hypot(v.x - h.x, v.y - h.y) <= v.radius + 5);
  const sampled = hidden.filter((h) => pixels.inView(h.x, h.y) && !near(h));
  const drawn = sampled.filter((h) => pixels.solidAround(h.x, h.y, 1) >= 0.85);
  return { sampled, drawn };
}

function describeShown(shown: ShownNode, size: { width: number; height: number }): string | null {
  const what = `shown node "${shown.key}"`;
  switch (shown.state) {
    case 'drawn':
      return null;
    case 'unknown':
      return `${what} is not in the renderer's graph`;
    case 'hidden':
      return `${what} is hidden by the renderer`;
    case 'off screen':
      return `${what} at ${at(shown.x, shown.y)} is off screen (canvas ${size.width}×${size.height})`;
    case 'under a panel':
      return `${what} at ${at(shown.x, shown.y)} is under a panel that covers the canvas`;
    case 'not drawn':
      return `${what} at ${at(shown.x, shown.y)} is on screen but not drawn (background at its centre)`;
  }
}

const rgbOf = (color: string): Rgb | null => {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  return m ? [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)] : null;
};

/** Highlight rules: bright nodes drawn in a colour other than the faded one, faded nodes faded. */
function judgeHighlight(pixels: CanvasPixels, nodes: Map<string, ProbedNode>, rules: CanvasRules): string[] {
  const faded = rgbOf(rules.fadedColor);
  const problems: string[] = [];
  const isFaded = (node: ProbedNode) => node.color.toLowerCase() === rules.fadedColor.toLowerCase();
  const looksFaded = (node: ProbedNode) =>
    faded !== null &&
    pixels.inView(node.x, node.y) &&
    new CanvasPixels(pixels.image, [], faded).inkAround(node.x, node.y, 1) < 0.5;
  const dull = rules.highlighted.filter((key) => {
    const node = nodes.get(key);
    return node && !node.hidden && (isFaded(node) || looksFaded(node));
  });
  if (dull.length > 0)
    problems.push(
      `${dull.length} of ${rules.highlighted.length} highlighted nodes are drawn faded (e.g. ${dull.slice(0, 5).join(', ')})`,
    );
  const bright = rules.faded.filter((key) => {
    const node = nodes.get(key);
    return node && !node.hidden && !isFaded(node);
  });
  if (bright.length > 0)
    problems.push(
      `${bright.length} of ${rules.faded.length} nodes outside the highlight are still bright (e.g. ${bright.slice(0, 5).join(', ')})`,
    );
  return problems;
}

const share = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
const pct = (value: number) => `${Math.round(value * 100)}%`;

/** Judges one screenshot; `problems` is empty when the canvas shows what the probe says it shows. */
export function analyseCanvas(image: Image, snapshot: CanvasSnapshot, rules: CanvasRules): CanvasReport {
  const pixels = new CanvasPixels(image, snapshot.covered, snapshot.background);
  const size = { width: image.width, height: image.height };
  const problems: string[] = [];
  const byKey = new Map(snapshot.nodes.map((node) => [node.key, node]));
  const visible = snapshot.nodes.filter((node) => !node.hidden);
  const hidden = snapshot.nodes.filter((node) => node.hidden);

  const shown = rules.shown.map((key) => judgeShown(pixels, byKey, key));
  for (const node of shown) {
    const problem = describeShown(node, size);
    if (problem) problems.push(problem);
  }

  problems.push(...judgeHighlight(pixels, byKey, rules));

  const inView = visible.filter((node) => pixels.inView(node.x, node.y));
  // A node cut by the canvas's edge or a panel cannot be judged at its centre.
  const judged = inView.filter((node) => judgeable(pixels, node));
  const drawn = judged.filter((node) => isDrawn(pixels, node));
  if (visible.length > 0 && inView.length === 0 && !rules.emptyView)
    problems.push(
      `none of the ${visible.length} visible nodes lies in the uncovered part of the canvas ` +
        `(camera ${[snapshot.camera.x, snapshot.camera.y, snapshot.camera.ratio].map((v) => v.toFixed(3)).join(',')})`,
    );
  if (share(drawn.length, judged.length) < rules.drawnShare)
    problems.push(
      `only ${drawn.length} of ${judged.length} visible nodes in the uncovered area are drawn at their centre ` +
        `(${pct(share(drawn.length, judged.length))}, need ≥ ${pct(rules.drawnShare)}; not drawn: ` +
        judged
          .filter((node) => !drawn.includes(node))
          .slice(0, 6)
          .map((n) => `${n.key} ${at(n.x, n.y)} r${n.radius.toFixed(1)} ${n.color}`)
          .join(', ') +
        ')',
    );

  const sample = sampleHidden(pixels, hidden, visible);
  const blank = sample.sampled.length - sample.drawn.length;
  if (share(blank, sample.sampled.length) < rules.hiddenBlankShare && sample.drawn.length > 1)
    problems.push(
      `${sample.drawn.length} of ${sample.sampled.length} hidden nodes are still drawn ` +
        `(e.g. ${sample.drawn
          .slice(0, 5)
          .map((n) => n.key)
          .join(', ')})`,
    );

  const notHidden = rules.hidden.filter((key) => byKey.get(key) && !byKey.get(key)!.hidden);
  if (notHidden.length > 0)
    problems.push(
      `${notHidden.length} of ${rules.hidden.length} nodes the filters hide are not hidden by the renderer ` +
        `(e.g. ${notHidden.slice(0, 5).join(', ')})`,
    );
  if (snapshot.statusVisible !== null && snapshot.statusVisible !== visible.length)
    problems.push(
      `the status line counts ${snapshot.statusVisible} nodes shown, the renderer has ${visible.length} not hidden`,
    );

  const { ink, all } = pixels.count();
  const expectedInk = inView.reduce((sum, node) => sum + Math.PI * Math.min(node.radius, 20) ** 2, 0);
  if (inView.length > 0 && ink < Math.max(50, expectedInk * 0.25))
    problems.push(
      `only ${ink} drawn pixels outside the panels, for ${inView.length} visible nodes in view ` +
        `(expected ≥ ${Math.round(Math.max(50, expectedInk * 0.25))})`,
    );
  if (ink > all * 0.9)
    problems.push(
      `${ink} of ${all} uncovered pixels (${pct(ink / all)}) differ from the background ${hex(snapshot.background)}`,
    );

  return {
    step: rules.step,
    problems,
    size,
    camera: snapshot.camera,
    background: hex(snapshot.background),
    drawnPixels: ink,
    uncoveredPixels: all,
    visible: { total: visible.length, inView: judged.length, drawn: drawn.length },
    hidden: {
      total: hidden.length,
      sampled: sample.sampled.length,
      drawn: sample.drawn.length,
      examples: sample.drawn.slice(0, 5).map((n) => n.key),
    },
    shown,
  };
}

/** One line of figures, for failure messages and logs. */
export function summarize(report: CanvasReport): string {
  const { visible, hidden, camera } = report;
  return (
    `[${report.step}] canvas ${report.size.width}×${report.size.height}, camera ` +
    `${camera.x.toFixed(3)},${camera.y.toFixed(3)},${camera.ratio.toFixed(3)}; visible ${visible.total} ` +
    `(${visible.inView} in view, ${visible.drawn} drawn); hidden ${hidden.total} (${hidden.sampled} sampled, ` +
    `${hidden.drawn} drawn); ink ${report.drawnPixels}/${report.uncoveredPixels} px; shown ` +
    (report.shown.map((s) => `${s.key}:${s.state}`).join(' ') || '-')
  );
}
