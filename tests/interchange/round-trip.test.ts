// Export then import gives back the same graph — keys, attributes and evidence — in every format,
// including text that needs escaping in XML and CSV; and other tools' parsers read our files.
import Graph from 'graphology';
import { parse as parseGexfBare } from 'graphology-gexf';
import { parse as parseGraphmlBare } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../src/graph/filters.ts';
import type { AtlasGraph } from '../../src/graph/types.ts';
import { EXPORT_FORMATS, exportFiles, type ExportFormat } from '../../src/interchange/export.ts';
import { importGraph } from '../../src/interchange/import.ts';
import { viewSubgraph } from '../../src/interchange/view.ts';
import { addEdge, addNode, makeGraph } from '../fixtures/graph.ts';
import { canonical } from './canonical.ts';

const TRICKY = 'Fundação <b>"ABC"</b> & co, \'quoted\'; line\nbreak\ttab — 🌍 <script>alert(1)</script>';

function trickyGraph(): AtlasGraph {
  const graph = makeGraph();
  addNode(graph, 'tricky', {
    label: TRICKY,
    kind: 'organization',
    orgType: 'civil-society',
    aliases: [TRICKY, 'a;b'],
    description: TRICKY,
  });
  addEdge(graph, 'tricky', 'bra', {
    type: 'partnership',
    evidence: [
      { source: 'doc', quote: TRICKY },
      { source: 'doc', quote: 'a, "b"' },
    ],
  });
  return graph;
}

export function reimport(graph: AtlasGraph, format: ExportFormat) {
  const files = exportFiles(graph, format);
  if (format !== 'csv') return importGraph({ name: files[0]!.name, text: files[0]!.text });
  const [nodes, edges] = files;
  return importGraph({ name: edges!.name, text: edges!.text, nodes: { name: nodes!.name, text: nodes!.text } });
}

describe('round trip', () => {
  it.each(EXPORT_FORMATS)('%s: export then import gives the same keys, attributes and evidence', (format) => {
    const graph = trickyGraph();
    const { graph: back, report } = reimport(graph, format);
    expect(report.error).toBeUndefined();
    expect(report.dropped).toEqual([]);
    expect(report.notes).toEqual([]);
    expect(canonical(back!)).toEqual(canonical(graph));
    expect(back!.getNodeAttribute('tricky', 'label')).toBe(TRICKY);
  });

  it.each(['gexf', 'json'] as const)('%s keeps the list of documents', (format) => {
    expect(reimport(trickyGraph(), format).graph!.getAttributes()).toEqual(trickyGraph().getAttributes());
  });

  it('exports the view after filters: hidden edges and nodes are left out, evidence kept', () => {
    const graph = trickyGraph();
    const view = viewSubgraph(graph, {
      ...EMPTY_FILTERS,
      hiddenTypes: new Set(['partnership']),
      hiddenKinds: new Set(['initiative']),
    });
    expect(view.someEdge((_e, a) => a.type === 'partnership')).toBe(false);
    expect(view.someNode((_n, a) => a.kind === 'initiative')).toBe(false);
    expect(view.size).toBeGreaterThan(0);
    view.forEachEdge((edge, attributes) =>
      expect(attributes.evidence).toEqual(graph.getEdgeAttribute(edge, 'evidence')),
    );
    view.setNodeAttribute('bra', 'label', 'changed');
    expect(graph.getNodeAttribute('bra', 'label')).toBe('Brazil');
  });

  it("writes files that graphology's own GEXF and GraphML parsers read, undirected relations as undirected edges", () => {
    const graph = trickyGraph();
    const gexf = parseGexfBare(Graph, exportFiles(graph, 'gexf')[0]!.text);
    const graphml = parseGraphmlBare(Graph, exportFiles(graph, 'graphml')[0]!.text);
    for (const parsed of [gexf, graphml]) {
      expect(parsed.order).toBe(graph.order);
      expect(parsed.size).toBe(graph.size);
      expect(parsed.getNodeAttribute('tricky', 'label')).toBe(TRICKY);
      expect(parsed.isUndirected(parsed.edges('tricky', 'bra')[0]!)).toBe(true);
    }
    expect(gexf.getNodeAttribute('bra', 'x')).toBe(graph.getNodeAttribute('bra', 'x'));
  });
});
