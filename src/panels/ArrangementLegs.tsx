// The legs of the active triangular arrangement, each with its evidence.
import { useAtlas } from '../store/store.ts';
import { selectActiveArrangement, selectSourceTitles } from '../store/selectors.ts';
import { RELATION_PHRASES } from '../appearance/palette.ts';
import { EvidenceList } from '../components/EvidenceList.tsx';
import { NodeLink } from './NodeLink.tsx';

export function ArrangementLegs() {
  const graph = useAtlas((s) => s.graph)!;
  const arrangement = useAtlas(selectActiveArrangement);
  const titles = useAtlas(selectSourceTitles);
  const showEvidence = useAtlas((s) => s.showEvidence);
  if (!arrangement) return null;
  return (
    <section aria-label="Arrangement evidence" className="analysis-section">
      <h3>Why we know it</h3>
      {arrangement.unknownRoles.length > 0 && (
        <p className="hint">Not named in the documents: {arrangement.unknownRoles.join(', ')}.</p>
      )}
      <ul className="legs">
        {arrangement.legs.map((leg) => {
          const [source, target] = graph.extremities(leg.edgeKey);
          const type = graph.getEdgeAttribute(leg.edgeKey, 'type');
          return (
            <li key={leg.edgeKey}>
              <NodeLink node={source} /> {RELATION_PHRASES[type].out} <NodeLink node={target} />
              <EvidenceList evidence={leg.evidence} titles={titles} onShow={showEvidence} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
