// Network metrics (computed in a worker) and the encodings that use them: colour and size by
// kind, degree, betweenness or community.
import type { StateCreator } from 'zustand';
import type { AtlasState } from './store.ts';

export type ColorBy = 'kind' | 'community' | 'betweenness' | 'degree';
export type SizeBy = 'degree' | 'betweenness';

export interface MetricsResult {
  degree: Record<string, number>;
  betweenness: Record<string, number>;
  community: Record<string, number>;
  betweennessMethod?: string;
}

export interface AnalysisSlice {
  metrics: MetricsResult | null;
  metricsStatus: 'idle' | 'running' | 'ready' | 'error';
  colorBy: ColorBy;
  sizeBy: SizeBy;
  setMetrics: (metrics: MetricsResult | null, status: AnalysisSlice['metricsStatus']) => void;
  setColorBy: (colorBy: ColorBy) => void;
  setSizeBy: (sizeBy: SizeBy) => void;
}

export const createAnalysisSlice: StateCreator<AtlasState, [], [], AnalysisSlice> = (set) => ({
  metrics: null,
  metricsStatus: 'idle',
  colorBy: 'kind',
  sizeBy: 'degree',
  setMetrics: (metrics, metricsStatus) => set({ metrics, metricsStatus }),
  setColorBy: (colorBy) => set({ colorBy }),
  setSizeBy: (sizeBy) => set({ sizeBy }),
});
