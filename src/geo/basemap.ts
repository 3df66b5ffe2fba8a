// Draws the basemap on a 2D canvas under the graph. The projected paths are built once (Path2D) in
// graph coordinates; each frame only sets the affine transform that sigma's camera implies and fills.
import type { Point } from './projection.ts';
import type { BasemapGeometry, BasemapLevel } from './world.ts';

export interface BasemapStyle {
  land: string;
  coast: string;
  borders: string;
  /** Line widths in screen pixels, whatever the zoom. */
  coastWidth: number;
  borderWidth: number;
}

export const DEFAULT_BASEMAP_STYLE: BasemapStyle = {
  land: '#eceae4',
  coast: '#c9c5bb',
  borders: '#d9d5cc',
  coastWidth: 0.8,
  borderWidth: 0.5,
};

/** The canvas transform [a, b, c, d, e, f] (as in ctx.transform) from graph to screen coordinates. */
export type Affine = [number, number, number, number, number, number];

/** The affine transform that `toScreen` applies (sigma's graph → viewport is affine: three samples). */
export function affineFrom(toScreen: (point: Point) => Point): Affine {
  const o = toScreen({ x: 0, y: 0 });
  const ex = toScreen({ x: 1, y: 0 });
  const ey = toScreen({ x: 0, y: 1 });
  return [ex.x - o.x, ex.y - o.y, ey.x - o.x, ey.y - o.y, o.x, o.y];
}

/** What a path needs (Path2D, or a canvas context for a one-off path). */
export interface PathSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  closePath(): void;
}

/** Appends flat lines to a path; rings (closed: true) are closed. */
export function tracePath(sink: PathSink, lines: readonly Float32Array[], closed: boolean): void {
  for (const line of lines) {
    sink.moveTo(line[0]!, line[1]!);
    for (let i = 2; i < line.length; i += 2) sink.lineTo(line[i]!, line[i + 1]!);
    if (closed) sink.closePath();
  }
}

export interface BasemapPainter {
  /** Draws land, borders and coasts on `ctx` as `toScreen` maps graph coordinates to its pixels. */
  draw(ctx: CanvasRenderingContext2D, toScreen: (point: Point) => Point, style?: BasemapStyle): void;
}

/** The coarsest level whose point spacing stays under this many screen pixels is drawn. */
export const MAX_STEP_PX = 1.5;

/** Index of the level to draw at `pixelsPerUnit` (levels go from finest to coarsest). */
export function levelFor(levels: readonly BasemapLevel[], pixelsPerUnit: number): number {
  let chosen = 0;
  levels.forEach((level, i) => {
    if (level.step * pixelsPerUnit <= MAX_STEP_PX) chosen = i;
  });
  return chosen;
}

interface LevelPaths {
  land: Path2D;
  borders: Path2D;
  coast: Path2D;
}

/** A painter for the geometry; each level's paths are built when first drawn and reused after. */
export function basemapPainter(geometry: BasemapGeometry, newPath: () => Path2D = () => new Path2D()): BasemapPainter {
  const paths = new Map<number, LevelPaths>();
  const build = (lines: readonly Float32Array[], closed: boolean) => {
    const path = newPath();
    tracePath(path, lines, closed);
    return path;
  };
  const pathsAt = (index: number): LevelPaths => {
    const level = geometry.levels[index]!;
    if (!paths.has(index))
      paths.set(index, {
        land: build(level.land, true),
        borders: build(level.borders, false),
        coast: build(level.coast, false),
      });
    return paths.get(index)!;
  };
  return {
    draw(ctx, toScreen, style = DEFAULT_BASEMAP_STYLE) {
      const affine = affineFrom(toScreen);
      const pixelsPerUnit = Math.sqrt(Math.abs(affine[0] * affine[3] - affine[1] * affine[2]));
      const { land, borders, coast } = pathsAt(levelFor(geometry.levels, pixelsPerUnit));
      ctx.save();
      ctx.transform(...affine);
      ctx.fillStyle = style.land;
      ctx.fill(land);
      ctx.lineJoin = 'round';
      ctx.strokeStyle = style.borders;
      ctx.lineWidth = style.borderWidth / pixelsPerUnit;
      ctx.stroke(borders);
      ctx.strokeStyle = style.coast;
      ctx.lineWidth = style.coastWidth / pixelsPerUnit;
      ctx.stroke(coast);
      ctx.restore();
    },
  };
}
