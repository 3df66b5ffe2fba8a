// A relation told in the interface language, each end a link that selects its node:
// "Brazil shared with Paraguay", « Brazil a partagé avec Paraguay ».
import { Trans } from 'react-i18next';
import type { RelationType } from '../graph/types.ts';
import { useTranslation } from '../i18n/i18n.ts';
import { NodeLink } from './NodeLink.tsx';

export function RelationSentence({ type, source, target }: { type: RelationType; source: string; target: string }) {
  const { t } = useTranslation();
  return (
    <Trans
      t={t}
      i18nKey={`analysis.relation.${type}`}
      components={{ from: <NodeLink node={source} />, to: <NodeLink node={target} /> }}
    />
  );
}
