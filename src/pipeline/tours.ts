// Tours at build time: reads graph-data/tours/*.yaml (one tour a file), checks each against the
// tour schema, the built graph's nodes and the documents (quotes verbatim, like every edge), and
// reports every problem as file:line.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, type Node } from 'yaml';
import { checkTour, checkTourNodes, type Tour, type TourProblem } from '../graph/tours.ts';
import type { AtlasGraph } from '../graph/types.ts';
import { quoteProblem } from './compile.ts';

export interface ToursResult {
  tours: Tour[];
  problems: string[];
}

/** The line of the deepest node that exists along `path` (a missing field is reported at its parent). */
function lineAt(doc: ReturnType<typeof parseDocument>, counter: LineCounter, path: (string | number)[]): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = (depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true)) as Node | undefined;
    if (node && typeof node === 'object' && 'range' in node && node.range) {
      // A field's line is its key's, not its value's (a folded caption starts on the next line).
      if (depth > 0) {
        const parent = (depth === 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1), true)) as {
          items?: { key?: { value?: unknown; range?: number[] } }[];
        } | null;
        const pair = parent?.items?.find?.((item) => item.key?.value === path[depth - 1]);
        if (pair?.key?.range) return counter.linePos(pair.key.range[0]!).line;
      }
      return counter.linePos(node.range[0]).line;
    }
  }
  return 1;
}

/** Parses and checks one tour file's text (named `file` in messages). */
export function checkTourText(
  text: string,
  file: string,
  graph: AtlasGraph,
  texts: Map<string, string>,
): { tour?: Tour; problems: string[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0)
    return {
      problems: doc.errors.map((e) => `${file}:${e.linePos?.[0]?.line ?? 1}: YAML syntax: ${e.message.split('\n')[0]}`),
    };
  const value: unknown = doc.toJSON();
  const at = (problems: TourProblem[]) => problems.map((p) => `${file}:${lineAt(doc, counter, p.path)}: ${p.message}`);
  const shape = checkTour(value);
  if (shape.length > 0) return { problems: at(shape) };
  const tour = value as Tour;
  const kindOf = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'kind') : undefined);
  const refs = checkTourNodes(tour, kindOf);
  tour.steps.forEach((step, index) => {
    const problem = quoteProblem(step.evidence, texts, 'evidence');
    if (problem)
      refs.push({
        path: ['steps', index, 'evidence', problem.includes('.quote') ? 'quote' : 'source'],
        message: problem,
      });
  });
  return refs.length > 0 ? { problems: at(refs) } : { tour, problems: [] };
}

/** Every tour in `dir` (none when the folder does not exist), in file-name order, ids unique. */
export function compileTours(dir: string, graph: AtlasGraph, texts: Map<string, string>): ToursResult {
  if (!existsSync(dir)) return { tours: [], problems: [] };
  const tours: Tour[] = [];
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const file = relative(process.cwd(), join(dir, name)) || name;
    const result = checkTourText(readFileSync(join(dir, name), 'utf8'), file, graph, texts);
    problems.push(...result.problems);
    if (!result.tour) continue;
    const first = seen.get(result.tour.id);
    if (first) problems.push(`${file}:1: duplicate tour id "${result.tour.id}" (first in ${first})`);
    else {
      seen.set(result.tour.id, file);
      tours.push(result.tour);
    }
  }
  return { tours, problems };
}
