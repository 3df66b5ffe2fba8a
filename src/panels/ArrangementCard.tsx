// One triangular arrangement as a card: its sentence, whether a document states it or the finder
// infers it, a mutual exchange said as such, its roles with their colours on the graph and, once
// chosen, its legs with their evidence right under it.
import { useEffect, useRef } from 'react';
import { nodeName, useTranslation } from '../i18n/i18n.ts';
import { useAtlas } from '../store/store.ts';
import { selectSourceTitles } from '../store/selectors.ts';
import { arrangementStory } from '../analysis/arrangement-story.ts';
import type { RoleActor, TriangularArrangement, TriangularRole } from '../analysis/triangular-types.ts';
import type { AtlasGraph } from '../graph/types.ts';
import { ROLE_COLORS } from '../appearance/palette.ts';
import { EvidenceList } from '../components/EvidenceList.tsx';
import { ArrangementLegs } from './ArrangementLegs.tsx';
import { arrangementSentence, joinNames } from './analysis-text.ts';

/** The actors' names, comma-separated; empty when nobody was found for the role. */
export function actorNames(graph: AtlasGraph, actors: RoleActor[]): string {
  return actors.map(({ actor }) => nodeName(graph.getNodeAttributes(actor))).join(', ');
}

const ROLE_LISTS: [TriangularRole, 'facilitators' | 'pivots' | 'beneficiaries'][] = [
  ['facilitator', 'facilitators'],
  ['pivot', 'pivots'],
  ['beneficiary', 'beneficiaries'],
];

function Basis({ arrangement }: { arrangement: TriangularArrangement }) {
  const { t } = useTranslation();
  const titles = useAtlas(selectSourceTitles);
  const showEvidence = useAtlas((s) => s.showEvidence);
  if (arrangement.basis === 'inferred')
    return (
      <p className="arrangement-basis">
        <span className="badge">{t('analysis.triangular.inferred')}</span>{' '}
        {arrangement.marked ? t('analysis.triangular.inferredMarked') : t('analysis.triangular.inferredWhy')}
      </p>
    );
  return (
    <div className="arrangement-basis">
      <span className="badge stated">{t('analysis.triangular.stated')}</span> {t('analysis.triangular.statedWhy')}
      {arrangement.statement && (
        <EvidenceList
          evidence={[arrangement.statement]}
          titles={titles}
          onShow={showEvidence}
          showLabel={t('evidence.show')}
        />
      )}
    </div>
  );
}

/** Scrolls a card to the top of its scrolling panel when its top is out of sight; otherwise it opens in place. */
function reveal(card: HTMLElement | null) {
  let panel = card?.parentElement ?? null;
  while (panel && !/auto|scroll/.test(getComputedStyle(panel).overflowY)) panel = panel.parentElement;
  if (!card || !panel) return;
  const [top, view] = [card.getBoundingClientRect().top, panel.getBoundingClientRect()];
  if (top < view.top || top > view.bottom - 40) card.scrollIntoView?.({ block: 'start' });
}

export interface ArrangementCardProps {
  arrangement: TriangularArrangement;
  active: boolean;
  onChoose: (arrangement: TriangularArrangement) => void;
}

export function ArrangementCard({ arrangement: a, active, onChoose }: ArrangementCardProps) {
  const { t, i18n } = useTranslation();
  const graph = useAtlas((s) => s.graph)!;
  const card = useRef<HTMLLIElement>(null);
  const name = nodeName(graph.getNodeAttributes(a.initiative));
  // A card chosen from a link, or from the graph, comes into view with its legs.
  useEffect(() => {
    if (active) reveal(card.current);
  }, [active]);
  const mutual = a.mutual.map((key) => nodeName(graph.getNodeAttributes(key)));
  return (
    <li ref={card} className={active ? 'active' : undefined}>
      <button type="button" className="link" aria-pressed={active} aria-expanded={active} onClick={() => onChoose(a)}>
        {name}
      </button>
      {(a.period.start || a.period.end) && (
        <span className="muted">
          {' '}
          ({a.period.start ?? '?'}–{a.period.end ?? ''})
        </span>
      )}
      <p className="arrangement-sentence">
        {arrangementSentence(
          t,
          i18n.language,
          arrangementStory(graph, a, (node) => nodeName(graph.getNodeAttributes(node), i18n.language)),
        )}
      </p>
      <Basis arrangement={a} />
      {mutual.length > 0 && (
        <p className="arrangement-mutual">
          <span className="badge">{t('analysis.triangular.mutual')}</span>{' '}
          {t('analysis.triangular.mutualWhy', { count: mutual.length, names: joinNames(t, mutual) })}
        </p>
      )}
      <dl aria-label={t('analysis.triangular.rolesLabel')}>
        {ROLE_LISTS.map(([role, list]) => (
          <div key={role} className="role-row">
            <dt>
              <span className="swatch" style={{ background: ROLE_COLORS[role] }} aria-hidden="true" />{' '}
              {t(`analysis.roles.${role}`)}
            </dt>
            <dd>{a[list].length > 0 ? actorNames(graph, a[list]) : t('analysis.triangular.unknownActor')}</dd>
          </div>
        ))}
      </dl>
      {active && <ArrangementLegs arrangement={a} />}
    </li>
  );
}
