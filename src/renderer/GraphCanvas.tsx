// The one component that owns the Sigma instance: created in an effect, killed in the cleanup,
// never recreated on state change. Store changes reach it through a subscription that
// recomputes the reducers' sets and refreshes without reindexing, so hover never re-renders React.
import { useEffect, useRef } from 'react';
import Sigma from 'sigma';
import { useAtlas } from '../store/store.ts';
import type { AtlasState } from '../store/store.ts';
import { selectNodeSizes, selectNodeColors, selectVisibility } from '../store/selectors.ts';
import type { EdgeAttributes, NodeAttributes } from '../graph/types.ts';
import { programSettings } from './programs.ts';
import { chooseProgramMode, detectSoftwareWebGL, LARGE_GRAPH_ITEMS } from './program-choice.ts';
import { computeFocus, createEdgeReducer, createNodeReducer, type RenderView } from './reducers.ts';
import { frameNodes, sameCamera } from './camera.ts';
import { drawDarkNodeHover } from './hover.ts';
import { createProbe } from './probe.ts';

/**
 * The reducers' inputs for a state. On small graphs hover fades everything but the hovered node's
 * neighbourhood; on large ones (where that means re-processing every node and edge) hover only
 * emphasises the neighbourhood, which a partial refresh can draw.
 */
function renderView(state: AtlasState, cheapHover: boolean): RenderView {
  const { hiddenNodes, hiddenEdges } = selectVisibility(state);
  const graph = state.graph!;
  const hovered = cheapHover ? null : state.hoveredNode;
  const focus = computeFocus(graph, hiddenEdges, {
    highlight: state.highlight,
    node: hovered ?? state.selectedNode,
    edge: state.selectedEdge,
  });
  const hover = cheapHover && state.hoveredNode ? computeFocus(graph, hiddenEdges, { node: state.hoveredNode }) : null;
  return {
    hiddenNodes,
    hiddenEdges,
    sizes: selectNodeSizes(state) ?? new Map(),
    colors: selectNodeColors(state),
    focus,
    hover,
    selected: state.selectedNode,
  };
}

/** What the reducers depend on; the canvas refreshes only when one of these references changes. */
const renderInputs = (s: AtlasState) => [
  selectVisibility(s),
  selectNodeSizes(s),
  selectNodeColors(s),
  s.highlight,
  s.selectedNode,
  s.selectedEdge,
];

export function GraphCanvas() {
  const container = useRef<HTMLDivElement>(null);
  const sigmaRef = useRef<Sigma | null>(null);
  const graph = useAtlas((s) => s.graph);

  useEffect(() => {
    if (!container.current || !graph) return;
    const store = useAtlas;
    const { software, renderer } = detectSoftwareWebGL();
    const pickMode = (state: AtlasState) =>
      chooseProgramMode(state.programPreference, graph.order + graph.size, software);
    let mode = pickMode(store.getState());
    store.getState().setProgramStatus({ ...mode, reason: `${mode.reason} (${renderer})` });
    const cheapHover = graph.order + graph.size > LARGE_GRAPH_ITEMS;
    let view = renderView(store.getState(), cheapHover);
    let nodeReducer = createNodeReducer(view);
    let edgeReducer = createEdgeReducer(view);
    const sigma = new Sigma(graph, container.current, {
      ...programSettings(mode.mode),
      labelColor: { color: '#e8ecf1' },
      labelDensity: 0.6,
      labelGridCellSize: 90,
      labelRenderedSizeThreshold: 7,
      labelFont: 'system-ui, sans-serif',
      zIndex: true,
      defaultDrawNodeHover: drawDarkNodeHover,
      enableEdgeEvents: graph.size <= 20_000,
      nodeReducer: (node, data: NodeAttributes) => nodeReducer(node, data),
      edgeReducer: (edge, data: EdgeAttributes) => edgeReducer(edge, data),
    });

    sigmaRef.current = sigma as unknown as Sigma;
    // User Timing marks: the benchmark reads time to first frame and counts frames while panning.
    sigma.once('afterRender', () => performance.mark('atlas:first-frame'));
    sigma.on('afterRender', () => (window.__atlasFrames = (window.__atlasFrames ?? 0) + 1));
    window.__atlasProbe = createProbe(sigma, graph, container.current, () => window.__atlasFrames ?? 0);

    const camera = sigma.getCamera();
    const initial = store.getState().camera;
    if (initial) camera.setState(initial);
    let cameraTimer: ReturnType<typeof setTimeout> | undefined;
    camera.on('updated', (state) => {
      clearTimeout(cameraTimer);
      cameraTimer = setTimeout(() => {
        const next = { x: state.x, y: state.y, ratio: state.ratio };
        if (!sameCamera(next, store.getState().camera)) store.getState().setCamera(next);
      }, 300);
    });

    // No hover while dragging: nodes passing under the cursor would refresh every frame of a pan.
    let dragging = false;
    sigma.getMouseCaptor().on('mousedown', () => (dragging = true));
    sigma.getMouseCaptor().on('mouseup', () => (dragging = false));
    sigma.on('enterNode', ({ node }) => !dragging && store.getState().hoverNode(node));
    sigma.on('leaveNode', () => !dragging && store.getState().hoveredNode !== null && store.getState().hoverNode(null));
    sigma.on('clickNode', ({ node }) => store.getState().selectNode(node));
    sigma.on('clickEdge', ({ edge }) => store.getState().selectEdge(edge));
    sigma.on('clickStage', () => store.getState().clearSelection());

    let inputs = renderInputs(store.getState());
    const unsubscribe = store.subscribe((state, previous) => {
      const now = renderInputs(state);
      const changed = now.some((input, i) => input !== inputs[i]);
      if (changed || state.hoveredNode !== previous.hoveredNode) {
        inputs = now;
        const before = view.hover;
        view = renderView(state, cheapHover);
        nodeReducer = createNodeReducer(view);
        edgeReducer = createEdgeReducer(view);
        if (changed || !cheapHover) sigma.refresh({ skipIndexation: true, schedule: true });
        else {
          // Only the old and new hovered neighbourhoods change.
          const nodes = new Set([...(before?.nodes ?? []), ...(view.hover?.nodes ?? [])]);
          const edges = new Set([...(before?.edges ?? []), ...(view.hover?.edges ?? [])]);
          sigma.refresh({
            partialGraph: { nodes: [...nodes], edges: [...edges] },
            skipIndexation: true,
            schedule: true,
          });
        }
      }
      if (state.programPreference !== previous.programPreference) {
        mode = pickMode(state);
        sigma.setSettings(programSettings(mode.mode));
        state.setProgramStatus({ ...mode, reason: `${mode.reason} (${renderer})` });
      }
      if (state.cameraRequest && state.cameraRequest !== previous.cameraRequest)
        frameNodes(sigma, state.cameraRequest.nodes);
      else if (state.camera !== previous.camera && state.camera && !sameCamera(state.camera, camera.getState()))
        void camera.animate(state.camera, { duration: 300 });
    });
    const pending = store.getState().cameraRequest;
    if (pending && !initial) frameNodes(sigma, pending.nodes, 0);

    return () => {
      clearTimeout(cameraTimer);
      unsubscribe();
      sigmaRef.current = null;
      window.__atlasProbe = undefined;
      sigma.kill();
    };
  }, [graph]);

  return (
    <div
      ref={container}
      className="graph-canvas"
      data-testid="graph-canvas"
      aria-label="Cooperation network"
      role="img"
    />
  );
}
