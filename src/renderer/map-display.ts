// What map mode changes in what sigma draws: flows between places (knowledge transfer, funding, facilitation
// with both ends in a country) as curved arrows; every other relation only while it touches what is hovered,
// selected or highlighted, as a straight line; and with flows by country one arc per pair of countries
// whose width grows with the number of relations it sums. sigma draws a display copy of the graph in map
// mode (it takes positions from the graph it draws, not from reducers); the atlas graph is never written.
import type { EdgeDisplayData } from 'sigma/types';
import { countryFlows, placedFlows, type CountryFlow } from '../analysis/flows.ts';
import { FADED_COLOR, RELATION_COLORS } from '../appearance/palette.ts';
import type { KeySet } from '../graph/graph-index.ts';
import type { AtlasGraph, EdgeAttributes } from '../graph/types.ts';
import type { RenderView } from './reducers.ts';

/** Attributes of an arc that sums flows (an edge of the display graph only). */
export type FlowArcAttributes = EdgeAttributes & { flow: true };

/** A copy of the graph plus one arc per pair of countries with flows (keys `flow:from>to`), for sigma to draw. */
export function flowDisplayGraph(graph: AtlasGraph): AtlasGraph {
  const display = graph.copy();
  for (const flow of countryFlows(graph)) {
    const attributes: FlowArcAttributes = { type: flow.mainType, directed: true, evidence: [], flow: true };
    display.addDirectedEdgeWithKey(flow.key, flow.from, flow.to, attributes);
  }
  return display;
}

const isFlowArc = (data: EdgeAttributes) => (data as Partial<FlowArcAttributes>).flow === true;

/** Width of a summed arc for `count` relations (1 → 2.2 px, 4 → 3.6, 9 → 5). */
export const arcWidth = (count: number): number => 0.8 + 1.4 * Math.sqrt(count);

export interface MapEdgeOptions {
  graph: AtlasGraph;
  /** Whether flows are summed country to country. */
  byCountry: boolean;
  /** Curved arcs (false on large graphs: in software WebGL a curve costs several times a line). */
  curves?: boolean;
  /** Hides every edge while nodes move (large graphs: each frame of the switch then costs nodes only). */
  moving?: () => boolean;
}

/** The map's edge overlay; the flows it sums follow the filters (recomputed when they change). */
export function mapEdgeOverlay({ graph, byCountry, curves = true, moving = () => false }: MapEdgeOptions) {
  const arcs = placedFlows(graph);
  let hidden: KeySet | null = null;
  let flows = new Map<string, CountryFlow>();
  let summed = new Set<string>();
  const follow = (hiddenEdges: KeySet) => {
    if (hiddenEdges === hidden) return;
    hidden = hiddenEdges;
    const visible = countryFlows(graph, hiddenEdges);
    flows = new Map(visible.map((flow) => [flow.key, flow]));
    summed = new Set(visible.flatMap((flow) => flow.edges));
  };
  const curved = (directed: boolean) => (curves ? (directed ? 'curvedArrow' : 'curved') : directed ? 'arrow' : 'line');
  return (edge: string, display: Partial<EdgeDisplayData>, data: EdgeAttributes, view: RenderView) => {
    if (moving()) return { hidden: true };
    if (isFlowArc(data)) {
      if (!byCountry) return { hidden: true };
      follow(view.hiddenEdges);
      const flow = flows.get(edge);
      if (!flow) return { hidden: true };
      const lit = !view.focus || flow.edges.some((e) => view.focus!.edges.has(e));
      const color = lit ? RELATION_COLORS[flow.mainType] : FADED_COLOR;
      return { color, size: arcWidth(flow.edges.length), type: curved(true), zIndex: lit && view.focus ? 1 : 0 };
    }
    if (display.hidden) return display;
    if (arcs.has(edge)) {
      if (byCountry) {
        follow(view.hiddenEdges);
        if (summed.has(edge)) return { ...display, hidden: true };
      }
      return { ...display, type: curved(data.directed) };
    }
    const lit = view.focus?.edges.has(edge) || view.hover?.edges.has(edge);
    return lit ? display : { ...display, hidden: true };
  };
}
