// While an imported file is shown, the header says so and "Back to the SSTC graph" is one click away.
import { useAtlas } from '../store/store.ts';

export function ImportedBanner() {
  const name = useAtlas((s) => s.imported?.name ?? null);
  const restore = useAtlas((s) => s.restoreAtlasGraph);
  if (name === null) return null;
  return (
    <p className="imported-banner" role="status">
      Showing <strong>{name}</strong> (imported)
      <button type="button" onClick={restore}>
        Back to the SSTC graph
      </button>
    </p>
  );
}
