// Camera sync: sigma's camera → the store (debounced, for the link), the store's camera → sigma
// (back, forward, links), and the store's camera requests (frame nodes, zoom, fit) carried out
// through framing.ts, leaving room for the panels laid over the canvas.
import type Sigma from 'sigma';
import type { AtlasStore } from '../store/store.ts';
import type { CameraRequest } from '../store/selection-slice.ts';
import { selectVisibility } from '../store/selectors.ts';
import { CAMERA_LIMITS, type CameraState } from '../store/view-state.ts';
import type { EdgeAttributes, NodeAttributes } from '../graph/types.ts';
import { frameCamera, insetsFrom, type CameraSpace } from './framing.ts';
import { coveredRects } from './probe.ts';
import { NodePositions } from './positions.ts';

type AtlasSigma = Sigma<NodeAttributes, EdgeAttributes>;

export function sameCamera(a: CameraState | null, b: CameraState | null): boolean {
  if (!a || !b) return a === b;
  return Math.abs(a.x - b.x) < 1e-3 && Math.abs(a.y - b.y) < 1e-3 && Math.abs(a.ratio - b.ratio) / b.ratio < 1e-3;
}

/** A live sigma as framing's camera space. */
export function sigmaSpace(sigma: AtlasSigma): CameraSpace {
  const { width, height } = sigma.getDimensions();
  return {
    toFramed: (point) => sigma.viewportToFramedGraph(sigma.graphToViewport(point)),
    toViewport: (point, camera) => sigma.framedGraphToViewport(point, { cameraState: { ...camera, angle: 0 } }),
    width,
    height,
  };
}

/** Pixels kept free right of framed nodes for their labels. */
const LABEL_ROOM = 120;
/** How close framing zooms: a single node is shown at this ratio, with its surroundings. */
const SINGLE_NODE_RATIO = 0.3;
const HOME: CameraState = { x: 0.5, y: 0.5, ratio: 1 };

export function syncCamera(
  sigma: AtlasSigma,
  store: AtlasStore,
  container: HTMLElement,
  positions: NodePositions = new NodePositions(),
): () => void {
  const camera = sigma.getCamera();
  const graph = sigma.getGraph();
  let frameRequest = 0;

  const frame = (nodes: string[], duration: number, maxRatio = 1.5) => {
    // Graph space, where the nodes are shown (the map's positions in map mode): sigma's display data is in
    // framed space once processed, but in graph space between a refresh and the next render, so no reference.
    const points = nodes
      .filter((node) => graph.hasNode(node))
      .map((node) => positions.of(node, graph.getNodeAttributes(node)));
    const { width, height } = sigma.getDimensions();
    const covered = insetsFrom(coveredRects(container), width, height);
    // Labels sit right of their nodes: keep room for them on that side.
    const insets = { ...covered, right: covered.right + LABEL_ROOM };
    const target = frameCamera(points, sigmaSpace(sigma), { insets, maxRatio, minRatio: SINGLE_NODE_RATIO });
    if (target) void camera.animate(target, { duration });
  };
  const visibleNodes = () => {
    const { hiddenNodes } = selectVisibility(store.getState());
    return graph.filterNodes((node) => !hiddenNodes.has(node));
  };
  const carryOut = (request: CameraRequest, duration: number) => {
    // A newer request wins over a framing still waiting for its frame (a tour step left at once).
    cancelAnimationFrame(frameRequest);
    if (request.kind === 'reset') void camera.animate({ ...HOME, angle: 0 }, { duration });
    else if (request.kind === 'zoom')
      void (request.factor > 1
        ? camera.animatedZoom({ factor: request.factor })
        : camera.animatedUnzoom({ factor: 1 / request.factor }));
    else if (request.kind === 'fit') frame(visibleNodes(), duration, CAMERA_LIMITS.ratio.max);
    // Panels that open with the request (the details of a selected node) are laid out by the next frame.
    else {
      frameRequest = requestAnimationFrame(() => frame(request.nodes, duration));
    }
  };

  const initial = store.getState().camera;
  if (initial) camera.setState(initial);
  const pending = store.getState().cameraRequest;
  if (pending && !initial) carryOut(pending, 0);

  let timer: ReturnType<typeof setTimeout> | undefined;
  // sigma computes NaN cameras when its container has no size (a wheel or a pinch on a collapsed
  // canvas); a NaN camera draws nothing ever after, so it goes back to the last finite one.
  let lastGood = { ...camera.getState() };
  const onUpdated = (state: CameraState & { angle?: number }) => {
    if (![state.x, state.y, state.ratio, state.angle ?? 0].every(Number.isFinite)) {
      camera.setState(lastGood);
      return;
    }
    lastGood = { ...camera.getState() };
    clearTimeout(timer);
    timer = setTimeout(() => {
      // The home view is no camera at all: a link without `cam` opens it.
      const next = sameCamera(state, HOME) ? null : { x: state.x, y: state.y, ratio: state.ratio };
      if (!sameCamera(next, store.getState().camera)) store.getState().setCamera(next);
    }, 300);
  };
  camera.on('updated', onUpdated);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.cameraRequest && state.cameraRequest !== previous.cameraRequest) carryOut(state.cameraRequest, 500);
    else if (state.camera !== previous.camera && state.camera && !sameCamera(state.camera, camera.getState()))
      void camera.animate(state.camera, { duration: 300 });
  });
  return () => {
    clearTimeout(timer);
    cancelAnimationFrame(frameRequest);
    camera.removeListener('updated', onUpdated);
    unsubscribe();
  };
}
