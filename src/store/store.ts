// The one zustand store, composed of slice files. Non-React readers (the renderer, URL sync)
// use `useAtlas.subscribe` and `useAtlas.getState`.
import { create } from 'zustand';
import { createDataSlice, type DataSlice } from './data-slice.ts';
import { createFilterSlice, type FilterSlice } from './filter-slice.ts';
import { createSelectionSlice, type SelectionSlice } from './selection-slice.ts';
import { createViewSlice, type ViewSlice } from './view-slice.ts';
import { createAnalysisSlice, type AnalysisSlice } from './analysis-slice.ts';
import { createExportSlice, type ExportSlice } from './export-slice.ts';
import { createPresentationSlice, type PresentationSlice } from './presentation-slice.ts';
import { createImportSlice, type ImportSlice } from './import-slice.ts';

export type AtlasState = DataSlice &
  FilterSlice &
  SelectionSlice &
  ViewSlice &
  AnalysisSlice &
  ExportSlice &
  PresentationSlice &
  ImportSlice;

export const createAtlasStore = () =>
  create<AtlasState>()((...args) => ({
    ...createDataSlice(...args),
    ...createFilterSlice(...args),
    ...createSelectionSlice(...args),
    ...createViewSlice(...args),
    ...createAnalysisSlice(...args),
    ...createExportSlice(...args),
    ...createPresentationSlice(...args),
    ...createImportSlice(...args),
  }));

export const useAtlas = createAtlasStore();
export type AtlasStore = ReturnType<typeof createAtlasStore>;
