// Details of the selected edge: who relates to whom, how, in which initiative, and the evidence.
import { useId } from 'react';
import { useTranslation } from '../i18n/i18n.ts';
import { useAtlas } from '../store/store.ts';
import { selectSourceTitles } from '../store/selectors.ts';
import { RELATION_COLORS } from '../appearance/palette.ts';
import { EvidenceList } from '../components/EvidenceList.tsx';
import { NodeLink } from './NodeLink.tsx';
import { RelationText } from './RelationText.tsx';

export function EdgeDetails({ edge }: { edge: string }) {
  const { t } = useTranslation();
  const id = useId();
  const graph = useAtlas((s) => s.graph)!;
  const titles = useAtlas(selectSourceTitles);
  const showEvidence = useAtlas((s) => s.showEvidence);
  const a = graph.getEdgeAttributes(edge);
  const [source, target] = graph.extremities(edge);
  // The section is named by its sentence ("Brazil shared its experience with Paraguay in …").
  return (
    <section className="details" aria-labelledby={`${id}-sentence`}>
      <h2>
        <span className="swatch-line" style={{ background: RELATION_COLORS[a.type] }} aria-hidden="true" />
        {t(`relation.${a.type}`)}
      </h2>
      <p id={`${id}-sentence`}>
        <RelationText
          type={a.type}
          source={<NodeLink node={source} />}
          target={<NodeLink node={target} />}
          initiative={a.initiative ? <NodeLink node={a.initiative} /> : undefined}
        />
      </p>
      <h3>{t('relations.edge.evidence')}</h3>
      {a.evidence.length === 0 ? (
        <p className="hint">{t('relations.edge.noEvidence')}</p>
      ) : (
        <EvidenceList evidence={a.evidence} titles={titles} onShow={showEvidence} showLabel={t('evidence.show')} />
      )}
    </section>
  );
}
