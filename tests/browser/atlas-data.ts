// The built graph (public/data/graph.json) read in Node, so browser tests can say what the page
// should show: node keys by label, and which nodes a set of filters hides (the pure filter core).
import { readFileSync } from 'node:fs';
import { loadGraph } from '../../src/graph/load.ts';
import { computeVisibility, EMPTY_FILTERS, type Filters } from '../../src/graph/filters.ts';
import type { AtlasGraph } from '../../src/graph/types.ts';

let cached: AtlasGraph | undefined;

/** The graph the preview server serves (run `npm run data` first). */
export function atlasGraph(): AtlasGraph {
  if (cached) return cached;
  const file = new URL('../../public/data/graph.json', import.meta.url);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(
      `browser tests: cannot read ${file.pathname} (${(error as Error).message}); run \`npm run data\` first`,
    );
  }
  cached = loadGraph(text).graph;
  return cached;
}

export const labelOf = (key: string) => atlasGraph().getNodeAttribute(key, 'label');

export function keyOf(label: string): string {
  const key = atlasGraph().findNode((_, attributes) => attributes.label === label);
  if (!key) throw new Error(`browser tests: no node labelled "${label}" in public/data/graph.json`);
  return key;
}

/** Keys of the nodes that `filters` hide (everything else as in EMPTY_FILTERS). */
export function hiddenBy(filters: Partial<Filters>): string[] {
  const graph = atlasGraph();
  const { hiddenNodes } = computeVisibility(graph, { ...EMPTY_FILTERS, ...filters });
  return graph.filterNodes((key) => hiddenNodes.has(key));
}
