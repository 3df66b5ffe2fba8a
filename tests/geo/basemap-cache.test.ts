// The cached basemap reuses its bitmap while the camera only pans within the margin, and draws it anew
// when the camera zooms or rotates, pans too far, the viewport changes or the style does.
import { describe, expect, it } from 'vitest';
import { DEFAULT_BASEMAP_STYLE, type BasemapPainter } from '../../src/geo/basemap.ts';
import { cachedBasemapPainter } from '../../src/geo/basemap-cache.ts';
import type { Point } from '../../src/geo/projection.ts';

const camera = (scale: number, dx: number, dy: number) => (p: Point) => ({ x: dx + scale * p.x, y: dy - scale * p.y });

function fakeContext() {
  const calls: unknown[][] = [];
  const ctx = {
    setTransform: () => undefined,
    clearRect: () => undefined,
    drawImage: (...args: unknown[]) => calls.push(args),
  } as unknown as CanvasRenderingContext2D;
  return { ctx, calls };
}

function setup(margin = 100) {
  const drawn: number[] = [];
  const painter: BasemapPainter = { draw: () => void drawn.push(1) };
  const made: { width: number; height: number }[] = [];
  const newCanvas = (width: number, height: number) => {
    const canvas = { width, height, getContext: () => fakeContext().ctx };
    made.push(canvas);
    return canvas as unknown as OffscreenCanvas;
  };
  return { cached: cachedBasemapPainter(painter, newCanvas, margin), drawn, made };
}

const viewport = { width: 800, height: 600, pixelRatio: 2 };

describe('cachedBasemapPainter', () => {
  it('blits the bitmap, shifted, while the camera pans within the margin', () => {
    const { cached, drawn, made } = setup();
    const { ctx, calls } = fakeContext();
    expect(cached.draw(ctx, camera(4, 400, 300), viewport)).toBe('render');
    expect(cached.draw(ctx, camera(4, 430, 280), viewport)).toBe('blit');
    expect(drawn).toHaveLength(1);
    expect(made.map(({ width, height }) => [width, height])).toEqual([[2000, 1600]]);
    expect(calls[0]!.slice(1)).toEqual([-100, -100, 1000, 800]);
    expect(calls[1]!.slice(1)).toEqual([-70, -120, 1000, 800]);
  });

  it('draws anew on zoom, on a pan past the margin, on a new viewport or style', () => {
    const { cached, drawn, made } = setup();
    const { ctx } = fakeContext();
    cached.draw(ctx, camera(4, 400, 300), viewport);
    expect(cached.draw(ctx, camera(4.5, 400, 300), viewport)).toBe('render');
    expect(cached.draw(ctx, camera(4.5, 520, 300), viewport)).toBe('render');
    expect(cached.draw(ctx, camera(4.5, 520, 300), { ...viewport, width: 900 })).toBe('render');
    expect(cached.draw(ctx, camera(4.5, 520, 300), { ...viewport, width: 900 }, { ...DEFAULT_BASEMAP_STYLE })).toBe(
      'render',
    );
    expect(drawn).toHaveLength(5);
    // The bitmap is reused across redraws until the viewport changes.
    expect(made).toHaveLength(2);
  });
});
