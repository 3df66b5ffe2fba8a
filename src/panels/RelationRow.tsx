// One row of the List view: an actor heading ("Brazil — country, 24 relations") or a relation as a
// sentence with its quote (in the document's language, English) and the document it comes from.
import type { RelationSentence } from '../appearance/relation-rows.ts';

export function RelationRow({
  actor,
  sentence,
}: {
  actor?: { label: string; kind: string; count: number };
  sentence?: RelationSentence;
}) {
  if (actor)
    return (
      <span className="row-actor">
        <strong>{actor.label}</strong>{' '}
        <span className="muted">
          — {actor.kind}, {actor.count} relation{actor.count === 1 ? '' : 's'}
        </span>
      </span>
    );
  if (!sentence) return null;
  return (
    <span className="row-relation">
      <span className="row-sentence">{sentence.text}</span>
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
