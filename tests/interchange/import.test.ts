// Importing files from other tools: defaults for missing kinds and types, a CSV column mapping,
// and a report that lists what was read, what was dropped and why; a broken file gives no graph.
import Graph from 'graphology';
import { describe, expect, it, vi } from 'vitest';
import { formatOf, importGraph } from '../../src/interchange/import.ts';
import { guessMapping } from '../../src/interchange/read-csv.ts';

const GEPHI = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph defaultedgetype="directed">
    <attributes class="node"><attribute id="0" title="modularity_class" type="integer"/></attributes>
    <nodes>
      <node id="a" label="Agency A"><attvalues><attvalue for="0" value="1"/></attvalues><viz:position x="1" y="2"/></node>
      <node id="b" label="Ministry B"><viz:position x="3" y="4"/></node>
    </nodes>
    <edges><edge id="e1" source="a" target="b"/><edge id="e2" source="b" target="b"/></edges>
  </graph>
</gexf>`;

describe('import', () => {
  it('reads a GEXF from Gephi with default kinds and types, and says what it left out', () => {
    const { graph, report } = importGraph({ name: 'gephi.gexf', text: GEPHI });
    expect(graph!.getNodeAttributes('a')).toMatchObject({ label: 'Agency A', kind: 'organization', x: 1, y: 2 });
    expect(graph!.getEdgeAttributes('e1')).toEqual({ type: 'partnership', directed: true, evidence: [] });
    expect(report.read).toEqual({ nodes: 2, edges: 2 });
    expect(report.kept).toEqual({ nodes: 2, edges: 1 });
    expect(report.dropped).toEqual([{ what: 'edge "e2" (b → b)', why: 'an edge from a node to itself' }]);
    expect(report.notes).toEqual([
      '2 node(s) without a known kind are shown as organization.',
      '1 edge(s) without a known relation type are shown as partnership.',
      'Attribute "modularity_class" (1 nodes) is not an SSTC Atlas field and was left out.',
    ]);
    expect(report.needsLayout).toBe(false);
  });

  it('maps CSV columns to label, kind, relation type, direction and evidence, and lays out a graph without positions', () => {
    const edges =
      'From,To,Relation,Directed,Quote\nn1,n2,funding,yes,"N1 funds N2, it says."\nn2,n3,helps,no,\nn3,,partnership,,\n"n1,n3\n';
    const nodes = 'ID,Name,Category\nn1,Fund One,organization\nn2,Project Two,initiative\nn3,Country Three,planet\n';
    const mapping = guessMapping(['From', 'To', 'Relation', 'Directed', 'Quote'], ['ID', 'Name', 'Category']);
    expect(mapping).toEqual({
      edges: { source: 'From', target: 'To', type: 'Relation', direction: 'Directed', evidence: 'Quote' },
      nodes: { key: 'ID', label: 'Name', kind: 'Category' },
    });
    const { graph, report } = importGraph({
      name: 'edges.csv',
      text: edges,
      nodes: { name: 'nodes.csv', text: nodes },
      mapping,
    });
    expect(graph!.getNodeAttributes('n2')).toMatchObject({ label: 'Project Two', kind: 'initiative' });
    expect(graph!.getNodeAttribute('n3', 'kind')).toBe('organization');
    const [funding, other] = graph!.edges();
    expect(graph!.getEdgeAttributes(funding!)).toEqual({
      type: 'funding',
      directed: true,
      evidence: [{ source: 'edges.csv', quote: 'N1 funds N2, it says.' }],
    });
    expect(graph!.getEdgeAttributes(other!)).toMatchObject({ type: 'partnership', directed: false });
    expect(report.dropped).toEqual([
      { what: 'edges.csv row 5', why: 'Quoted field unterminated' },
      { what: 'edges.csv row 4', why: 'no target (column "To")' },
      { what: 'node "n3" kind', why: '"planet" is not one of country, organization, forum, initiative' },
    ]);
    expect(report.needsLayout).toBe(true);
    graph!.forEachNode((_n, { x, y }) => expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true));
  });

  it('reads an edges file alone: its ends become nodes labelled by their names', () => {
    const { graph } = importGraph({ name: 'links.csv', text: 'source,target\nBrazil,Paraguay\n' });
    expect(graph!.nodes()).toEqual(['Brazil', 'Paraguay']);
    expect(graph!.getNodeAttribute('Brazil', 'label')).toBe('Brazil');
  });

  it('renames node keys that are names of object properties ("__proto__", "constructor"), whose edges graphology cannot walk', () => {
    const text = 'source,target\n__proto__,constructor\nconstructor,toString\nconstructor (node),a\n';
    const { graph, report } = importGraph({ name: 'links.csv', text });
    expect(graph!.nodes()).toEqual([
      '__proto__ (node)',
      'constructor (node 2)',
      'toString (node)',
      'constructor (node)',
      'a',
    ]);
    expect(graph!.getNodeAttribute('constructor (node 2)', 'label')).toBe('constructor');
    expect(graph!.getNodeAttribute('constructor (node)', 'label')).toBe('constructor (node)');
    // Walking a node's edges is what broke (graphology keeps neighbours in plain objects).
    expect(graph!.mapEdges('constructor (node 2)', (_e, _a, s, t) => `${s}>${t}`)).toEqual([
      '__proto__ (node)>constructor (node 2)',
      'constructor (node 2)>toString (node)',
    ]);
    expect(report.notes).toContain(
      'Node key "constructor" is a name JavaScript reserves for every object: renamed "constructor (node 2)".',
    );
    expect(report.needsLayout).toBe(true);
    graph!.forEachNode((_n, { x, y }) => expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true));
  });

  it('reads a GraphML with directed and undirected edges without copying the graph for each edge', () => {
    // graphology-graphml 0.5 made a full copy per edge here: 90 s for 5,000 edges.
    const edges = Array.from({ length: 40 }, (_, i) =>
      i % 2 ? `<edge source="n${i}" target="n${i + 1}" directed="true"/>` : `<edge source="n${i}" target="n${i + 1}"/>`,
    );
    const text = `<graphml><graph edgedefault="undirected">${edges.join('')}</graph></graphml>`;
    const copy = vi.spyOn(Graph.prototype, 'copy');
    const { graph } = importGraph({ name: 'mixed.graphml', text });
    expect(copy).not.toHaveBeenCalled();
    copy.mockRestore();
    expect(graph!.size).toBe(40);
    expect(graph!.mapEdges((_e, a) => a.directed).filter(Boolean)).toHaveLength(20);
  });

  it('lists each bad JSON item with why, and keeps the rest', () => {
    const text = JSON.stringify({
      nodes: [{ key: 'a', attributes: { label: 'A', kind: 'forum', year: 'soon' } }, { key: 'a' }, 7, { key: 'b' }],
      edges: [
        { source: 'a', target: 'zz' },
        { source: 'a', target: 'b', attributes: { type: 'hosting' } },
      ],
    });
    const { graph, report } = importGraph({ name: 'g.json', text });
    expect(graph!.order).toBe(2);
    expect(graph!.getNodeAttributes('a')).not.toHaveProperty('year');
    expect(report.dropped).toEqual([
      { what: 'nodes[2] 7', why: 'expected { key, attributes }' },
      { what: 'node "a" year', why: '"soon" is not a year' },
      { what: 'node "a"', why: 'duplicate key' },
      { what: 'edge "e0" (a → zz)', why: 'target "zz" is not a node that was read' },
    ]);
  });

  it.each([
    [
      'broken.gexf',
      '<gexf><graph><nodes><node id="a"></nodes></graph></gexf>',
      /^broken\.gexf: cannot be read as GEXF: line 1: not well-formed XML: Opening and ending tag mismatch/,
    ],
    ['broken.graphml', '<graphml><graph>', /^broken\.graphml: cannot be read as GRAPHML: /],
    ['broken.json', '{"nodes": [', /^broken\.json: cannot be read as JSON: /],
    ['empty.json', '{"nodes": []}', /^empty\.json: no node could be read$/],
    ['notes.txt', 'hello', /^notes\.txt: not a GEXF, GraphML, JSON or CSV file name$/],
  ])('gives no graph, and a reason, for %s', (name, text, error) => {
    const { graph, report } = importGraph({ name, text });
    expect(graph).toBeNull();
    expect(report.error).toMatch(error);
  });

  it('knows formats by file name', () => {
    expect(['a.GEXF', 'b.graphml', 'c.xml', 'd.json', 'e.csv', 'f.tsv'].map(formatOf)).toEqual([
      'gexf',
      'graphml',
      'graphml',
      'json',
      'csv',
      undefined,
    ]);
  });
});
