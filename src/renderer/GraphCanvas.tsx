// The one component that owns the Sigma instance: created in an effect, killed in the cleanup,
// never recreated on state change. State reaches it through store subscriptions.
import { useEffect, useRef } from 'react';
import Sigma from 'sigma';
import { useAtlas } from '../store/store.ts';
import { KIND_COLORS, RELATION_COLORS } from '../appearance/palette.ts';
import { nodeSizesByDegree } from '../appearance/sizes.ts';
import type { EdgeAttributes, NodeAttributes } from '../graph/types.ts';
import { chooseProgramMode, detectSoftwareWebGL, programSettings } from './programs.ts';

export function GraphCanvas() {
  const container = useRef<HTMLDivElement>(null);
  const graph = useAtlas((s) => s.graph);

  useEffect(() => {
    if (!container.current || !graph) return;
    const sizes = nodeSizesByDegree(graph);
    const { software } = detectSoftwareWebGL();
    const { mode } = chooseProgramMode('auto', graph.order + graph.size, software);
    const sigma = new Sigma(graph, container.current, {
      ...programSettings(mode),
      labelColor: { color: '#e8ecf1' },
      nodeReducer: (node, data: NodeAttributes) => ({
        ...data,
        size: sizes.get(node) ?? 3,
        color: KIND_COLORS[data.kind],
      }),
      edgeReducer: (_edge, data: EdgeAttributes) => ({
        ...data,
        color: RELATION_COLORS[data.type],
        type: data.directed ? 'arrow' : 'line',
      }),
    });
    return () => sigma.kill();
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
