// A triangular arrangement told as structured parts (who funded, who supported, who shared with whom),
// names already folded, so that the panel can say it in any language and the CLI in English.
import type { AtlasGraph } from '../graph/types.ts';
import type { RoleActor, TriangularArrangement } from './triangular-types.ts';

/** What the Southern partners did: one-way sharing, a mutual exchange, or what is not named. */
export type ArrangementAction =
  | { kind: 'unnamed' }
  | { kind: 'noBeneficiaries'; pivots: string[] }
  | { kind: 'noPivots'; beneficiaries: string[] }
  | { kind: 'oneAnother'; mutual: string[] }
  | { kind: 'shared'; pivots: string[]; beneficiaries: string[]; mutual: string[] };

export interface ArrangementStory {
  /** Facilitators that fund the initiative, by name. */
  funders: string[];
  /** Facilitators that support it otherwise, by name. */
  supporters: string[];
  action: ArrangementAction;
  /** The initiative's name. */
  initiative: string;
}

/** How a node is named: its label, or (in the interface) its name in the reader's language. */
export type NameOf = (node: string) => string;

/** Actor names, an organization folded into its country when the country is named too. */
function names(name: NameOf, actors: RoleActor[]): string[] {
  const keys = new Set(actors.map((a) => a.actor));
  const shown = actors.filter((a) => a.country === undefined || a.country === a.actor || !keys.has(a.country));
  return [...new Set(shown.map((a) => name(a.actor)))];
}

function action(name: NameOf, arrangement: TriangularArrangement): ArrangementAction {
  const pivots = names(name, arrangement.pivots);
  const beneficiaries = names(name, arrangement.beneficiaries);
  const mutual = arrangement.mutual.map(name);
  if (pivots.length === 0 && beneficiaries.length === 0) return { kind: 'unnamed' };
  if (beneficiaries.length === 0) return { kind: 'noBeneficiaries', pivots };
  if (pivots.length === 0) return { kind: 'noPivots', beneficiaries };
  const everyone = new Set([...pivots, ...beneficiaries]);
  if (mutual.length > 1 && mutual.length === everyone.size) return { kind: 'oneAnother', mutual };
  return { kind: 'shared', pivots, beneficiaries, mutual };
}

/** The parts of the arrangement's sentence: funders and supporters (from the facilitators' legs), and the action. */
export function arrangementStory(
  graph: AtlasGraph,
  arrangement: TriangularArrangement,
  name: NameOf = (node) => graph.getNodeAttribute(node, 'label'),
): ArrangementStory {
  const funderKeys = new Set<string>();
  for (const leg of arrangement.legs)
    if (leg.role === 'facilitation' && graph.getEdgeAttribute(leg.edgeKey, 'type') === 'funding')
      funderKeys.add(graph.source(leg.edgeKey));
  return {
    funders: names(
      name,
      arrangement.facilitators.filter((a) => funderKeys.has(a.actor)),
    ),
    supporters: names(
      name,
      arrangement.facilitators.filter((a) => !funderKeys.has(a.actor)),
    ),
    action: action(name, arrangement),
    initiative: name(arrangement.initiative),
  };
}
