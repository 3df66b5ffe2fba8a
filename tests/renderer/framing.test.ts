// Framing with a fake sigma: graph coordinates are converted to the camera's framed space, nodes
// land inside the part of the viewport no panel covers, and a single node is centred there.
import { describe, expect, it } from 'vitest';
import { frameCamera, insetsFrom, type CameraSpace, type Point } from '../../src/renderer/framing.ts';
import type { CameraState } from '../../src/store/view-state.ts';

/** Like sigma: the graph's bounding box fits 0..1 (aspect kept), y up on screen, zoom by ratio. */
function fakeSigma(nodes: Point[], width: number, height: number): CameraSpace {
  const xs = nodes.map((p) => p.x);
  const ys = nodes.map((p) => p.y);
  const [minX, minY] = [Math.min(...xs), Math.min(...ys)];
  const extent = Math.max(Math.max(...xs) - minX, Math.max(...ys) - minY) || 1;
  const side = Math.min(width, height);
  return {
    toFramed: (p) => ({ x: (p.x - minX) / extent, y: (p.y - minY) / extent }),
    toViewport: (p, camera: CameraState) => ({
      x: width / 2 + ((p.x - camera.x) * side) / camera.ratio,
      y: height / 2 - ((p.y - camera.y) * side) / camera.ratio,
    }),
    width,
    height,
  };
}

const layout: Point[] = [
  { x: -120, y: 40 },
  { x: 35, y: -80 },
  { x: 60, y: 95 },
  { x: 0.56, y: 39.82 },
];
const project = (space: CameraSpace, camera: CameraState, p: Point) => space.toViewport(space.toFramed(p), camera);

describe('frameCamera', () => {
  it('puts the camera in framed space, not at the graph coordinates of the node', () => {
    const space = fakeSigma(layout, 1440, 900);
    const camera = frameCamera([layout[3]!], space)!;
    // The bug this guards: the camera went to the layout coordinates (0.56, 39.82).
    expect(camera.x).toBeGreaterThanOrEqual(0);
    expect(camera.x).toBeLessThanOrEqual(1);
    expect(camera.y).toBeGreaterThanOrEqual(0);
    expect(camera.y).toBeLessThanOrEqual(1);
    const at = project(space, camera, layout[3]!);
    expect(at.x).toBeCloseTo(720, 3);
    expect(at.y).toBeCloseTo(450, 3);
    expect(camera.ratio).toBe(0.15);
  });

  it('centres a node in the part of the canvas a panel leaves free', () => {
    const space = fakeSigma(layout, 1024, 700);
    const insets = { top: 0, right: 300, bottom: 0, left: 0 };
    const camera = frameCamera([layout[1]!], space, { insets })!;
    const at = project(space, camera, layout[1]!);
    expect(at.x).toBeCloseTo((1024 - 300) / 2, 3);
    expect(at.y).toBeCloseTo(350, 3);
  });

  it('fits several nodes inside the free area with a margin', () => {
    const space = fakeSigma(layout, 1100, 800);
    const insets = { top: 60, right: 400, bottom: 0, left: 0 };
    const camera = frameCamera(layout, space, { insets, margin: 40, maxRatio: 10 })!;
    for (const p of layout) {
      const at = project(space, camera, p);
      expect(at.x).toBeGreaterThanOrEqual(40 - 1e-6);
      expect(at.x).toBeLessThanOrEqual(1100 - 400 - 40 + 1e-6);
      expect(at.y).toBeGreaterThanOrEqual(60 + 40 - 1e-6);
      expect(at.y).toBeLessThanOrEqual(800 - 40 + 1e-6);
    }
  });

  it('gives nothing to frame for no node or no finite position', () => {
    const space = fakeSigma(layout, 800, 600);
    expect(frameCamera([], space)).toBeNull();
    expect(frameCamera([{ x: NaN, y: 1 }], space)).toBeNull();
  });
});

describe('insetsFrom', () => {
  it('reads a tall panel as a side and a wide band as a top or bottom', () => {
    const rects = [
      { x: 724, y: 0, width: 300, height: 700 },
      { x: 8, y: 8, width: 600, height: 40 },
      { x: 60, y: 650, width: 200, height: 40 },
    ];
    expect(insetsFrom(rects, 1024, 700)).toEqual({ top: 48, right: 300, bottom: 0, left: 0 });
  });
});

describe('frameCamera on a canvas without a size', () => {
  it('gives no camera rather than a NaN one', () => {
    const space = fakeSigma(layout, 0, 0);
    const broken: CameraSpace = { ...space, toViewport: () => ({ x: NaN, y: NaN }) };
    expect(frameCamera(layout, broken)).toBeNull();
  });
});
