// The report of the latest import, as a labelled region with headings and lists (keyboard users
// land on it): what was read and kept, notes on defaults, what was dropped and why. Text only.
import { useEffect, useRef } from 'react';
import { Trans } from 'react-i18next';
import type { TFunction } from 'i18next';
import { formatCount, useTranslation } from '../i18n/i18n.ts';
import { useAtlas } from '../store/store.ts';
import type { ImportedReport } from '../store/import-slice.ts';
import { sayImport } from './import-text.ts';

function counts(t: TFunction, { nodes, edges }: { nodes: number; edges: number }): string {
  return t('data.report.counts', {
    nodes: t('data.report.nodes', { count: nodes, formatted: formatCount(nodes) }),
    edges: t('data.report.edges', { count: edges, formatted: formatCount(edges) }),
  });
}

function Dropped({ report }: { report: ImportedReport }) {
  const { t } = useTranslation();
  if (report.droppedCount === 0) return null;
  const more = report.droppedCount - report.said.dropped.length;
  return (
    <>
      <h3>{t('data.report.dropped', { formatted: formatCount(report.droppedCount) })}</h3>
      <ul className="import-dropped">
        {report.said.dropped.map(({ what, why }, index) => (
          <li key={index}>
            {/* What the file holds goes in as components' children, never parsed as markup. */}
            <Trans
              t={t}
              i18nKey="data.report.line"
              components={{
                what: <span className="what">{sayImport(t, what)}</span>,
                why: <span>{sayImport(t, why)}</span>,
              }}
            />
          </li>
        ))}
      </ul>
      {more > 0 && <p className="hint">{t('data.report.more', { count: more, formatted: formatCount(more) })}</p>}
    </>
  );
}

export function ImportReport() {
  const { t } = useTranslation();
  const report = useAtlas((s) => (s.importReportOpen ? s.importReport : null));
  const close = useAtlas((s) => s.showImportReport);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (report) heading.current?.focus();
  }, [report]);
  if (!report) return null;
  const error = report.said.error;
  return (
    <section className="import-report" aria-labelledby="import-report-title" data-covers-canvas>
      <h2 id="import-report-title" ref={heading} tabIndex={-1}>
        {error ? t('data.report.failed') : t('data.report.title')}
      </h2>
      {error ? (
        <p role="alert" className="import-error">
          {sayImport(t, error)}
        </p>
      ) : (
        <p>{t('data.report.file', { name: report.name, format: report.format.toUpperCase() })}</p>
      )}
      {error && <p>{t('data.report.unchanged')}</p>}
      <h3>{t('data.report.read')}</h3>
      <p>{counts(t, report.read)}</p>
      {!error && (
        <>
          <h3>{t('data.report.kept')}</h3>
          <p>{counts(t, report.kept)}</p>
        </>
      )}
      {report.said.notes.length > 0 && (
        <>
          <h3>{t('data.report.notes')}</h3>
          <ul>
            {report.said.notes.map((note, index) => (
              <li key={index}>{sayImport(t, note)}</li>
            ))}
          </ul>
        </>
      )}
      <Dropped report={report} />
      <div className="data-actions">
        <button type="button" onClick={() => close(false)}>
          {t('data.report.close')}
        </button>
      </div>
    </section>
  );
}
