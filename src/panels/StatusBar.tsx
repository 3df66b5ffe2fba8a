// Bottom status line in plain words: what is visible of the graph, how it is drawn (technical
// detail behind a toggle, with an override), and data problems found at load.
import { formatCount, useTranslation } from '../i18n/i18n.ts';
import { useAtlas } from '../store/store.ts';
import { selectVisibility } from '../store/selectors.ts';
import type { ProgramPreference } from '../store/view-state.ts';
import { graphSizeText } from './graph-size.ts';

const PREFERENCES: ProgramPreference[] = ['auto', 'fast', 'quality'];

function Drawing() {
  const { t } = useTranslation();
  const program = useAtlas((s) => s.programStatus);
  if (!program) return null;
  const items = program.items ?? 0;
  const reason = t(`chrome.status.reason.${program.reason}`, { count: items, formatted: formatCount(items) });
  return (
    <span data-testid="renderer-status" data-mode={program.mode}>
      {t('chrome.status.drawing', { mode: t(`chrome.status.mode.${program.mode}`), reason })}
      {program.detail && (
        <details className="status-details">
          <summary>{t('chrome.status.details')}</summary>
          {t('chrome.status.webgl', { renderer: program.detail })}
        </details>
      )}
    </span>
  );
}

export function StatusBar() {
  const { t } = useTranslation();
  const graph = useAtlas((s) => s.graph);
  const problems = useAtlas((s) => s.loadProblems);
  const visibleNodes = useAtlas((s) => selectVisibility(s).visibleNodes);
  const visibleEdges = useAtlas((s) => selectVisibility(s).visibleEdges);
  const preference = useAtlas((s) => s.programPreference);
  const setPreference = useAtlas((s) => s.setProgramPreference);
  if (!graph) return null;
  return (
    <footer className="status-bar" aria-label={t('chrome.status.label')}>
      <span data-testid="graph-size">
        {graphSizeText(t, { visibleNodes, nodes: graph.order, visibleEdges, edges: graph.size })}
      </span>
      <Drawing />
      <label>
        {t('chrome.status.renderer')}{' '}
        <select value={preference} onChange={(e) => setPreference(e.target.value as ProgramPreference)}>
          {PREFERENCES.map((value) => (
            <option key={value} value={value}>
              {t(`chrome.status.preference.${value}`)}
            </option>
          ))}
        </select>
      </label>
      {problems.length > 0 && (
        // The problems themselves are the validator's technical detail (file, field), in English.
        <span className="warning" title={problems.join('\n')}>
          {t('chrome.status.problems', { count: problems.length, formatted: formatCount(problems.length) })}
        </span>
      )}
    </footer>
  );
}
