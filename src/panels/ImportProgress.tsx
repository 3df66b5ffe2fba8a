// How far an import has got: reading and checking the file, then the layout when positions were
// missing (both in a worker, so the page stays responsive); it can be cancelled.
import { useAtlas } from '../store/store.ts';

export function ImportProgress() {
  const progress = useAtlas((s) => s.importProgress);
  const cancel = useAtlas((s) => s.cancelImport);
  if (!progress) return null;
  const what = progress.phase === 'reading' ? 'Reading' : 'Laying out';
  return (
    <div className="import-progress" role="status" aria-label="Import progress" data-covers-canvas>
      <p>
        {what} {progress.name}…
      </p>
      <progress max={1} value={progress.fraction} aria-label={`${what} ${progress.name}`} />
      <button type="button" onClick={cancel}>
        Cancel
      </button>
    </div>
  );
}
