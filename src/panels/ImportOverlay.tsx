// Everything an import shows over the graph: the drop zone, the CSV mapping step, progress, and
// the report. Mounted once in the canvas area.
import { CsvMapping } from './CsvMapping.tsx';
import { DropZone } from './DropZone.tsx';
import { ImportProgress } from './ImportProgress.tsx';
import { ImportReport } from './ImportReport.tsx';

export function ImportOverlay() {
  return (
    <>
      <DropZone />
      <CsvMapping />
      <ImportProgress />
      <ImportReport />
    </>
  );
}
