// `npm run report -- evidence --type T`: every relation of one type with its endpoints, quotes and
// documents, in a stable order, so that a curator can read a whole type against its evidence.
import { RELATION_TYPES, type AtlasGraph, type RelationType } from '../graph/types.ts';

export interface EvidenceRow {
  edge: string;
  type: RelationType;
  source: { key: string; label: string };
  target: { key: string; label: string };
  directed: boolean;
  initiative?: { key: string; label: string };
  evidence: { source: string; title: string; quote: string }[];
}

export const isRelationType = (text: string | undefined): text is RelationType =>
  (RELATION_TYPES as readonly string[]).includes(text ?? '');

/** The relations of `type`, sorted by source label, then target label. */
export function collectEvidence(graph: AtlasGraph, type: RelationType): EvidenceRow[] {
  const titles = new Map(graph.getAttribute('sources').map((s) => [s.id, s.title]));
  const node = (key: string) => ({ key, label: graph.getNodeAttribute(key, 'label') });
  const rows: EvidenceRow[] = [];
  graph.forEachEdge((edge, a, source, target) => {
    if (a.type !== type) return;
    rows.push({
      edge,
      type,
      source: node(source),
      target: node(target),
      directed: a.directed,
      ...(a.initiative && graph.hasNode(a.initiative) ? { initiative: node(a.initiative) } : {}),
      evidence: a.evidence.map((e) => ({ source: e.source, title: titles.get(e.source) ?? e.source, quote: e.quote })),
    });
  });
  const order = (r: EvidenceRow) => `${r.source.label}\u0000${r.target.label}\u0000${r.initiative?.label ?? ''}`;
  return rows.sort((x, y) => order(x).localeCompare(order(y)));
}

export function formatEvidence(type: RelationType, rows: EvidenceRow[]): string {
  const head = `${rows.length} ${type} relation(s), each with its quotes:`;
  const blocks = rows.map((row, i) => {
    const arrow = row.directed ? '→' : '—';
    const within = row.initiative && row.initiative.key !== row.target.key ? `  (in ${row.initiative.label})` : '';
    return [
      `${i + 1}. ${row.source.label} ${arrow} ${row.target.label}${within}  [${row.source.key} ${arrow} ${row.target.key}]`,
      ...row.evidence.map((e) => `   “${e.quote.replace(/\s+/g, ' ').trim()}” — ${e.title} [${e.source}]`),
    ].join('\n');
  });
  return [head, ...blocks].join('\n\n');
}
