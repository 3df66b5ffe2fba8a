// The reading rules of graph-data/README.md that a machine can check on an edge and its quotes:
// a venue is not a host, studied is not taking part, a request or announcement is not the act, …
import type { AtlasGraph, EdgeAttributes, RelationType } from './types.ts';

export interface RuleViolation {
  rule: string;
  edge: string;
  message: string;
}

interface Rule {
  id: string;
  types: readonly RelationType[];
  /** a message when the edge breaks the rule */
  check: (attributes: EdgeAttributes, edge: string, graph: AtlasGraph) => string | undefined;
}

export const REVIEWED_TYPES: readonly RelationType[] = [
  'hosting',
  'participation',
  'organizing',
  'implementation',
  'knowledge_transfer',
];

const quotes = (a: EdgeAttributes) => a.evidence.map((e) => e.quote.replace(/\s+/g, ' ').trim());
const every = (a: EdgeAttributes, pattern: RegExp) => quotes(a).every((q) => pattern.test(q));
const some = (a: EdgeAttributes, pattern: RegExp) => quotes(a).some((q) => pattern.test(q));

const HOSTING_VERB = /\bhost(s|ed|ing)?\b/i;
const STUDIED = /\bcover(s|ed)\b|\bstudy\b[^.]*\bcompleted in\b/i;
const REQUEST = /\brequest(s|ed)?\b/i;
const INTENTION = /\bforesees?\b|\baimed at\b|\bannounced a grant\b|\boffer\b[^.]*\bto host\b/i;
const AUTHORSHIP = /\b(drafted|wrote|authored)\b/i;
const LINKS_INITIATIVES = /\blinks?\b[^.]*\binitiatives\b/i;
const TWO_WAY = /\beach other\b|\bcross-learning\b|\bin both countries\b|\bexchange of experiences\b/i;

export const RULES: readonly Rule[] = [
  {
    id: 'venue-is-not-host',
    types: ['hosting'],
    check: (a) => (some(a, HOSTING_VERB) ? undefined : 'no quote says "host": a place ("held in …") is not a host'),
  },
  {
    id: 'studied-is-not-participant',
    types: ['participation'],
    check: (a) =>
      some(a, STUDIED) ? 'a quote says the actor is covered or studied, not that it takes part' : undefined,
  },
  {
    id: 'request-is-not-organizing',
    types: ['organizing'],
    check: (a) => (some(a, REQUEST) ? 'a request to organize is not organizing' : undefined),
  },
  {
    id: 'intention-is-not-act',
    types: REVIEWED_TYPES,
    check: (a) => (every(a, INTENTION) ? 'every quote is an announcement, offer, aim or plan' : undefined),
  },
  {
    id: 'authorship-is-not-implementation',
    types: ['implementation'],
    check: (a) => (every(a, AUTHORSHIP) ? 'every quote tells of drafting or writing, not implementing' : undefined),
  },
  {
    id: 'linked-initiatives-are-not-participation',
    types: ['participation'],
    check: (a) => (every(a, LINKS_INITIATIVES) ? 'a link between initiatives is not participation' : undefined),
  },
  {
    id: 'two-way-exchange-both-ways',
    types: ['knowledge_transfer'],
    check: (a, edge, graph) => {
      if (!some(a, TWO_WAY)) return undefined;
      const [source, target] = graph.extremities(edge);
      const back = graph.someOutEdge(target, (_e, b, _s, t) => t === source && b.type === a.type);
      return back ? undefined : 'a quote tells of a two-way exchange, but the reverse edge is missing';
    },
  },
  {
    id: 'no-cut-off-quote',
    types: REVIEWED_TYPES,
    check: (a) =>
      some(a, /\w-$/) ? 'a quote ends in a word cut at a line break (prefer a whole sentence)' : undefined,
  },
];

/** Every violation of the mechanical rules in the graph, rule by rule. */
export function checkRelationRules(graph: AtlasGraph, rules: readonly Rule[] = RULES): RuleViolation[] {
  const violations: RuleViolation[] = [];
  graph.forEachEdge((edge, attributes) => {
    for (const rule of rules) {
      if (!rule.types.includes(attributes.type)) continue;
      const message = rule.check(attributes, edge, graph);
      if (message) violations.push({ rule: rule.id, edge, message });
    }
  });
  return violations;
}
