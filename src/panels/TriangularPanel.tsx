// "Triangular arrangements": the arrangements the analysis finds, filtered ("Brazil as pivot") and
// sorted, as cards. Choosing one shows its actors on the graph in role colours and its legs under it.
import { useState } from 'react';
import { useAtlas } from '../store/store.ts';
import { selectActiveArrangement, selectArrangements, selectListedArrangements } from '../store/selectors.ts';
import type { TriangularArrangement } from '../analysis/triangular.ts';
import type { AtlasGraph } from '../graph/types.ts';
import { ArrangementCard, actorNames } from './ArrangementCard.tsx';
import { ArrangementFilters } from './ArrangementFilters.tsx';

type SortKey = 'initiative' | 'facilitators' | 'pivots' | 'beneficiaries';
const COLUMNS: [SortKey, string][] = [
  ['facilitators', 'Facilitator'],
  ['pivots', 'Pivot'],
  ['beneficiaries', 'Beneficiary'],
  ['initiative', 'Initiative'],
];

function sortText(graph: AtlasGraph, arrangement: TriangularArrangement, key: SortKey): string {
  if (key === 'initiative') return graph.getNodeAttribute(arrangement.initiative, 'label');
  const actors = arrangement[key];
  return actors.length === 0 ? '\uffff' : actorNames(graph, actors);
}

export function TriangularPanel() {
  const graph = useAtlas((s) => s.graph)!;
  const arrangements = useAtlas(selectArrangements);
  const listed = useAtlas(selectListedArrangements);
  const active = useAtlas(selectActiveArrangement);
  const showArrangement = useAtlas((s) => s.showArrangement);
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({ key: 'pivots', ascending: true });
  const rows = [...listed].sort((a, b) => {
    const order = sortText(graph, a, sort.key).localeCompare(sortText(graph, b, sort.key));
    return sort.ascending ? order : -order;
  });
  const choose = (a: TriangularArrangement) => showArrangement(active === a ? null : a);
  const complete = arrangements.filter((a) => a.unknownRoles.length === 0).length;

  return (
    <section aria-label="Triangular arrangements" className="analysis-section">
      <p className="hint">
        A facilitating partner (a 'North' country, its agency, or a multilateral body) supports a pivotal Southern
        partner that shares its experience with Southern beneficiaries, within one initiative. {arrangements.length}{' '}
        found, {complete} with every role named.
      </p>
      <ArrangementFilters />
      <div className="sort-row">
        <label>
          Sort by{' '}
          <select value={sort.key} onChange={(e) => setSort({ key: e.target.value as SortKey, ascending: true })}>
            {COLUMNS.map(([key, label]) => (
              <option key={key} value={key}>
                {label.toLowerCase()}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => setSort({ ...sort, ascending: !sort.ascending })}>
          {sort.ascending ? 'A → Z' : 'Z → A'}
        </button>
      </div>
      <p className="hint" aria-live="polite" data-testid="arrangement-count">
        {rows.length === arrangements.length
          ? `All ${rows.length} arrangements.`
          : `${rows.length} of ${arrangements.length} arrangements match.`}
        {active && !rows.includes(active) && (
          <> The one shown on the graph ({graph.getNodeAttribute(active.initiative, 'label')}) is not among them.</>
        )}
      </p>
      <ul className="arrangements" aria-label={`Arrangements, sorted by ${sort.key}`}>
        {rows.map((a) => (
          <ArrangementCard key={a.id} arrangement={a} active={active === a} onChoose={choose} />
        ))}
      </ul>
    </section>
  );
}
