// Details of the selected edge: who relates to whom, how, in which initiative, and the evidence.
import { useAtlas } from '../store/store.ts';
import { selectSourceTitles } from '../store/selectors.ts';
import { RELATION_COLORS, RELATION_LABELS, RELATION_PHRASES } from '../appearance/palette.ts';
import { EvidenceList } from '../components/EvidenceList.tsx';
import { NodeLink } from './NodeLink.tsx';

export function EdgeDetails({ edge }: { edge: string }) {
  const graph = useAtlas((s) => s.graph)!;
  const titles = useAtlas(selectSourceTitles);
  const showEvidence = useAtlas((s) => s.showEvidence);
  const a = graph.getEdgeAttributes(edge);
  const [source, target] = graph.extremities(edge);
  const name = `${graph.getNodeAttribute(source, 'label')} ${RELATION_PHRASES[a.type].out} ${graph.getNodeAttribute(target, 'label')}`;
  return (
    <section className="details" aria-label={name}>
      <h2>
        <span className="swatch-line" style={{ background: RELATION_COLORS[a.type] }} aria-hidden="true" />
        {RELATION_LABELS[a.type]}
      </h2>
      <p>
        <NodeLink node={source} /> {RELATION_PHRASES[a.type].out} <NodeLink node={target} />
        {a.initiative && (
          <>
            {' '}
            in <NodeLink node={a.initiative} />
          </>
        )}
      </p>
      <h3>Evidence</h3>
      {a.evidence.length === 0 ? (
        <p className="hint">No evidence was given for this relation.</p>
      ) : (
        <EvidenceList evidence={a.evidence} titles={titles} onShow={showEvidence} />
      )}
    </section>
  );
}
