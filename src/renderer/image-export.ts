// Image export: the current view as a PNG at screen size or larger, with its title, caption, legend
// and sources. As @sigma/export-image does, a temporary sigma with the live one's graph, settings
// (reducers included) and camera draws its layers, here at the asked pixel ratio, onto one canvas.
import Sigma from 'sigma';
import type { EdgeAttributes, NodeAttributes } from '../graph/types.ts';
import type { ImageExporter, ImageRequest } from '../store/image-text.ts';
import { drawImageText } from './image-overlay.ts';

type AtlasSigma = Sigma<NodeAttributes, EdgeAttributes>;

/** The app's background, painted under sigma's transparent layers. */
export const IMAGE_BACKGROUND = '#0f141c';

/**
 * Runs `draw` with window.devicePixelRatio reading `ratio` (sigma reads it when it sizes its
 * layers), synchronously, so no other code ever sees the changed value.
 */
function withPixelRatio<T>(ratio: number, draw: () => T): T {
  const own = Object.getOwnPropertyDescriptor(window, 'devicePixelRatio');
  Object.defineProperty(window, 'devicePixelRatio', { value: ratio, configurable: true, writable: true });
  try {
    return draw();
  } finally {
    if (own) Object.defineProperty(window, 'devicePixelRatio', own);
    else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
  }
}

/** sigma's layers of the live view, drawn at `scale` × its CSS size on an opaque canvas. */
export function drawGraphLayers(sigma: AtlasSigma, scale: number): HTMLCanvasElement {
  const { width, height } = sigma.getDimensions();
  const root = document.createElement('div');
  root.style.cssText = `position:fixed;left:-${width + 100}px;top:0;width:${width}px;height:${height}px;pointer-events:none`;
  document.body.appendChild(root);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = IMAGE_BACKGROUND;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  let temp: AtlasSigma | undefined;
  try {
    withPixelRatio(scale, () => {
      temp = new Sigma(sigma.getGraph(), root, sigma.getSettings());
      temp.getCamera().setState(sigma.getCamera().getState());
      temp.setCustomBBox(sigma.getCustomBBox());
      temp.refresh();
      // Read in the same task as the render: WebGL buffers are valid until the browser composites.
      for (const layer of Object.values(temp.getCanvases())) ctx.drawImage(layer, 0, 0);
    });
  } finally {
    temp?.kill();
    root.remove();
  }
  return canvas;
}

export function renderImage(sigma: AtlasSigma, { scale, text }: ImageRequest): Promise<Blob> {
  if (!(scale > 0 && scale <= 4))
    return Promise.reject(new Error(`Image export: scale ${scale} is not between 0 and 4`));
  const canvas = drawGraphLayers(sigma, scale);
  const ctx = canvas.getContext('2d')!;
  ctx.scale(scale, scale);
  drawImageText(ctx, text, canvas.width / scale, canvas.height / scale);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('Image export: the canvas gave no PNG'))),
      'image/png',
    ),
  );
}

export const createImageExporter =
  (sigma: AtlasSigma): ImageExporter =>
  (request) =>
    renderImage(sigma, request);
