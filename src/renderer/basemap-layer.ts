// The basemap as a canvas layer under sigma's edges, redrawn after every sigma frame with the graph →
// viewport mapping of that frame, so it moves with every pan, zoom and bounding-box change.
import type Sigma from 'sigma';
import type { EdgeAttributes, NodeAttributes } from '../graph/types.ts';
import type { CachedBasemapPainter } from '../geo/basemap-cache.ts';
import type { BasemapStyle } from '../geo/basemap.ts';

type AtlasSigma = Sigma<NodeAttributes, EdgeAttributes>;

/** Land and lines that sit back on the dark canvas, under nodes and edges. */
export const DARK_BASEMAP: BasemapStyle = {
  land: '#1e2836',
  coast: '#4a5a70',
  borders: '#34425a',
  coastWidth: 0.8,
  borderWidth: 0.6,
};

export interface BasemapLayer {
  /** 0 hides the layer (and skips drawing it), 1 shows it fully. */
  setOpacity(opacity: number): void;
  /** Frames that redrew the whole basemap / reused its bitmap (for the benchmark). */
  counts(): { render: number; blit: number };
}

const LAYER = 'basemap';

export function createBasemapLayer(sigma: AtlasSigma, painter: CachedBasemapPainter): BasemapLayer {
  // A plain canvas in sigma's layer stack (sigma sizes its style on resize; its pixels are ours to size).
  const canvas = sigma.createCanvas(LAYER, { beforeLayer: 'edges' });
  const ctx = canvas.getContext('2d')!;
  canvas.style.pointerEvents = 'none';
  const fit = () => {
    const { width, height } = sigma.getDimensions();
    const pixelRatio = window.devicePixelRatio || 1;
    Object.assign(canvas.style, { width: `${width}px`, height: `${height}px` });
    [canvas.width, canvas.height] = [Math.round(width * pixelRatio), Math.round(height * pixelRatio)];
  };
  fit();
  sigma.on('resize', fit);
  let opacity = 0;
  const counts = { render: 0, blit: 0 };
  const draw = () => {
    const { width, height } = sigma.getDimensions();
    const pixelRatio = window.devicePixelRatio || 1;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    if (opacity <= 0) return;
    ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
    counts[painter.draw(ctx, (point) => sigma.graphToViewport(point), { width, height, pixelRatio }, DARK_BASEMAP)]++;
  };
  sigma.on('afterRender', draw);
  return {
    setOpacity(next) {
      opacity = next;
      canvas.style.opacity = String(next);
      if (next <= 0) draw();
    },
    counts: () => ({ ...counts }),
  };
}
