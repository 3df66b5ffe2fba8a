// The basemap painter follows the camera through one affine transform per frame, builds its paths
// once, and keeps line widths in screen pixels whatever the zoom.
import { describe, expect, it } from 'vitest';
import {
  affineFrom,
  basemapPainter,
  DEFAULT_BASEMAP_STYLE,
  levelFor,
  MAX_STEP_PX,
  tracePath,
} from '../../src/geo/basemap.ts';
import type { Point } from '../../src/geo/projection.ts';
import { thin, type BasemapGeometry, type BasemapLevel } from '../../src/geo/world.ts';

/** sigma-like graph → screen: scale, rotation, y flipped, offset. */
const camera = (scale: number, angle: number, dx: number, dy: number) => (p: Point) => ({
  x: dx + scale * (Math.cos(angle) * p.x - Math.sin(angle) * p.y),
  y: dy - scale * (Math.sin(angle) * p.x + Math.cos(angle) * p.y),
});

class RecordingPath {
  calls: string[] = [];
  moveTo = (x: number, y: number) => this.calls.push(`M${x},${y}`);
  lineTo = (x: number, y: number) => this.calls.push(`L${x},${y}`);
  closePath = () => this.calls.push('Z');
}

function recordingContext() {
  const log: { op: string; args: unknown[]; lineWidth: number }[] = [];
  const ctx = { lineWidth: 1, fillStyle: '', strokeStyle: '', lineJoin: '' } as Record<string, unknown>;
  for (const op of ['save', 'restore', 'transform', 'fill', 'stroke'])
    ctx[op] = (...args: unknown[]) => log.push({ op, args, lineWidth: ctx.lineWidth as number });
  return { ctx: ctx as unknown as CanvasRenderingContext2D, log };
}

const level = (step: number): BasemapLevel => ({
  step,
  land: [Float32Array.of(0, 0, 10, 0, 10, 10)],
  borders: [Float32Array.of(5, 0, 5, 10)],
  coast: [Float32Array.of(0, 0, 10, 0)],
});
const geometry: BasemapGeometry = { levels: [level(0.05), level(0.25), level(1)] };

describe('basemap', () => {
  it('recovers the affine transform of a rotated, scaled, flipped camera', () => {
    const toScreen = camera(3.5, 0.4, 700, 450);
    const [a, b, c, d, e, f] = affineFrom(toScreen);
    for (const p of [
      { x: 12, y: -7 },
      { x: -150, y: 80 },
    ]) {
      const expected = toScreen(p);
      expect(a * p.x + c * p.y + e).toBeCloseTo(expected.x, 9);
      expect(b * p.x + d * p.y + f).toBeCloseTo(expected.y, 9);
    }
  });

  it('closes rings and leaves lines open', () => {
    const path = new RecordingPath();
    tracePath(path, geometry.levels[0]!.land, true);
    tracePath(path, geometry.levels[0]!.borders, false);
    expect(path.calls).toEqual(['M0,0', 'L10,0', 'L10,10', 'Z', 'M5,0', 'L5,10']);
  });

  it('thins lines to a point spacing, keeping both ends', () => {
    const line = Float32Array.of(0, 0, 0.1, 0, 0.2, 0, 1.1, 0, 1.2, 0);
    expect([...thin(line, 0.5)]).toEqual([0, 0, 1.100000023841858, 0, 1.2000000476837158, 0]);
  });

  it('draws the coarsest level whose point spacing stays under a pixel and a half', () => {
    expect(levelFor(geometry.levels, 1)).toBe(2);
    expect(levelFor(geometry.levels, MAX_STEP_PX / 0.25)).toBe(1);
    expect(levelFor(geometry.levels, 10)).toBe(0);
    expect(levelFor(geometry.levels, 1000)).toBe(0);
  });

  it('builds its paths once and draws each frame under the camera transform, lines in pixels', () => {
    const made: RecordingPath[] = [];
    const painter = basemapPainter(geometry, () => {
      made.push(new RecordingPath());
      return made.at(-1) as unknown as Path2D;
    });
    const { ctx, log } = recordingContext();
    painter.draw(ctx, camera(2, 0, 0, 0));
    painter.draw(ctx, camera(8, 0.3, 10, 20));
    painter.draw(ctx, camera(2.5, 0, 5, 5));
    // Two levels drawn (coarse at 2 and 2.5 px per unit, finest at 8): three paths each, once.
    expect(made).toHaveLength(6);
    const transforms = log.filter((entry) => entry.op === 'transform').map((entry) => entry.args);
    expect(transforms[1]!.map((v) => Number((v as number).toFixed(9)))).toEqual(
      affineFrom(camera(8, 0.3, 10, 20)).map((v) => Number(v.toFixed(9))),
    );
    const strokes = log.filter((entry) => entry.op === 'stroke').map((entry) => entry.lineWidth);
    const { borderWidth, coastWidth } = DEFAULT_BASEMAP_STYLE;
    [borderWidth / 2, coastWidth / 2, borderWidth / 8, coastWidth / 8].forEach((width, i) =>
      expect(strokes[i]).toBeCloseTo(width, 9),
    );
    expect(log.filter((entry) => entry.op === 'save').length).toBe(
      log.filter((entry) => entry.op === 'restore').length,
    );
  });
});
