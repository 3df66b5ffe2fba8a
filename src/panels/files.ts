// The browser side of files: reading what the user picked or dropped (File.text), and saving
// exports through Blob URLs (nothing leaves the page: the browser writes them to disk).
import type { NamedText } from '../interchange/csv-pair.ts';
import type { ExportFile } from '../interchange/export.ts';

export async function readFiles(files: FileList | readonly File[]): Promise<NamedText[]> {
  return Promise.all([...files].map(async (file) => ({ name: file.name, text: await file.text() })));
}

export function downloadFiles(files: readonly ExportFile[]): void {
  for (const file of files) {
    const url = URL.createObjectURL(new Blob([file.text], { type: `${file.mime};charset=utf-8` }));
    const link = document.createElement('a');
    link.href = url;
    link.download = file.name;
    link.style.display = 'none';
    document.body.append(link);
    link.click();
    link.remove();
    // The download has started by the next task; the URL is no longer needed after it.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
