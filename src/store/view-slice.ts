// View state beside the data: search text, camera, renderer program choice, the open tab, notices,
// and the document passage opened from a piece of evidence.
import type { StateCreator } from 'zustand';
import type { Evidence } from '../graph/types.ts';
import type { AtlasState } from './store.ts';
import type { CameraState, Display, FlowMode, Layout, ProgramPreference, Tab, ViewState } from './view-state.ts';
import type { Lang } from '../i18n/langs.ts';
import { mergeNotices, type Notice } from './notices.ts';
import type { ProgramReason } from './view-state.ts';

export type { CameraState, ProgramPreference } from './view-state.ts';

export interface ViewSlice {
  query: string;
  camera: CameraState | null;
  programPreference: ProgramPreference;
  /** The renderer's choice and why (translated where shown); `detail` is the technical part (the GPU driver string). */
  programStatus: { mode: 'fast' | 'quality'; reason: ProgramReason; items?: number; detail?: string } | null;
  tab: Tab;
  display: Display;
  lang: Lang;
  notices: Notice[];
  openEvidence: Evidence | null;
  layout: Layout;
  flows: FlowMode;
  setQuery: (query: string) => void;
  setCamera: (camera: CameraState | null) => void;
  setProgramPreference: (preference: ProgramPreference) => void;
  setProgramStatus: (status: ViewSlice['programStatus']) => void;
  setTab: (tab: Tab) => void;
  setDisplay: (display: Display) => void;
  /** Network or map; the renderer animates the nodes to their new places. */
  setLayout: (layout: Layout) => void;
  setFlows: (flows: FlowMode) => void;
  setLang: (lang: Lang) => void;
  /** Replaces the whole view state at once (a link, back/forward, a tour step). */
  setView: (view: ViewState) => void;
  addNotices: (notices: Notice[]) => void;
  dismissNotice: (index: number) => void;
  showEvidence: (evidence: Evidence | null) => void;
}

export const createViewSlice: StateCreator<AtlasState, [], [], ViewSlice> = (set) => ({
  query: '',
  camera: null,
  programPreference: 'auto',
  programStatus: null,
  tab: 'explore',
  display: 'graph',
  lang: 'en',
  notices: [],
  openEvidence: null,
  layout: 'network',
  flows: 'arcs',
  setQuery: (query) => set({ query }),
  setCamera: (camera) => {
    if (camera && ![camera.x, camera.y, camera.ratio].every(Number.isFinite)) return;
    set({ camera });
  },
  setProgramPreference: (programPreference) => set({ programPreference }),
  setProgramStatus: (programStatus) => set({ programStatus }),
  setTab: (tab) => set({ tab }),
  setDisplay: (display) => set({ display }),
  setLayout: (layout) => set({ layout }),
  setFlows: (flows) => set({ flows }),
  setLang: (lang) => set({ lang }),
  setView: (view) => set({ ...view }),
  addNotices: (notices) => {
    if (notices.length > 0) set((state) => ({ notices: mergeNotices(state.notices, notices) }));
  },
  dismissNotice: (index) => set((state) => ({ notices: state.notices.filter((_, i) => i !== index) })),
  showEvidence: (openEvidence) => set({ openEvidence }),
});
