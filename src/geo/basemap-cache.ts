// Keeps the basemap as a bitmap while the camera only pans: a frame then costs one drawImage instead of
// filling and stroking every coast. Zooming or rotating, or panning past the margin, draws it anew.
import type { Affine, BasemapPainter, BasemapStyle } from './basemap.ts';
import { affineFrom, DEFAULT_BASEMAP_STYLE } from './basemap.ts';
import type { Point } from './projection.ts';

export interface Viewport {
  /** CSS pixels. */
  width: number;
  height: number;
  /** Device pixels per CSS pixel (window.devicePixelRatio). */
  pixelRatio: number;
}

export interface CachedBasemapPainter {
  /** Draws the basemap for this frame; says whether it reused the bitmap ('blit') or drew it ('render'). */
  draw(
    ctx: CanvasRenderingContext2D,
    toScreen: (point: Point) => Point,
    viewport: Viewport,
    style?: BasemapStyle,
  ): 'blit' | 'render';
}

type Bitmap = HTMLCanvasElement | OffscreenCanvas;
interface Cache {
  canvas: Bitmap;
  affine: Affine;
  viewport: Viewport;
  style: BasemapStyle;
}

const sameLinearPart = (a: Affine, b: Affine) =>
  a.slice(0, 4).every((v, i) => Math.abs(v - b[i]!) <= 1e-9 * Math.max(1, Math.abs(v)));
const sameViewport = (a: Viewport, b: Viewport) =>
  a.width === b.width && a.height === b.height && a.pixelRatio === b.pixelRatio;

/** Wraps `painter` with a bitmap `margin` CSS pixels larger than the viewport on every side. */
export function cachedBasemapPainter(
  painter: BasemapPainter,
  newCanvas: (width: number, height: number) => Bitmap,
  margin = 200,
): CachedBasemapPainter {
  let cache: Cache | null = null;
  const render = (toScreen: (point: Point) => Point, viewport: Viewport, style: BasemapStyle): Cache => {
    const { width, height, pixelRatio } = viewport;
    const canvas =
      cache && sameViewport(cache.viewport, viewport)
        ? cache.canvas
        : newCanvas(Math.ceil((width + 2 * margin) * pixelRatio), Math.ceil((height + 2 * margin) * pixelRatio));
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.setTransform(pixelRatio, 0, 0, pixelRatio, margin * pixelRatio, margin * pixelRatio);
    painter.draw(ctx, toScreen, style);
    return { canvas, affine: affineFrom(toScreen), viewport, style };
  };
  return {
    draw(ctx, toScreen, viewport, style = DEFAULT_BASEMAP_STYLE) {
      const affine = affineFrom(toScreen);
      let action: 'blit' | 'render' = 'blit';
      // Whole device pixels: a fractional offset would resample the bitmap, which costs as much as drawing.
      const whole = (v: number) => Math.round(v * viewport.pixelRatio) / viewport.pixelRatio;
      const dx = cache ? whole(affine[4] - cache.affine[4]) : 0;
      const dy = cache ? whole(affine[5] - cache.affine[5]) : 0;
      const reusable =
        cache &&
        cache.style === style &&
        sameViewport(cache.viewport, viewport) &&
        sameLinearPart(cache.affine, affine) &&
        Math.abs(dx) <= margin &&
        Math.abs(dy) <= margin;
      if (!reusable) {
        cache = render(toScreen, viewport, style);
        action = 'render';
      }
      const { width, height } = viewport;
      ctx.drawImage(cache!.canvas, dx - margin, dy - margin, width + 2 * margin, height + 2 * margin);
      return action;
    },
  };
}
