// One row of the List view: an actor heading ("Brazil — country, 24 relations") or a relation as a
// sentence in the interface language, with its quote (in the document's language, English) and the
// document it comes from.
import type { RelationSentence } from '../appearance/relation-rows.ts';
import type { NodeKind } from '../graph/types.ts';
import { formatCount, useTranslation } from '../i18n/i18n.ts';
import { RelationText } from './RelationText.tsx';

export function RelationRow({
  actor,
  sentence,
}: {
  actor?: { label: string; kind: NodeKind; count: number };
  sentence?: RelationSentence;
}) {
  const { t, i18n } = useTranslation();
  if (actor)
    return (
      <span className="row-actor">
        <strong>{actor.label}</strong>{' '}
        <span className="muted">
          —{' '}
          {t('relations.list.actor', {
            count: actor.count,
            formatted: formatCount(actor.count, i18n.language),
            kind: t(`kind.${actor.kind}`).toLocaleLowerCase(i18n.language),
          })}
        </span>
      </span>
    );
  if (!sentence) return null;
  return (
    <span className="row-relation">
      <span className="row-sentence">
        <RelationText
          type={sentence.type}
          source={<bdi>{sentence.source}</bdi>}
          target={<bdi>{sentence.target}</bdi>}
        />
      </span>
      <span className="row-evidence">
        {sentence.quote && (
          <>
            — <q lang="en">{sentence.quote}</q>
          </>
        )}
        {sentence.document && (
          <>
            {' '}
            — <cite>{sentence.document}</cite>
          </>
        )}
      </span>
    </span>
  );
}
