// One triangular arrangement as a card: its sentence, whether a document states it or the finder
// infers it, a mutual exchange said as such, its roles with their colours on the graph and, once
// chosen, its legs with their evidence right under it.
import { useEffect, useRef } from 'react';
import { useAtlas } from '../store/store.ts';
import { selectSourceTitles } from '../store/selectors.ts';
import { describeArrangement } from '../analysis/arrangement-query.ts';
import type { RoleActor, TriangularArrangement, TriangularRole } from '../analysis/triangular-types.ts';
import type { AtlasGraph } from '../graph/types.ts';
import { ROLE_COLORS, ROLE_LABELS } from '../appearance/palette.ts';
import { EvidenceList } from '../components/EvidenceList.tsx';
import { ArrangementLegs } from './ArrangementLegs.tsx';

export function actorNames(graph: AtlasGraph, actors: RoleActor[]): string {
  if (actors.length === 0) return 'unknown';
  return actors.map(({ actor }) => graph.getNodeAttribute(actor, 'label')).join(', ');
}

const joinNames = (names: string[]) =>
  names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

const ROLE_LISTS: [TriangularRole, 'facilitators' | 'pivots' | 'beneficiaries'][] = [
  ['facilitator', 'facilitators'],
  ['pivot', 'pivots'],
  ['beneficiary', 'beneficiaries'],
];

function Basis({ arrangement }: { arrangement: TriangularArrangement }) {
  const titles = useAtlas(selectSourceTitles);
  const showEvidence = useAtlas((s) => s.showEvidence);
  if (arrangement.basis === 'inferred')
    return (
      <p className="arrangement-basis">
        <span className="badge">Inferred</span> from the roles: no quote on its relations calls it triangular
        {arrangement.marked ? ' (the curated data marks it so)' : ''}.
      </p>
    );
  return (
    <div className="arrangement-basis">
      <span className="badge stated">Stated</span> A document calls it triangular:
      {arrangement.statement && (
        <EvidenceList evidence={[arrangement.statement]} titles={titles} onShow={showEvidence} />
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
  const graph = useAtlas((s) => s.graph)!;
  const card = useRef<HTMLLIElement>(null);
  const name = graph.getNodeAttribute(a.initiative, 'label');
  // A card chosen from a link, or from the graph, comes into view with its legs.
  useEffect(() => {
    if (active) reveal(card.current);
  }, [active]);
  const mutual = a.mutual.map((key) => graph.getNodeAttribute(key, 'label'));
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
      <p className="arrangement-sentence">{describeArrangement(graph, a)}</p>
      <Basis arrangement={a} />
      {mutual.length > 0 && (
        <p className="arrangement-mutual">
          <span className="badge">Mutual exchange</span> {joinNames(mutual)} both share and learn (shown as pivots).
        </p>
      )}
      <dl aria-label="Roles, in their colours on the graph">
        {ROLE_LISTS.map(([role, list]) => (
          <div key={role} className="role-row">
            <dt>
              <span className="swatch" style={{ background: ROLE_COLORS[role] }} aria-hidden="true" />{' '}
              {ROLE_LABELS[role]}
            </dt>
            <dd>{actorNames(graph, a[list])}</dd>
          </div>
        ))}
      </dl>
      {active && <ArrangementLegs arrangement={a} />}
    </li>
  );
}
