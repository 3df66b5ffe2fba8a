// Details of an arc that sums flows between two countries: each relation it sums, with its evidence.
import { Trans } from 'react-i18next';
import { formatCount, nodeName, useTranslation } from '../i18n/i18n.ts';
import { useAtlas } from '../store/store.ts';
import { selectHighlight } from '../store/highlight.ts';
import { selectSourceTitles } from '../store/selectors.ts';
import { RELATION_COLORS } from '../appearance/palette.ts';
import { EvidenceList } from '../components/EvidenceList.tsx';
import { NodeLink } from './NodeLink.tsx';
import { RelationSentence } from './RelationSentence.tsx';

export function FlowDetails({ from, to }: { from: string; to: string }) {
  const { t, i18n } = useTranslation();
  const graph = useAtlas((s) => s.graph)!;
  const highlight = useAtlas(selectHighlight);
  const titles = useAtlas(selectSourceTitles);
  const showEvidence = useAtlas((s) => s.showEvidence);
  const edges = [...(highlight?.edges ?? [])];
  const name = t('analysis.flow.label', {
    from: nodeName(graph.getNodeAttributes(from)),
    to: nodeName(graph.getNodeAttributes(to)),
  });
  return (
    <section className="details" aria-label={name}>
      <h2>
        <Trans
          t={t}
          i18nKey="analysis.flow.heading"
          components={{ from: <NodeLink node={from} />, to: <NodeLink node={to} /> }}
        />
      </h2>
      <p>{t('analysis.flow.count', { count: edges.length, formatted: formatCount(edges.length, i18n.language) })}</p>
      <ol className="flow-relations">
        {edges.map((edge) => {
          const a = graph.getEdgeAttributes(edge);
          const [source, target] = graph.extremities(edge);
          return (
            <li key={edge}>
              <h3>
                <span className="swatch-line" style={{ background: RELATION_COLORS[a.type] }} aria-hidden="true" />
                {t(`relation.${a.type}`)}
              </h3>
              <p>
                <RelationSentence type={a.type} source={source} target={target} />
              </p>
              <EvidenceList
                evidence={a.evidence}
                titles={titles}
                onShow={showEvidence}
                showLabel={t('evidence.show')}
              />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
