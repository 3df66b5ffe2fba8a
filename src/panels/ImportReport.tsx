// The report of the latest import, as a labelled region with headings and lists (keyboard users
// land on it): what was read and kept, notes on defaults, what was dropped and why. Text only.
import { useEffect, useRef } from 'react';
import { useAtlas } from '../store/store.ts';
import type { ImportedReport } from '../store/import-slice.ts';

const count = ({ nodes, edges }: { nodes: number; edges: number }) => `${nodes} node(s), ${edges} edge(s)`;

function Dropped({ report }: { report: ImportedReport }) {
  if (report.droppedCount === 0) return null;
  return (
    <>
      <h3>Dropped or changed ({report.droppedCount})</h3>
      <ul className="import-dropped">
        {report.dropped.map((item, index) => (
          <li key={index}>
            <span className="what">{item.what}</span>: {item.why}
          </li>
        ))}
      </ul>
      {report.droppedCount > report.dropped.length && (
        <p className="hint">… and {report.droppedCount - report.dropped.length} more not listed.</p>
      )}
    </>
  );
}

export function ImportReport() {
  const report = useAtlas((s) => (s.importReportOpen ? s.importReport : null));
  const close = useAtlas((s) => s.showImportReport);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (report) heading.current?.focus();
  }, [report]);
  if (!report) return null;
  const failed = report.error !== undefined;
  return (
    <section className="import-report" aria-labelledby="import-report-title" data-covers-canvas>
      <h2 id="import-report-title" ref={heading} tabIndex={-1}>
        {failed ? 'The file could not be opened' : 'Import report'}
      </h2>
      {failed ? (
        <p role="alert" className="import-error">
          {report.error}
        </p>
      ) : (
        <p>
          {report.name} ({report.format.toUpperCase()})
        </p>
      )}
      {failed && <p>The graph you had is still shown; nothing was replaced.</p>}
      <h3>Read</h3>
      <p>{count(report.read)}</p>
      {!failed && (
        <>
          <h3>Kept</h3>
          <p>{count(report.kept)}</p>
        </>
      )}
      {report.notes.length > 0 && (
        <>
          <h3>Notes</h3>
          <ul>
            {report.notes.map((note, index) => (
              <li key={index}>{note}</li>
            ))}
          </ul>
        </>
      )}
      <Dropped report={report} />
      <div className="data-actions">
        <button type="button" onClick={() => close(false)}>
          Close the report
        </button>
      </div>
    </section>
  );
}
