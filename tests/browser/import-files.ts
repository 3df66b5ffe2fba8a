// Files for the import browser tests, made in Node with the app's own exporters: a laid-out graph
// as GEXF, a CSV pair without positions (laid out in the worker), and JSON whose labels and
// evidence carry HTML and script payloads.
import Graph from 'graphology';
import type { AtlasGraph, NodeKind, RelationType } from '../../src/graph/types.ts';
import { exportGexf, exportJson } from '../../src/interchange/export.ts';

export const PAYLOADS = ['<img src=x onerror=window.__pwned=1>', '<script>window.__pwned=1</script>'];

/** `order` nodes on a spiral, each linked to the next two: a picture that fills the canvas. */
export function spiralGraph(order: number): AtlasGraph {
  const graph: AtlasGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  graph.replaceAttributes({ title: 'Spiral', sources: [] });
  const kinds: NodeKind[] = ['country', 'organization', 'forum', 'initiative'];
  for (let i = 0; i < order; i++) {
    const angle = i * 0.5;
    graph.addNode(`n${i}`, {
      label: `Partner ${i}`,
      kind: kinds[i % 4]!,
      aliases: [],
      description: '',
      sources: [],
      x: Math.cos(angle) * (10 + i * 3),
      y: Math.sin(angle) * (10 + i * 3),
    });
  }
  const types: RelationType[] = ['knowledge_transfer', 'funding', 'partnership', 'participation'];
  for (let i = 0; i < order; i++)
    for (const step of [1, 2])
      if (i + step < order) {
        const type = types[(i + step) % 4]!;
        graph.addDirectedEdgeWithKey(`e${i}-${step}`, `n${i}`, `n${i + step}`, {
          type,
          directed: type !== 'partnership',
          evidence: [{ source: 'partners.xlsx', quote: `Partner ${i} and partner ${i + step} work together.` }],
        });
      }
  return graph;
}

export const gexfFile = (order: number) => ({ name: 'spiral.gexf', text: exportGexf(spiralGraph(order)) });

/** An edges file (spreadsheet headers) and a nodes file; no positions. */
export function csvFiles(order: number) {
  const edges = ['From,To,Relation,Quote'];
  const nodes = ['ID,Name,Category'];
  for (let i = 0; i < order; i++) {
    nodes.push(`p${i},"Partner, number ${i}",${i % 3 === 0 ? 'country' : 'organization'}`);
    if (i > 0) edges.push(`p${i - 1},p${i},knowledge_transfer,"""Partner ${i - 1}"" shares with partner ${i}."`);
  }
  edges.push(`p${order - 1},p0,funding,`);
  return [
    { name: 'links-edges.csv', text: `${edges.join('\n')}\n` },
    { name: 'links-nodes.csv', text: `${nodes.join('\n')}\n` },
  ];
}

/** Labels, a description, a place and evidence (quote and source) that carry markup. */
export function payloadFile() {
  const graph = spiralGraph(6);
  graph.forEachNode((node, { label }) =>
    graph.mergeNodeAttributes(node, {
      label: `${PAYLOADS[Number(node.slice(1)) % 2]} ${label}`,
      description: PAYLOADS[0]!,
      place: PAYLOADS[1]!,
    }),
  );
  graph.forEachEdge((edge) =>
    graph.setEdgeAttribute(edge, 'evidence', [{ source: PAYLOADS[0]!, quote: PAYLOADS[1]! }]),
  );
  const data = JSON.parse(exportJson(graph)) as { nodes: { attributes: Record<string, unknown> }[] };
  data.nodes[0]!.attributes.kind = PAYLOADS[1]; // dropped, and the report says why: as text
  return { name: 'payload.json', text: JSON.stringify(data) };
}
