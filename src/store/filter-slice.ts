// Filter state and its actions. Every update makes new Set instances, so selectors can memoize
// on identity and the renderer can tell that something changed.
import type { StateCreator } from 'zustand';
import { EMPTY_FILTERS, type Filters } from '../graph/filters.ts';
import type { Modality, NodeKind, Pillar, Region, RelationType, Theme } from '../graph/types.ts';
import type { AtlasState } from './store.ts';

export interface FilterSlice {
  filters: Filters;
  toggleRelationType: (type: RelationType) => void;
  toggleKind: (kind: NodeKind) => void;
  toggleModality: (modality: Modality) => void;
  toggleTheme: (theme: Theme) => void;
  togglePillar: (pillar: Pillar) => void;
  toggleRegion: (region: Region) => void;
  setPeriod: (period: Filters['period']) => void;
  setHideIsolated: (hide: boolean) => void;
  setFilters: (filters: Filters) => void;
  resetFilters: () => void;
}

export function toggled<T>(set: ReadonlySet<T>, value: T): Set<T> {
  const next = new Set(set);
  if (!next.delete(value)) next.add(value);
  return next;
}

type SetKey = 'hiddenTypes' | 'hiddenKinds' | 'modalities' | 'themes' | 'pillars' | 'regions';

export const createFilterSlice: StateCreator<AtlasState, [], [], FilterSlice> = (set) => {
  const toggle =
    <T>(key: SetKey) =>
    (value: T) =>
      set((state) => ({ filters: { ...state.filters, [key]: toggled(state.filters[key] as ReadonlySet<T>, value) } }));
  return {
    filters: EMPTY_FILTERS,
    toggleRelationType: toggle<RelationType>('hiddenTypes'),
    toggleKind: toggle<NodeKind>('hiddenKinds'),
    toggleModality: toggle<Modality>('modalities'),
    toggleTheme: toggle<Theme>('themes'),
    togglePillar: toggle<Pillar>('pillars'),
    toggleRegion: toggle<Region>('regions'),
    setPeriod: (period) => set((state) => ({ filters: { ...state.filters, period } })),
    setHideIsolated: (hideIsolated) => set((state) => ({ filters: { ...state.filters, hideIsolated } })),
    setFilters: (filters) => set({ filters }),
    resetFilters: () => set({ filters: EMPTY_FILTERS }),
  };
};
