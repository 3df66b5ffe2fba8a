// Loads the compiled tours (public/data/tours.json) with the same checks the build made, against the
// loaded graph: a bad tour is left out with a problem that names the file, the tour and the field.
import { checkTour, checkTourNodes, type Tour, type TourProblem } from './tours.ts';
import type { AtlasGraph } from './types.ts';

const where = (path: (string | number)[]) =>
  path
    .map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`))
    .join('')
    .replace(/^\./, '');

export function loadTours(text: string, file: string, graph: AtlasGraph): { tours: Tour[]; problems: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { tours: [], problems: [`${file}: not JSON (${error instanceof Error ? error.message : String(error)})`] };
  }
  const list = (data as { tours?: unknown } | null)?.tours;
  if (!Array.isArray(list)) return { tours: [], problems: [`${file}: expected { "tours": [...] }`] };
  const tours: Tour[] = [];
  const problems: string[] = [];
  const kindOf = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'kind') : undefined);
  list.forEach((value, index) => {
    const shape = checkTour(value);
    const found: TourProblem[] = shape.length > 0 ? shape : checkTourNodes(value as Tour, kindOf);
    const name = `${file}: tour ${JSON.stringify((value as { id?: unknown } | null)?.id ?? index)}`;
    if (found.length === 0 && !tours.some((tour) => tour.id === (value as Tour).id)) tours.push(value as Tour);
    else if (found.length === 0) problems.push(`${name}: duplicate id, left out`);
    else problems.push(...found.map((p) => `${name}: ${where(p.path) || 'tour'}: ${p.message} (tour left out)`));
  });
  return { tours, problems };
}
