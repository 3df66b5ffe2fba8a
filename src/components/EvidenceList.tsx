// The quotes that back a relation, each with its document and a "Show in document" button (only
// for documents the graph lists: an imported file may name sources the app does not have).
import type { Evidence } from '../graph/types.ts';

export interface EvidenceListProps {
  evidence: Evidence[];
  titles: ReadonlyMap<string, string>;
  onShow: (evidence: Evidence) => void;
  /** The button's words in the interface language. */
  showLabel?: string;
}

export function EvidenceList({ evidence, titles, onShow, showLabel = 'Show in document' }: EvidenceListProps) {
  return (
    <ul className="evidence">
      {evidence.map((item, index) => (
        <li key={index}>
          {/* Quotes stay in the documents' language, whatever the interface speaks. */}
          <blockquote lang="en">“{item.quote}”</blockquote>
          <div className="evidence-source">
            <cite>{titles.get(item.source) ?? item.source}</cite>
            {titles.has(item.source) && (
              <button type="button" className="link" onClick={() => onShow(item)}>
                {showLabel}
              </button>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
