// The legs of a triangular arrangement, each with its evidence, shown right under its card.
import { useAtlas } from '../store/store.ts';
import { selectSourceTitles } from '../store/selectors.ts';
import { RELATION_PHRASES } from '../appearance/palette.ts';
import { EvidenceList } from '../components/EvidenceList.tsx';
import type { Leg, TriangularArrangement } from '../analysis/triangular-types.ts';
import { NodeLink } from './NodeLink.tsx';

const LEG_NAMES: Record<Leg['role'], string> = {
  transfer: 'Transfer',
  implementation: 'Southern implementer',
  facilitation: 'Facilitation',
  part: 'Part of the programme',
};

export function ArrangementLegs({ arrangement }: { arrangement: TriangularArrangement }) {
  const graph = useAtlas((s) => s.graph)!;
  const titles = useAtlas(selectSourceTitles);
  const showEvidence = useAtlas((s) => s.showEvidence);
  return (
    <section aria-label="Arrangement evidence" className="arrangement-legs">
      <h3>Why we know it</h3>
      {arrangement.unknownRoles.length > 0 && (
        <p className="hint">Not named in the documents: {arrangement.unknownRoles.join(', ')}.</p>
      )}
      <ul className="legs">
        {arrangement.legs.map((leg, index) => {
          const [source, target] = graph.extremities(leg.edgeKey);
          const type = graph.getEdgeAttribute(leg.edgeKey, 'type');
          return (
            <li key={`${index}-${leg.edgeKey}`}>
              <span className="leg-role">{LEG_NAMES[leg.role]}</span> <NodeLink node={source} />{' '}
              {RELATION_PHRASES[type].out} <NodeLink node={target} />
              {leg.level && leg.level !== source && leg.level !== target && (
                <span className="muted"> (in {graph.getNodeAttribute(leg.level, 'label')})</span>
              )}
              <EvidenceList evidence={leg.evidence} titles={titles} onShow={showEvidence} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
