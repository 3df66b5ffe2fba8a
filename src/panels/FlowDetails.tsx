// Details of an arc that sums flows between two countries: each relation it sums, with its evidence.
import { useAtlas } from '../store/store.ts';
import { selectHighlight } from '../store/highlight.ts';
import { selectSourceTitles } from '../store/selectors.ts';
import { RELATION_COLORS, RELATION_LABELS, RELATION_PHRASES } from '../appearance/palette.ts';
import { EvidenceList } from '../components/EvidenceList.tsx';
import { NodeLink } from './NodeLink.tsx';

export function FlowDetails({ from, to }: { from: string; to: string }) {
  const graph = useAtlas((s) => s.graph)!;
  const highlight = useAtlas(selectHighlight);
  const titles = useAtlas(selectSourceTitles);
  const showEvidence = useAtlas((s) => s.showEvidence);
  const edges = [...(highlight?.edges ?? [])];
  const name = `Flows from ${graph.getNodeAttribute(from, 'label')} to ${graph.getNodeAttribute(to, 'label')}`;
  return (
    <section className="details" aria-label={name}>
      <h2>
        Flows: <NodeLink node={from} /> → <NodeLink node={to} />
      </h2>
      <p>
        {edges.length} {edges.length === 1 ? 'relation' : 'relations'} between places in these two countries.
      </p>
      <ol className="flow-relations">
        {edges.map((edge) => {
          const a = graph.getEdgeAttributes(edge);
          const [source, target] = graph.extremities(edge);
          return (
            <li key={edge}>
              <h3>
                <span className="swatch-line" style={{ background: RELATION_COLORS[a.type] }} aria-hidden="true" />
                {RELATION_LABELS[a.type]}
              </h3>
              <p>
                <NodeLink node={source} /> {RELATION_PHRASES[a.type].out} <NodeLink node={target} />
              </p>
              <EvidenceList evidence={a.evidence} titles={titles} onShow={showEvidence} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
