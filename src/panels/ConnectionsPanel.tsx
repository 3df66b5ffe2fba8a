// Connections: shortest paths between two actors over the relation types the filters keep, told
// as sentences with their evidence; and the ego network of the selected actor to depth 1–3.
import { useState } from 'react';
import { useAtlas } from '../store/store.ts';
import { selectSourceTitles } from '../store/selectors.ts';
import { selectPathResult } from '../store/highlight.ts';
import { describePath } from '../analysis/paths.ts';
import type { Direction } from '../analysis/traverse.ts';
import { EvidenceList } from '../components/EvidenceList.tsx';
import { NodeCombobox } from './NodeCombobox.tsx';

export function ConnectionsPanel() {
  const graph = useAtlas((s) => s.graph)!;
  const pathQuery = useAtlas(selectPathResult);
  const findPaths = useAtlas((s) => s.findPaths);
  const showEgo = useAtlas((s) => s.showEgo);
  const selected = useAtlas((s) => s.selectedNode);
  const titles = useAtlas(selectSourceTitles);
  const showEvidence = useAtlas((s) => s.showEvidence);
  const [from, setFrom] = useState<{ node: string | null; text: string }>({ node: null, text: '' });
  const [to, setTo] = useState<{ node: string | null; text: string }>({ node: null, text: '' });
  const [depth, setDepth] = useState(1);
  const [direction, setDirection] = useState<Direction>('both');
  const label = (node: string) => graph.getNodeAttribute(node, 'label');

  const pick = (setter: typeof setFrom, other: string | null, isFrom: boolean) => (node: string) => {
    setter({ node, text: label(node) });
    if (other && isFrom) findPaths(node, other);
    else if (other) findPaths(other, node);
  };

  return (
    <section aria-label="Connections" className="analysis-section">
      <NodeCombobox
        label="From"
        query={from.text}
        onQuery={(text) => setFrom({ node: null, text })}
        onChoose={pick(setFrom, to.node, true)}
        placeholder="First actor"
      />
      <NodeCombobox
        label="To"
        query={to.text}
        onQuery={(text) => setTo({ node: null, text })}
        onChoose={pick(setTo, from.node, false)}
        placeholder="Second actor"
      />
      <p className="hint">Paths use the relation types kept by the filters, in either direction.</p>
      {pathQuery && (
        <div aria-live="polite" data-testid="paths">
          {pathQuery.paths.length === 0 ? (
            <p>
              No connection between {label(pathQuery.from)} and {label(pathQuery.to)} over the relations shown.
            </p>
          ) : (
            <>
              <p>
                {pathQuery.paths.length} shortest path(s) of {pathQuery.paths[0]!.length} step(s):
              </p>
              <ol className="paths">
                {pathQuery.paths.map((path, index) => (
                  <li key={index}>
                    <ol className="path-steps">
                      {describePath(graph, path).map((sentence, step) => (
                        <li key={step}>
                          {sentence}
                          <EvidenceList
                            evidence={path[step]!.evidence.slice(0, 1)}
                            titles={titles}
                            onShow={showEvidence}
                          />
                        </li>
                      ))}
                    </ol>
                  </li>
                ))}
              </ol>
            </>
          )}
        </div>
      )}
      <h3>Neighbourhood</h3>
      <div className="ego">
        <label>
          Depth{' '}
          <select value={depth} onChange={(e) => setDepth(Number(e.target.value))}>
            {[1, 2, 3].map((d) => (
              <option key={d}>{d}</option>
            ))}
          </select>
        </label>
        <label>
          Direction{' '}
          <select value={direction} onChange={(e) => setDirection(e.target.value as Direction)}>
            <option value="both">both ways</option>
            <option value="out">outgoing</option>
            <option value="in">incoming</option>
          </select>
        </label>
        <button type="button" disabled={!selected} onClick={() => selected && showEgo(selected, depth, direction)}>
          {selected ? `Show around ${label(selected)}` : 'Select a node first'}
        </button>
      </div>
    </section>
  );
}
