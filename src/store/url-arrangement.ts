// The arrangement filter as link parameters: tri-actor (a node key), tri-role, tri-basis and
// tri-complete, so "Brazil as pivot, stated only" is a link.
import type { ArrangementFilter } from '../analysis/arrangement-query.ts';
import { shown, type Codec } from './url-codec.ts';
import { reason } from './message.ts';

/** One field of the filter; `values` maps the words a link uses to the field's values. */
function field<F extends 'role' | 'basis' | 'completeness'>(
  param: string,
  name: F,
  values: Record<string, NonNullable<ArrangementFilter[F]>>,
): Codec {
  const words = Object.keys(values);
  return {
    params: [param],
    encode: (view) => {
      const word = words.find((w) => values[w] === view.arrangementFilter[name]);
      return word === undefined ? [] : [[param, word]];
    },
    decode: (get, draft) => {
      const word = get(param)!;
      if (!Object.hasOwn(values, word)) return reason('expected', { allowed: words.join(', ') });
      draft.arrangementFilter = { ...draft.arrangementFilter, [name]: values[word] };
    },
  };
}

export const ARRANGEMENT_CODECS: Codec[] = [
  {
    params: ['tri-actor'],
    encode: (view) => (view.arrangementFilter.actor ? [['tri-actor', view.arrangementFilter.actor]] : []),
    decode: (get, draft, graph) => {
      const value = get('tri-actor')!;
      if (graph && !graph.hasNode(value)) return reason('noNode', { value: shown(value) });
      draft.arrangementFilter = { ...draft.arrangementFilter, actor: value };
    },
  },
  field('tri-role', 'role', { facilitator: 'facilitator', pivot: 'pivot', beneficiary: 'beneficiary' }),
  field('tri-basis', 'basis', { stated: 'stated', inferred: 'inferred' }),
  field('tri-complete', 'completeness', { yes: 'complete', no: 'partial' }),
];
