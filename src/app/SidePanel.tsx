// The left panel: "Explore" (search, legend and filters) and "Analyse" (triangular arrangements,
// connections, brokers, matrix) as tabs.
import { useTranslation } from '../i18n/i18n.ts';
import { useEffect } from 'react';
import { useAtlas } from '../store/store.ts';
import { SearchBox } from '../panels/SearchBox.tsx';
import { FilterPanel } from '../panels/FilterPanel.tsx';
import { TriangularPanel } from '../panels/TriangularPanel.tsx';
import { ConnectionsPanel } from '../panels/ConnectionsPanel.tsx';
import { BrokersPanel } from '../panels/BrokersPanel.tsx';
import { MatrixPanel } from '../panels/MatrixPanel.tsx';
import { DataPanel } from '../panels/DataPanel.tsx';
import { Section } from '../components/Section.tsx';
import { Guarded } from './Guarded.tsx';

export function SidePanel() {
  const { t } = useTranslation();
  const tab = useAtlas((s) => s.tab);
  const analysis = useAtlas((s) => s.analysis?.kind);
  const setTab = useAtlas((s) => s.setTab);
  const needsMetrics = useAtlas((s) => tab === 'analyse' || s.colorBy !== 'kind' || s.sizeBy !== 'degree');
  // Metrics are computed (in a worker) only once someone needs them, never before the first frame.
  useEffect(() => {
    if (needsMetrics && useAtlas.getState().metricsStatus === 'idle') void useAtlas.getState().runMetrics();
  }, [needsMetrics]);
  return (
    <nav id="side-panel" className="side-panel" aria-label={t('tabs.label')}>
      <div role="tablist" className="tabs">
        {(['explore', 'analyse'] as const).map((name) => (
          <button key={name} type="button" role="tab" aria-selected={tab === name} onClick={() => setTab(name)}>
            {t(`tabs.${name}`)}
          </button>
        ))}
      </div>
      {tab === 'explore' ? (
        <div role="tabpanel" aria-label={t('tabs.explore')}>
          <Guarded part="search">
            <SearchBox />
          </Guarded>
          <Guarded part="filters">
            <FilterPanel />
          </Guarded>
          <Section title={t('chrome.importExport')} open={false}>
            <Guarded part="importExport">
              <DataPanel />
            </Guarded>
          </Section>
        </div>
      ) : (
        <div role="tabpanel" aria-label={t('tabs.analyse')}>
          <Section title={t('sections.triangular')}>
            <Guarded part="triangular">
              <TriangularPanel />
            </Guarded>
          </Section>
          <Section title={t('sections.connections')} open={analysis === 'path' || analysis === 'ego'}>
            <Guarded part="connections">
              <ConnectionsPanel />
            </Guarded>
          </Section>
          <Section title={t('sections.brokers')} open={false}>
            <Guarded part="brokers">
              <BrokersPanel />
            </Guarded>
          </Section>
          <Section title={t('sections.matrix')} open={false}>
            <Guarded part="matrix">
              <MatrixPanel />
            </Guarded>
          </Section>
        </div>
      )}
    </nav>
  );
}
