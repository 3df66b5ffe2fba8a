// "Triangular arrangements": the arrangements the analysis finds, filtered ("Brazil as pivot") and
// sorted, as cards. Choosing one shows its actors on the graph in role colours and its legs under it.
import { useState } from 'react';
import { formatCount, nodeName, useTranslation } from '../i18n/i18n.ts';
import { useAtlas } from '../store/store.ts';
import { selectActiveArrangement, selectArrangements, selectListedArrangements } from '../store/selectors.ts';
import type { TriangularArrangement } from '../analysis/triangular.ts';
import type { AtlasGraph } from '../graph/types.ts';
import { ArrangementCard, actorNames } from './ArrangementCard.tsx';
import { ArrangementFilters } from './ArrangementFilters.tsx';

type SortKey = 'initiative' | 'facilitators' | 'pivots' | 'beneficiaries';
const COLUMNS: SortKey[] = ['facilitators', 'pivots', 'beneficiaries', 'initiative'];

function sortText(graph: AtlasGraph, arrangement: TriangularArrangement, key: SortKey): string {
  if (key === 'initiative') return nodeName(graph.getNodeAttributes(arrangement.initiative));
  const actors = arrangement[key];
  return actors.length === 0 ? '\uffff' : actorNames(graph, actors);
}

export function TriangularPanel() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const graph = useAtlas((s) => s.graph)!;
  const arrangements = useAtlas(selectArrangements);
  const listed = useAtlas(selectListedArrangements);
  const active = useAtlas(selectActiveArrangement);
  const showArrangement = useAtlas((s) => s.showArrangement);
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({ key: 'pivots', ascending: true });
  const rows = [...listed].sort((a, b) => {
    const order = sortText(graph, a, sort.key).localeCompare(sortText(graph, b, sort.key), lang);
    return sort.ascending ? order : -order;
  });
  const choose = (a: TriangularArrangement) => showArrangement(active === a ? null : a);
  const complete = arrangements.filter((a) => a.unknownRoles.length === 0).length;
  const sortName = (key: SortKey) => t(`analysis.triangular.sort.${key}`);
  const total = formatCount(arrangements.length, lang);

  return (
    <section aria-label={t('sections.triangular')} className="analysis-section">
      <p className="hint">
        {t('analysis.triangular.intro')}{' '}
        {t('analysis.triangular.found', {
          count: arrangements.length,
          formatted: total,
          complete: formatCount(complete, lang),
        })}
      </p>
      <ArrangementFilters />
      <div className="sort-row">
        <label>
          {t('analysis.triangular.sortBy')}{' '}
          <select value={sort.key} onChange={(e) => setSort({ key: e.target.value as SortKey, ascending: true })}>
            {COLUMNS.map((key) => (
              <option key={key} value={key}>
                {sortName(key)}
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
          ? t('analysis.triangular.all', { count: rows.length, formatted: total })
          : t('analysis.triangular.match', { count: rows.length, formatted: formatCount(rows.length, lang), total })}
        {active && !rows.includes(active) && (
          <> {t('analysis.triangular.notAmong', { name: nodeName(graph.getNodeAttributes(active.initiative)) })}</>
        )}
      </p>
      <ul className="arrangements" aria-label={t('analysis.triangular.listLabel', { by: sortName(sort.key) })}>
        {rows.map((a) => (
          <ArrangementCard key={a.id} arrangement={a} active={active === a} onChoose={choose} />
        ))}
      </ul>
    </section>
  );
}
