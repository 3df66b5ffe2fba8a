// Drag and drop onto the graph: files dragged over the canvas area show where to drop them; dropped
// files are opened like picked ones. Listens on its parent (the canvas area) so it covers nothing else.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n/i18n.ts';
import { useAtlas } from '../store/store.ts';
import { readFiles } from './files.ts';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

export function DropZone() {
  const { t } = useTranslation();
  const marker = useRef<HTMLDivElement>(null);
  const [over, setOver] = useState(false);
  useEffect(() => {
    const area = marker.current?.parentElement;
    if (!area) return;
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault(); // allows the drop
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      setOver(true);
    };
    const onLeave = (event: DragEvent) => {
      if (!(event.relatedTarget instanceof Node && area.contains(event.relatedTarget))) setOver(false);
    };
    const onDrop = (event: DragEvent) => {
      event.preventDefault();
      setOver(false);
      const files = event.dataTransfer?.files;
      if (files && files.length > 0) void readFiles(files).then((read) => useAtlas.getState().openFiles(read));
    };
    area.addEventListener('dragenter', onOver);
    area.addEventListener('dragover', onOver);
    area.addEventListener('dragleave', onLeave);
    area.addEventListener('drop', onDrop);
    return () => {
      area.removeEventListener('dragenter', onOver);
      area.removeEventListener('dragover', onOver);
      area.removeEventListener('dragleave', onLeave);
      area.removeEventListener('drop', onDrop);
    };
  }, []);
  return (
    <div ref={marker} className={over ? 'drop-zone drop-zone-active' : 'drop-zone'} aria-hidden={!over}>
      {over && <p>{t('data.import.drop')}</p>}
    </div>
  );
}
