// Camera helpers: frame a set of nodes, and compare camera states without float noise.
import type { Camera } from 'sigma';
import type { CameraState } from '../store/view-slice.ts';

export function sameCamera(a: CameraState | null, b: CameraState | null): boolean {
  if (!a || !b) return a === b;
  return Math.abs(a.x - b.x) < 1e-3 && Math.abs(a.y - b.y) < 1e-3 && Math.abs(a.ratio - b.ratio) / b.ratio < 1e-3;
}

/** Animates the camera so that every given node is in view, zoomed in on a single node. */
interface Framable {
  getNodeDisplayData: (node: string) => { x: number; y: number } | undefined;
  getCamera: () => Camera;
}

export function frameNodes(sigma: Framable, nodes: string[], duration = 500): void {
  const points = nodes.map((node) => sigma.getNodeDisplayData(node)).filter((d) => d !== undefined);
  if (points.length === 0) return;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const extent = Math.max(maxX - minX, maxY - minY);
  const ratio = points.length === 1 ? 0.25 : Math.min(1.2, Math.max(0.1, extent * 1.4));
  void sigma.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration });
}
