// The graph schema's problems (src/graph/schema.ts, shared with the build, in English) as messages
// the interface translates: each form an imported node can meet has a code; any other keeps its words.
import { said, type Said } from './said.ts';

const FORMS: [RegExp, (match: RegExpExecArray) => Said][] = [
  [/^(.*) is not a year$/s, (m) => said('notAYear', { value: m[1]! })],
  [/^(.*) is not one of (.*)$/s, (m) => said('notOneOf', { value: m[1]!, allowed: m[2]! })],
  [/^(.*) is not a three-letter upper-case code$/s, (m) => said('notIso3', { value: m[1]! })],
  [/^(.*) is not an id$/s, (m) => said('notAnId', { value: m[1]! })],
  [/^(\S+) is after end (\S+)$/, (m) => said('startAfterEnd', { start: m[1]!, end: m[2]! })],
  [/^not a field of a (\w+)$/, (m) => said('notAFieldOf', { kind: m[1]! })],
  [/^expected text$/, () => said('notText')],
  [/^expected a list$/, () => said('notAList')],
  [/^expected a list \(use \[\] for none\)$/, () => said('notAListOrNone')],
  [/^every item must be non-empty text$/, () => said('notTextItems')],
];

/** A schema problem without its field ("\"soon\" is not a year"), as a message. */
export function schemaSaid(detail: string): Said {
  for (const [form, make] of FORMS) {
    const match = form.exec(detail);
    if (match) return make(match);
  }
  return said('problem', { detail });
}

/** A whole schema problem ("year: \"soon\" is not a year"): its field, and what is wrong with it. */
export function splitProblem(problem: string): { field?: string; why: Said } {
  const colon = problem.indexOf(': ');
  if (colon < 0) return { why: said('problem', { detail: problem }) };
  return { field: problem.slice(0, colon), why: schemaSaid(problem.slice(colon + 2)) };
}
