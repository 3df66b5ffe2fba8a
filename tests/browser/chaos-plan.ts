// The seeded plan of a random browser session: a list of actions (kind plus uniform numbers the
// executor turns into a node, a checkbox, a year…), the same list for the same seed on every machine.
import { seededRandom } from '../../src/graph/random.ts';

/** Action kinds and their relative weights (how often each is drawn). */
export const ACTION_WEIGHTS = {
  hover: 14,
  clickNode: 8,
  clickStage: 3,
  wheel: 4,
  drag: 3,
  relation: 6,
  kind: 4,
  facet: 6,
  period: 2,
  isolated: 2,
  resetFilters: 2,
  search: 7,
  arrangement: 3,
  path: 2,
  ego: 2,
  broker: 2,
  encoding: 2,
  document: 3,
  matrix: 2,
  zoom: 5,
  key: 3,
  back: 4,
  forward: 3,
  clearHighlight: 1,
  display: 1,
  reload: 0.4,
} as const;

export type ActionKind = keyof typeof ACTION_WEIGHTS;

export interface Action {
  index: number;
  kind: ActionKind;
  /** Uniform numbers in [0, 1) the executor maps onto its choices. */
  a: number;
  b: number;
  c: number;
}

export function planActions(seed: number, count: number): Action[] {
  const random = seededRandom(seed);
  const kinds = Object.entries(ACTION_WEIGHTS) as [ActionKind, number][];
  const total = kinds.reduce((sum, [, weight]) => sum + weight, 0);
  const actions: Action[] = [];
  for (let index = 0; index < count; index++) {
    let draw = random() * total;
    const [kind] = kinds.find(([, weight]) => (draw -= weight) < 0) ?? kinds[kinds.length - 1]!;
    actions.push({ index, kind, a: random(), b: random(), c: random() });
  }
  return actions;
}

/** An element of `list` chosen by a uniform number. */
export const pick = <T>(list: readonly T[], u: number): T | undefined => list[Math.floor(u * list.length)];

/** A short description of an action, for logs and failure messages. */
export const describeAction = (action: Action) =>
  `#${action.index} ${action.kind}(${[action.a, action.b, action.c].map((u) => u.toFixed(3)).join(',')})`;
