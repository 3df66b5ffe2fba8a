// A relation told as one translated sentence ("Brazil shared its experience with Paraguay"): the names
// come in as elements (links or plain text), so that each language puts them where its grammar wants.
import type { ReactElement } from 'react';
import { Trans } from 'react-i18next';
import { useTranslation } from '../i18n/i18n.ts';
import type { RelationType } from '../graph/types.ts';

export interface RelationTextProps {
  type: RelationType;
  source: ReactElement;
  target: ReactElement;
  /** The initiative the relation happens in, if any ("… in the child labour initiative"). */
  initiative?: ReactElement;
}

export function RelationText({ type, source, target, initiative }: RelationTextProps) {
  const { t } = useTranslation();
  return initiative ? (
    <Trans t={t} i18nKey={`relations.edge.within.${type}`} components={{ source, target, initiative }} />
  ) : (
    <Trans t={t} i18nKey={`relations.sentence.${type}`} components={{ source, target }} />
  );
}
