// In a node's details: the triangular arrangements it plays a role in, and which role.
import { Trans } from 'react-i18next';
import { nodeName, useTranslation } from '../i18n/i18n.ts';
import { useAtlas } from '../store/store.ts';
import { selectArrangements } from '../store/selectors.ts';
import { arrangementsOfNode } from '../analysis/triangular.ts';

export function NodeArrangements({ node }: { node: string }) {
  const { t } = useTranslation();
  const graph = useAtlas((s) => s.graph)!;
  const arrangements = useAtlas(selectArrangements);
  const showArrangement = useAtlas((s) => s.showArrangement);
  const roles = arrangementsOfNode(arrangements, node);
  if (roles.length === 0) return null;
  return (
    <section aria-label={t('analysis.nodeRoles.label')}>
      <h3>{t('analysis.nodeRoles.heading')}</h3>
      <ul>
        {roles.map(({ arrangement, role }) => (
          <li key={`${arrangement.id}-${role}`}>
            <Trans
              t={t}
              i18nKey="analysis.nodeRoles.entry"
              components={{
                role: <strong>{t(`analysis.roles.${role}`)}</strong>,
                initiative: (
                  <button type="button" className="link" onClick={() => showArrangement(arrangement)}>
                    {nodeName(graph.getNodeAttributes(arrangement.initiative))}
                  </button>
                ),
              }}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
