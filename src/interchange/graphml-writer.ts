// Writes GraphML (graphology's GraphML package only parses): one <key> per attribute name and
// scope with its type, nodes and edges with <data>; lists and records as JSON text.
import type { AbstractGraph } from 'graphology-types';
import { flattenAll, type Flat } from './flat.ts';
import { escapeXml } from './xml-text.ts';

type Scope = 'node' | 'edge';
const typeOf = (value: Flat): string =>
  typeof value === 'boolean' ? 'boolean' : typeof value === 'number' ? 'double' : 'string';

function collectKeys(graph: AbstractGraph): Map<string, { id: string; scope: Scope; name: string; type: string }> {
  const keys = new Map<string, { id: string; scope: Scope; name: string; type: string }>();
  const note = (scope: Scope, attributes: Record<string, Flat>) => {
    for (const [name, value] of Object.entries(attributes)) {
      const slot = `${scope}:${name}`;
      const known = keys.get(slot);
      if (!known) keys.set(slot, { id: `${scope[0]}${keys.size}`, scope, name, type: typeOf(value) });
      else if (known.type !== typeOf(value)) known.type = 'string';
    }
  };
  graph.forEachNode((_n, attributes) => note('node', flattenAll(attributes)));
  graph.forEachEdge((_e, attributes) => note('edge', flattenAll(attributes)));
  return keys;
}

export function writeGraphml(graph: AbstractGraph): string {
  const keys = collectKeys(graph);
  const data = (scope: Scope, attributes: Record<string, unknown>) =>
    Object.entries(flattenAll(attributes))
      .map(([name, value]) => `<data key="${keys.get(`${scope}:${name}`)!.id}">${escapeXml(String(value))}</data>`)
      .join('');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...[...keys.values()].map(
      (k) => `  <key id="${k.id}" for="${k.scope}" attr.name="${escapeXml(k.name)}" attr.type="${k.type}"/>`,
    ),
    // Undirected by default, each directed edge marked: graphology's parser reads directed="true" only.
    '  <graph edgedefault="undirected">',
  ];
  graph.forEachNode((node, attributes) =>
    lines.push(`    <node id="${escapeXml(node)}">${data('node', attributes)}</node>`),
  );
  graph.forEachEdge((edge, attributes, source, target, _s, _t, undirected) =>
    lines.push(
      `    <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}" directed="${!undirected}">${data('edge', attributes)}</edge>`,
    ),
  );
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
