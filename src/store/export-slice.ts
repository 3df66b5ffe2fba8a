// Image export: the renderer registers the function that draws the current view into a PNG
// (it alone knows sigma); panels call it through the store and never meet the renderer.
import type { StateCreator } from 'zustand';
import type { AtlasState } from './store.ts';
import type { ImageExporter } from './image-text.ts';

export interface ExportSlice {
  /** Null while no canvas is mounted. */
  imageExporter: ImageExporter | null;
  setImageExporter: (exporter: ImageExporter | null) => void;
}

export const createExportSlice: StateCreator<AtlasState, [], [], ExportSlice> = (set) => ({
  imageExporter: null,
  setImageExporter: (imageExporter) => set({ imageExporter }),
});
