// "Triangular arrangements": every arrangement the analysis finds, sortable by facilitator, pivot
// or beneficiary (cards, to fit the side panel). Choosing one highlights exactly its actors and edges and frames the camera.
import { useState } from 'react';
import { useAtlas } from '../store/store.ts';
import { selectArrangements } from '../store/selectors.ts';
import type { RoleActor, TriangularArrangement } from '../analysis/triangular.ts';
import type { AtlasGraph } from '../graph/types.ts';

type SortKey = 'initiative' | 'facilitators' | 'pivots' | 'beneficiaries';
const COLUMNS: [SortKey, string][] = [
  ['facilitators', 'Facilitator'],
  ['pivots', 'Pivot'],
  ['beneficiaries', 'Beneficiary'],
  ['initiative', 'Initiative'],
];

export function actorNames(graph: AtlasGraph, actors: RoleActor[]): string {
  if (actors.length === 0) return 'unknown';
  return actors.map(({ actor }) => graph.getNodeAttribute(actor, 'label')).join(', ');
}

function sortText(graph: AtlasGraph, arrangement: TriangularArrangement, key: SortKey): string {
  if (key === 'initiative') return graph.getNodeAttribute(arrangement.initiative, 'label');
  const actors = arrangement[key];
  return actors.length === 0 ? '\uffff' : actorNames(graph, actors);
}

export function TriangularPanel() {
  const graph = useAtlas((s) => s.graph)!;
  const arrangements = useAtlas(selectArrangements);
  const active = useAtlas((s) => (s.analysis?.kind === 'arrangement' ? s.analysis.initiative : null));
  const showArrangement = useAtlas((s) => s.showArrangement);
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({ key: 'pivots', ascending: true });
  const rows = [...arrangements].sort((a, b) => {
    const order = sortText(graph, a, sort.key).localeCompare(sortText(graph, b, sort.key));
    return sort.ascending ? order : -order;
  });
  const choose = (a: TriangularArrangement) => {
    showArrangement(active === a.initiative ? null : a);
  };
  const complete = arrangements.filter((a) => a.unknownRoles.length === 0).length;

  return (
    <section aria-label="Triangular arrangements" className="analysis-section">
      <p className="hint">
        A facilitating partner (a 'North' country, its agency, or a multilateral body) supports a pivotal Southern
        partner that shares its experience with Southern beneficiaries, within one initiative. {arrangements.length}{' '}
        found, {complete} with every role named.
      </p>
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
      <ul className="arrangements" aria-label={`Arrangements, sorted by ${sort.key}`}>
        {rows.map((a) => (
          <li key={a.id} className={active === a.initiative ? 'active' : undefined}>
            <button type="button" className="link" aria-pressed={active === a.initiative} onClick={() => choose(a)}>
              {graph.getNodeAttribute(a.initiative, 'label')}
            </button>
            {(a.period.start || a.period.end) && (
              <span className="muted">
                {' '}
                ({a.period.start ?? '?'}–{a.period.end ?? ''})
              </span>
            )}
            <dl>
              <dt>Facilitator</dt>
              <dd>{actorNames(graph, a.facilitators)}</dd>
              <dt>Pivot</dt>
              <dd>{actorNames(graph, a.pivots)}</dd>
              <dt>Beneficiary</dt>
              <dd>{actorNames(graph, a.beneficiaries)}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
