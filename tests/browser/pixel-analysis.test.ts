// The canvas judge on painted test images: it passes a faithful picture and names each way a
// picture can lie (node off screen or under a panel, hidden nodes still drawn, blank canvas).
import { describe, expect, it } from 'vitest';
import type { ProbedNode } from '../../src/renderer/probe.ts';
import { analyseCanvas, DEFAULT_RULES, type CanvasRules, type CanvasSnapshot, type Image } from './pixel-analysis.ts';

const BG = [15, 20, 28] as const;
const W = 200;
const H = 100;

function paint(discs: { x: number; y: number; r: number }[]): Image {
  const data = new Uint8Array(W * H * 4);
  for (let i = 0; i < W * H; i++) data.set([...BG, 255], i * 4);
  for (const { x, y, r } of discs)
    for (let py = 0; py < H; py++)
      for (let px = 0; px < W; px++)
        if (Math.hypot(px - x, py - y) <= r) data.set([230, 159, 0, 255], (py * W + px) * 4);
  return { width: W, height: H, data };
}

const node = (key: string, x: number, y: number, hidden = false): ProbedNode => ({
  key,
  x,
  y,
  radius: 5,
  hidden,
  color: '#e69f00',
  type: 'circle',
});
const grid = (prefix: string, row: number, hidden = false) =>
  Array.from({ length: 10 }, (_, i) => node(`${prefix}${i}`, 10 + i * 18, row, hidden));

const snap = (nodes: ProbedNode[], extra: Partial<CanvasSnapshot> = {}): CanvasSnapshot => ({
  nodes,
  covered: [],
  camera: { x: 0.5, y: 0.5, ratio: 1 },
  background: BG,
  statusVisible: null,
  ...extra,
});
const rules = (extra: Partial<CanvasRules> = {}): CanvasRules => ({ ...DEFAULT_RULES, step: 'test', ...extra });
const discsOf = (nodes: ProbedNode[]) => nodes.map((n) => ({ x: n.x, y: n.y, r: n.radius }));

