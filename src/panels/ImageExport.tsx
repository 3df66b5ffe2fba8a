// "Save as image": the current view as a PNG with its legend, title and sources, at screen size or
// twice that, for slides and reports. The renderer draws it; this asks through the store.
import { useState } from 'react';
import { useAtlas } from '../store/store.ts';
import { selectImageText } from '../store/image-text.ts';
import { downloadBlob } from '../components/download.ts';

export const IMAGE_SCALES = [
  { scale: 1, label: 'PNG, screen size', file: 'sstc-atlas-view.png' },
  { scale: 2, label: 'PNG, 2× for print', file: 'sstc-atlas-view@2x.png' },
] as const;

export function ImageExport() {
  const exporter = useAtlas((s) => s.imageExporter);
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);
  const save = async (scale: number, file: string) => {
    const text = selectImageText(useAtlas.getState());
    if (!exporter || !text) return;
    setStatus({ text: 'Drawing the image…' });
    try {
      downloadBlob(await exporter({ scale, text }), file);
      setStatus({ text: `Saved ${file}.` });
    } catch (error) {
      setStatus({
        text: `The image could not be made: ${error instanceof Error ? error.message : error}`,
        error: true,
      });
    }
  };
  return (
    <section className="image-export" aria-label="Save as image">
      <h3>Save as image</h3>
      <p className="hint">The view as it is now, with its legend, title and sources line.</p>
      <div className="image-buttons">
        {IMAGE_SCALES.map(({ scale, label, file }) => (
          <button key={scale} type="button" disabled={!exporter} onClick={() => void save(scale, file)}>
            {label}
          </button>
        ))}
      </div>
      {status && (
        <p role={status.error ? 'alert' : 'status'} className={status.error ? 'warning' : 'hint'}>
          {status.text}
        </p>
      )}
    </section>
  );
}
