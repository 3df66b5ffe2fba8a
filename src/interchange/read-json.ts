// Reads graphology JSON ({ attributes, nodes: [{ key, attributes }], edges: [{ key, source, target,
// attributes, undirected }] }) into a RawGraph, item by item: a bad item is dropped with its reason.
import { describe, isRecord, type Attributes, type RawGraph } from './raw.ts';
import { ReadError, said } from './said.ts';

const isKey = (value: unknown): value is string | number =>
  (typeof value === 'string' && value !== '') || (typeof value === 'number' && Number.isFinite(value));

function attributesOf(item: Attributes): Attributes | undefined {
  return item.attributes === undefined ? {} : isRecord(item.attributes) ? { ...item.attributes } : undefined;
}

export function readJson(text: string): RawGraph {
  const data: unknown = JSON.parse(text);
  if (!isRecord(data) || !Array.isArray(data.nodes)) throw new ReadError(said('notGraphologyJson'));
  const raw: RawGraph = {
    attributes: isRecord(data.attributes) ? { ...data.attributes } : {},
    nodes: [],
    edges: [],
    dropped: [],
  };
  data.nodes.forEach((item: unknown, index) => {
    const attributes = isRecord(item) ? attributesOf(item) : undefined;
    if (!isRecord(item) || !isKey(item.key) || !attributes)
      raw.dropped.push({
        what: said('atJsonItem', { list: 'nodes', index, value: describe(item) }),
        why: said('jsonNodeItem'),
      });
    else raw.nodes.push({ key: String(item.key), attributes });
  });
  const edges: unknown[] = Array.isArray(data.edges) ? data.edges : [];
  if (data.edges !== undefined && !Array.isArray(data.edges))
    raw.dropped.push({
      what: said('atJsonList', { list: 'edges' }),
      why: said('jsonNotList', { value: describe(data.edges) }),
    });
  edges.forEach((item, index) => {
    const attributes = isRecord(item) ? attributesOf(item) : undefined;
    if (!isRecord(item) || !isKey(item.source) || !isKey(item.target) || !attributes)
      raw.dropped.push({
        what: said('atJsonItem', { list: 'edges', index, value: describe(item) }),
        why: said('jsonEdgeItem'),
      });
    else
      raw.edges.push({
        key: isKey(item.key) ? String(item.key) : undefined,
        source: String(item.source),
        target: String(item.target),
        undirected: item.undirected === true,
        attributes,
      });
  });
  return raw;
}
