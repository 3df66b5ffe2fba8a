// What keyboard navigation on the canvas says, built when it is spoken, in the interface language:
// "Brazil, Country, 24 relations; neighbour 3 of 24: Paraguay. Enter opens it." Countries are named
// as the details panel names them (nodeName).
import type { TFunction } from 'i18next';
import type { AtlasGraph } from '../graph/types.ts';
import type { KeySet } from '../graph/graph-index.ts';
import { visibleNeighbours, type Neighbour } from '../graph/neighbours.ts';
import { formatCount, nodeName } from '../i18n/i18n.ts';

export interface SpokenNeighbour extends Neighbour {
  /** The name said and sorted on: the country's name in the language, else the label. */
  name: string;
}

/** A node's name as the interface shows it in `lang`. */
export function spokenName(graph: AtlasGraph, node: string, lang: string): string {
  return nodeName(graph.getNodeAttributes(node), lang);
}

/** The node's visible neighbours in the alphabetical order of their names in `lang`. */
export function spokenNeighbours(
  graph: AtlasGraph,
  node: string,
  hidden: { hiddenNodes: KeySet; hiddenEdges: KeySet },
  lang: string,
): SpokenNeighbour[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  return visibleNeighbours(graph, node, hidden)
    .map((n) => ({ ...n, name: spokenName(graph, n.node, lang) }))
    .sort((a, b) => collator.compare(a.name, b.name) || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0));
}

/** Where keyboard navigation stands: the centre, its relations, and the neighbour at `cursor` (-1: none yet). */
export function describePosition(
  graph: AtlasGraph,
  centre: string,
  degree: number,
  neighbours: readonly SpokenNeighbour[],
  cursor: number,
  t: TFunction,
  lang: string,
): string {
  const count = (key: string, n: number) => t(key, { count: n, formatted: formatCount(n, lang) });
  const node = t('canvas.announce.node', {
    name: spokenName(graph, centre, lang),
    kind: t(`kind.${graph.getNodeAttribute(centre, 'kind')}`),
    relations: count('canvas.announce.relations', degree),
  });
  if (neighbours.length === 0) return t('canvas.announce.isolated', { node });
  const at = neighbours[cursor];
  if (!at)
    return t('canvas.announce.centre', { node, neighbours: count('canvas.announce.neighbours', neighbours.length) });
  const params = { node, position: formatCount(cursor + 1, lang), total: formatCount(neighbours.length, lang) };
  if (at.relations <= 1) return t('canvas.announce.neighbour', { ...params, name: at.name });
  return t('canvas.announce.neighbourVia', {
    ...params,
    name: at.name,
    relations: count('canvas.announce.relations', at.relations),
  });
}
