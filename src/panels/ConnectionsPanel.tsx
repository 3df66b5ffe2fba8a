// Connections: shortest paths between two actors over the relation types the filters keep, told
// as sentences with their evidence; and the ego network of the selected actor to depth 1–3.
import { useState } from 'react';
import { formatCount, nodeName, useTranslation } from '../i18n/i18n.ts';
import { useAtlas } from '../store/store.ts';
import { selectSourceTitles } from '../store/selectors.ts';
import { selectPathResult } from '../store/highlight.ts';
import type { Direction } from '../analysis/traverse.ts';
import { EvidenceList } from '../components/EvidenceList.tsx';
import { NodeCombobox } from './NodeCombobox.tsx';
import { pathStepSentence } from './analysis-text.ts';

export function ConnectionsPanel() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
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
  const label = (node: string) => nodeName(graph.getNodeAttributes(node));

  const pick = (setter: typeof setFrom, other: string | null, isFrom: boolean) => (node: string) => {
    setter({ node, text: label(node) });
    if (other && isFrom) findPaths(node, other);
    else if (other) findPaths(other, node);
  };

  return (
    <section aria-label={t('sections.connections')} className="analysis-section">
      <NodeCombobox
        label={t('analysis.connections.from')}
        query={from.text}
        onQuery={(text) => setFrom({ node: null, text })}
        onChoose={pick(setFrom, to.node, true)}
        placeholder={t('analysis.connections.fromPlaceholder')}
      />
      <NodeCombobox
        label={t('analysis.connections.to')}
        query={to.text}
        onQuery={(text) => setTo({ node: null, text })}
        onChoose={pick(setTo, from.node, false)}
        placeholder={t('analysis.connections.toPlaceholder')}
      />
      <p className="hint">{t('analysis.connections.hint')}</p>
      {pathQuery && (
        <div aria-live="polite" data-testid="paths">
          {pathQuery.paths.length === 0 ? (
            <p>{t('analysis.connections.none', { from: label(pathQuery.from), to: label(pathQuery.to) })}</p>
          ) : (
            <>
              <p>
                {t('analysis.connections.found', {
                  count: pathQuery.paths.length,
                  formatted: formatCount(pathQuery.paths.length, lang),
                  steps: t('analysis.connections.steps', {
                    count: pathQuery.paths[0]!.length,
                    formatted: formatCount(pathQuery.paths[0]!.length, lang),
                  }),
                })}
              </p>
              <ol className="paths">
                {pathQuery.paths.map((path, index) => (
                  <li key={index}>
                    <ol className="path-steps">
                      {path.map((step, index) => (
                        <li key={index}>
                          {pathStepSentence(t, lang, graph, step)}
                          <EvidenceList
                            evidence={step.evidence.slice(0, 1)}
                            titles={titles}
                            onShow={showEvidence}
                            showLabel={t('evidence.show')}
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
      <h3>{t('analysis.connections.neighbourhood')}</h3>
      <div className="ego">
        <label>
          {t('analysis.connections.depth')}{' '}
          <select value={depth} onChange={(e) => setDepth(Number(e.target.value))}>
            {[1, 2, 3].map((d) => (
              <option key={d} value={d}>
                {formatCount(d, lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('analysis.connections.direction')}{' '}
          <select value={direction} onChange={(e) => setDirection(e.target.value as Direction)}>
            <option value="both">{t('analysis.connections.both')}</option>
            <option value="out">{t('analysis.connections.out')}</option>
            <option value="in">{t('analysis.connections.in')}</option>
          </select>
        </label>
        <button type="button" disabled={!selected} onClick={() => selected && showEgo(selected, depth, direction)}>
          {selected
            ? t('analysis.connections.showAround', { name: label(selected) })
            : t('analysis.connections.selectFirst')}
        </button>
      </div>
    </section>
  );
}