describe('analyseCanvas', () => {
  const visible = grid('v', 20);
  const hidden = grid('h', 70, true);

  it('passes a canvas that draws exactly the visible nodes', () => {
    const report = analyseCanvas(paint(discsOf(visible)), snap([...visible, ...hidden]), rules({ shown: ['v3'] }));
    expect(report.problems).toEqual([]);
    expect(report.visible).toEqual({ total: 10, inView: 10, drawn: 10 });
    expect(report.hidden).toMatchObject({ total: 10, sampled: 10, drawn: 0 });
  });

  it('counts a faded target (a forum: a dot in a ring) as drawn by the ink of its centre dot', () => {
    const faded = [42, 49, 64] as const;
    const targets = grid('t', 20).map((n) => ({ ...n, radius: 6, type: 'ring', color: '#2a3140' }));
    const image = paint([]);
    // The shape program's target: a dot of 0.46 r and a ring from 0.72 r to r, in the faded colour.
    for (const t of targets)
      for (let dy = -7; dy <= 7; dy++)
        for (let dx = -7; dx <= 7; dx++) {
          const d = Math.hypot(dx, dy) / t.radius;
          if (d <= 0.46 || (d >= 0.72 && d <= 1)) image.data.set([...faded, 255], ((t.y + dy) * W + t.x + dx) * 4);
        }
    const report = analyseCanvas(image, snap(targets), rules());
    expect(report.problems).toEqual([]);
    expect(report.visible).toEqual({ total: 10, inView: 10, drawn: 10 });
    // The same pictures without their dots are not drawn nodes.
    const rings = paint([]);
    for (const t of targets)
      for (let dy = -7; dy <= 7; dy++)
        for (let dx = -7; dx <= 7; dx++) {
          const d = Math.hypot(dx, dy) / t.radius;
          if (d >= 0.72 && d <= 1) rings.data.set([...faded, 255], ((t.y + dy) * W + t.x + dx) * 4);
        }
    expect(analyseCanvas(rings, snap(targets), rules()).visible.drawn).toBe(0);
  });

  it('takes a small node drawn a pixel off its probed position for drawn, and does not judge one cut by the edge', () => {
    // Dots of radius 1.6 a pixel below and left of where the probe puts them (rounding between probe and GPU).
    const small = grid('s', 20).map((n) => ({ ...n, radius: 4.5, type: 'ring' }));
    const image = paint(small.map((n) => ({ x: n.x - 1, y: n.y + 1, r: 1.6 })));
    for (const n of small)
      for (let dy = -6; dy <= 6; dy++)
        for (let dx = -6; dx <= 6; dx++) {
          const d = Math.hypot(dx, dy);
          if (d >= 3.3 && d <= 4.5) image.data.set([230, 159, 0, 255], ((n.y + 1 + dy) * W + n.x - 1 + dx) * 4);
        }
    const report = analyseCanvas(image, snap(small), rules());
    expect(report.problems).toEqual([]);
    expect(report.visible.drawn).toBe(10);
    // Half a disc on the bottom edge: not counted either way.
    const edge = node('e', 100, H - 0.4);
    const cut = analyseCanvas(paint([{ x: 100, y: H, r: 5 }]), snap([edge]), rules());
    expect(cut.visible).toEqual({ total: 1, inView: 0, drawn: 0 });
  });

  it('reports hidden nodes that are still drawn (a frozen canvas)', () => {
    const report = analyseCanvas(paint(discsOf([...visible, ...hidden])), snap([...visible, ...hidden]), rules());
    expect(report.problems).toEqual([expect.stringMatching(/^10 of 10 hidden nodes are still drawn \(e\.g\. h0, h1/)]);
  });

  it('does not take label text over a hidden node for the node', () => {
    const image = paint(discsOf(visible));
    // Label-grey vertical strokes two pixels wide with one-pixel gaps, as 14 px text leaves (2/3 ink).
    for (const h of hidden)
      for (let dy = -4; dy <= 4; dy++)
        for (let dx = -4; dx <= 4; dx++)
          if ((dx + 4) % 3 !== 2) image.data.set([232, 236, 241, 255], ((h.y + dy) * W + h.x + dx) * 4);
    const report = analyseCanvas(image, snap([...visible, ...hidden]), rules());
    expect(report.problems).toEqual([]);
    expect(report.hidden).toMatchObject({ sampled: 10, drawn: 0 });
  });

  it('reports a shown node off screen, one under a panel and one not drawn', () => {
    const nodes = [...visible, node('far', 812, -40), node('under', 150, 60), node('ghost', 100, 60)];
    const covered = [{ x: 140, y: 50, width: 60, height: 50 }];
    const report = analyseCanvas(
      paint(discsOf(visible)),
      snap(nodes, { covered }),
      rules({ shown: ['far', 'under', 'ghost', 'nope'] }),
    );
    expect(report.problems).toContain('shown node "far" at (812,-40) is off screen (canvas 200×100)');
    expect(report.problems).toContain('shown node "under" at (150,60) is under a panel that covers the canvas');
    expect(report.problems).toContain(
      'shown node "ghost" at (100,60) is on screen but not drawn (background at its centre)',
    );
    expect(report.problems).toContain('shown node "nope" is not in the renderer\'s graph');
  });

  it('reports a blank canvas after the camera left every node behind', () => {
    const away = visible.map((n) => ({ ...n, y: n.y + 5000 }));
    const report = analyseCanvas(paint([]), snap(away, { camera: { x: 0.56, y: 39.82, ratio: 0.25 } }), rules());
    expect(report.problems).toEqual([
      'none of the 10 visible nodes lies in the uncovered part of the canvas (camera 0.560,39.820,0.250)',
    ]);
    expect(analyseCanvas(paint([]), snap(away), rules({ emptyView: true })).problems).toEqual([]);
  });

  it('reports visible nodes not drawn, a disagreeing status line and filters the renderer ignores', () => {
    const report = analyseCanvas(paint([]), snap(visible, { statusVisible: 4 }), rules({ hidden: ['v1', 'v2'] }));
    expect(report.problems).toEqual([
      expect.stringMatching(
        /^only 0 of 10 visible nodes in the uncovered area are drawn at their centre \(0%, need ≥ 90%; not drawn: v0 \(10,20\) r5\.0/,
      ),
      '2 of 2 nodes the filters hide are not hidden by the renderer (e.g. v1, v2)',
      'the status line counts 4 nodes shown, the renderer has 10 not hidden',
      'only 0 drawn pixels outside the panels, for 10 visible nodes in view (expected ≥ 196)',
    ]);
  });

  it('reports a canvas painted over', () => {
    const report = analyseCanvas(paint([{ x: 100, y: 50, r: 500 }]), snap(visible), rules());
    expect(report.problems).toEqual([expect.stringMatching(/^20000 of 20000 uncovered pixels \(100%\) differ/)]);
  });

  it('reports highlighted nodes drawn faded and nodes outside the highlight left bright', () => {
    const nodes = visible.map((n, i) => (i < 5 ? n : { ...n, color: '#2a3140' }));
    const image = paint(discsOf(visible)); // every disc painted bright, whatever the probe says
    const report = analyseCanvas(image, snap(nodes), rules({ highlighted: ['v0', 'v7'], faded: ['v1', 'v8'] }));
    expect(report.problems).toEqual([
      '1 of 2 highlighted nodes are drawn faded (e.g. v7)',
      '1 of 2 nodes outside the highlight are still bright (e.g. v1)',
    ]);
  });
});
