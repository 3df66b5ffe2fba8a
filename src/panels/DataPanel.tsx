// "Import / export": open a GEXF, GraphML, JSON or CSV file (or drop it on the graph), go back to
// the SSTC graph, reopen the last import report, and save what is shown in four formats.
import { useRef } from 'react';
import { useAtlas } from '../store/store.ts';
import { exportView } from '../store/export-view.ts';
import { EXPORT_FORMATS, type ExportFormat } from '../interchange/export.ts';
import { downloadFiles, readFiles } from './files.ts';

export const ACCEPTED_FILES = '.gexf,.graphml,.xml,.json,.csv';
const FORMAT_LABELS: Record<ExportFormat, string> = {
  gexf: 'GEXF',
  graphml: 'GraphML',
  csv: 'CSV (2 files)',
  json: 'JSON',
};

export function DataPanel() {
  const input = useRef<HTMLInputElement>(null);
  const imported = useAtlas((s) => s.imported?.name ?? null);
  const hasReport = useAtlas((s) => s.importReport !== null);
  const busy = useAtlas((s) => s.importProgress !== null);
  const openFiles = useAtlas((s) => s.openFiles);
  const showReport = useAtlas((s) => s.showImportReport);

  const onPick = async (files: FileList | null) => {
    if (files && files.length > 0) await openFiles(await readFiles(files));
    if (input.current) input.current.value = ''; // the same file may be opened again
  };
  return (
    <div className="data-panel">
      <p className="hint">
        GEXF (Gephi), GraphML, graphology JSON, or CSV: an edges file, optionally with a nodes file. You can also drop
        files on the graph.
      </p>
      <input
        ref={input}
        id="import-file"
        className="visually-hidden"
        type="file"
        multiple
        accept={ACCEPTED_FILES}
        disabled={busy}
        onChange={(event) => void onPick(event.target.files)}
      />
      <div className="data-actions">
        <button type="button" disabled={busy} onClick={() => input.current?.click()}>
          Open a file…
        </button>
        {hasReport && (
          <button type="button" onClick={() => showReport(true)}>
            Import report
          </button>
        )}
      </div>
      {imported && (
        <p className="hint">
          Showing the imported file <strong>{imported}</strong>; the button above the graph goes back to the SSTC graph.
        </p>
      )}
      <h3 className="data-heading">Save what is shown</h3>
      <p className="hint">The nodes and edges the filters keep, with every attribute and all evidence.</p>
      <div className="data-actions" role="group" aria-label="Export formats">
        {EXPORT_FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            onClick={() => downloadFiles(exportView(useAtlas.getState(), format))}
            aria-label={`Export as ${FORMAT_LABELS[format]}`}
          >
            {FORMAT_LABELS[format]}
          </button>
        ))}
      </div>
    </div>
  );
}
