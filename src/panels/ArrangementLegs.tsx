// The legs of a triangular arrangement, each with its evidence, shown right under its card.
import { nodeName, useTranslation } from '../i18n/i18n.ts';
import { useAtlas } from '../store/store.ts';
import { selectSourceTitles } from '../store/selectors.ts';
import { EvidenceList } from '../components/EvidenceList.tsx';
import type { TriangularArrangement } from '../analysis/triangular-types.ts';
import { RelationSentence } from './RelationSentence.tsx';

export function ArrangementLegs({ arrangement }: { arrangement: TriangularArrangement }) {
  const { t } = useTranslation();
  const graph = useAtlas((s) => s.graph)!;
  const titles = useAtlas(selectSourceTitles);
  const showEvidence = useAtlas((s) => s.showEvidence);
  const unknown = arrangement.unknownRoles.map((role) => t(`analysis.roleNouns.${role}`));
  return (
    <section aria-label={t('analysis.legs.label')} className="arrangement-legs">
      <h3>{t('analysis.legs.heading')}</h3>
      {unknown.length > 0 && (
        <p className="hint">{t('analysis.legs.unknown', { count: unknown.length, roles: unknown.join(', ') })}</p>
      )}
      <ul className="legs">
        {arrangement.legs.map((leg, index) => {
          const [source, target] = graph.extremities(leg.edgeKey);
          const type = graph.getEdgeAttribute(leg.edgeKey, 'type');
          return (
            <li key={`${index}-${leg.edgeKey}`}>
              <span className="leg-role">{t(`analysis.legs.role.${leg.role}`)}</span>{' '}
              <RelationSentence type={type} source={source} target={target} />
              {leg.level && leg.level !== source && leg.level !== target && (
                <span className="muted">
                  {' '}
                  {t('analysis.legs.within', { name: nodeName(graph.getNodeAttributes(leg.level)) })}
                </span>
              )}
              <EvidenceList
                evidence={leg.evidence}
                titles={titles}
                onShow={showEvidence}
                showLabel={t('evidence.show')}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
