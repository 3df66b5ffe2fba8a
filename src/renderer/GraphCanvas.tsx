// The one component that owns the Sigma instance: created in an effect, killed in the cleanup,
// never recreated on state change. Small controllers do the rest: the store follower (reducers,
// refresh), event binding, camera sync, and the probe that tests and the benchmark read.
import { useEffect, useRef } from 'react';
import Sigma from 'sigma';
import { useAtlas } from '../store/store.ts';
import type { EdgeAttributes, NodeAttributes } from '../graph/types.ts';
import { programSettings } from './programs.ts';
import { chooseProgramMode, detectSoftwareWebGL, LARGE_GRAPH_ITEMS } from './program-choice.ts';
import { BASE_SETTINGS, EDGE_EVENTS_MAX_EDGES } from './settings.ts';
import { createFollower } from './follower.ts';
import { bindEvents } from './events.ts';
import { syncCamera } from './camera.ts';
import { createProbe } from './probe.ts';
import { createImageExporter } from './image-export.ts';
import { followTypeSize, typeSettings } from './type-size.ts';
import { bindKeyboard } from './keyboard.ts';
import { NodePositions } from './positions.ts';
import { followLayout } from './map-mode.ts';
import { CanvasFrame } from './CanvasFrame.tsx';

export function GraphCanvas() {
  const container = useRef<HTMLDivElement>(null);
  const live = useRef<HTMLParagraphElement>(null);
  const graph = useAtlas((s) => s.graph);

  useEffect(() => {
    const element = container.current;
    if (!element || !graph) return;
    const store = useAtlas;
    const { software, renderer } = detectSoftwareWebGL();
    const pickMode = () => {
      const mode = chooseProgramMode(store.getState().programPreference, graph.order + graph.size, software);
      return { ...mode, detail: renderer };
    };
    const mode = pickMode();
    store.getState().setProgramStatus(mode);
    const follower = createFollower(store, graph.order + graph.size > LARGE_GRAPH_ITEMS);
    const sigma = new Sigma<NodeAttributes, EdgeAttributes>(graph, element, {
      ...BASE_SETTINGS,
      ...typeSettings(store),
      ...programSettings(mode.mode),
      enableEdgeEvents: graph.size <= EDGE_EVENTS_MAX_EDGES,
      nodeReducer: follower.nodeReducer,
      edgeReducer: follower.edgeReducer,
    });
    // sigma's constructor draws the first frame synchronously: this mark is that frame.
    performance.mark('atlas:first-frame');
    sigma.on('afterRender', () => (window.__atlasFrames = (window.__atlasFrames ?? 0) + 1));
    const positions = new NodePositions();
    window.__atlasProbe = createProbe(sigma, graph, element, () => window.__atlasFrames ?? 0, positions);

    bindEvents(sigma, store);
    const stopFollowing = follower.attach(sigma, pickMode);
    const stopCamera = syncCamera(sigma, store, element, positions);
    const mapMode = followLayout(sigma, graph, store, follower, positions);
    store.getState().setImageExporter(createImageExporter(sigma));
    const stopTypeSize = followTypeSize(sigma, store, element);
    const stopKeyboard = bindKeyboard(element, store, (text) => {
      if (live.current) live.current.textContent = text;
    });
    return () => {
      mapMode.stop();
      stopKeyboard();
      stopTypeSize();
      store.getState().setImageExporter(null);
      stopCamera();
      stopFollowing();
      window.__atlasProbe = undefined;
      sigma.kill();
    };
  }, [graph]);

  return <CanvasFrame container={container} live={live} />;
}
