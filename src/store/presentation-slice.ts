// Presentation state beside the view: the tours, the tour step on stage, whether it plays by itself
// (a presenter's autoplay, the kiosk's attract loop), the blanked screen, and the kiosk's settings.
// A step is applied through the view actions (setView, frameNodes), so links and highlights follow.
import type { StateCreator } from 'zustand';
import type { Tour } from '../graph/tours.ts';
import type { AtlasState } from './store.ts';
import { selectHighlight } from './highlight.ts';
import { nextInLoop, stepFrame, stepView, type TourPosition } from './tour-view.ts';
import { DEFAULT_VIEW, viewOf } from './view-state.ts';

export interface KioskConfig {
  /** Milliseconds without a touch before the attract loop starts again. */
  idleMs: number;
}

export const DEFAULT_IDLE_MS = 60_000;

export interface PresentationSlice {
  tours: Tour[];
  presenting: TourPosition | null;
  /** Steps advance by themselves (after each step's duration). */
  autoplay: boolean;
  /** The kiosk's attract loop: after a tour's last step comes the next tour. */
  attract: boolean;
  blanked: boolean;
  kiosk: KioskConfig | null;
  /** Test hook (`stepms`): every step lasts this long when playing by itself. */
  stepMs: number | null;
  setTours: (tours: Tour[]) => void;
  present: (tour: string, step?: number, options?: { autoplay?: boolean; attract?: boolean }) => void;
  goToStep: (step: number) => void;
  nextStep: () => void;
  previousStep: () => void;
  stopPresenting: () => void;
  toggleBlank: () => void;
  setAutoplay: (on: boolean) => void;
  setKiosk: (kiosk: KioskConfig | null, stepMs?: number | null) => void;
  /** Starts the attract loop (with the tour after the one last shown). */
  startAttract: () => void;
  /** A touch during the attract loop: stop it and clear the stage for a visitor. */
  wake: () => void;
}

const clamp = (value: number, max: number) => Math.max(0, Math.min(max, Math.trunc(value) || 0));

export const createPresentationSlice: StateCreator<AtlasState, [], [], PresentationSlice> = (set, get) => {
  let lastAttract: TourPosition | null = null;
  const show = (at: TourPosition) => {
    const tour = get().tours.find((t) => t.id === at.tour);
    if (!tour) return;
    const step = tour.steps[clamp(at.step, tour.steps.length - 1)]!;
    set({ presenting: { tour: tour.id, step: tour.steps.indexOf(step) }, blanked: false });
    get().setView(stepView(step, viewOf(get())));
    const nodes = stepFrame(step, selectHighlight(get())?.nodes ?? null);
    if (nodes.length > 0) get().frameNodes(nodes);
  };
  const tourOf = () => get().tours.find((t) => t.id === get().presenting?.tour);
  return {
    tours: [],
    presenting: null,
    autoplay: false,
    attract: false,
    blanked: false,
    kiosk: null,
    stepMs: null,
    setTours: (tours) => set({ tours }),
    present: (tour, step = 0, options) => {
      set({ autoplay: options?.autoplay ?? false, attract: options?.attract ?? false });
      show({ tour, step });
    },
    goToStep: (step) => {
      const at = get().presenting;
      if (at) show({ tour: at.tour, step });
    },
    nextStep: () => {
      const { presenting: at, attract } = get();
      const tour = tourOf();
      if (!at || !tour) return;
      if (attract) {
        lastAttract = nextInLoop(get().tours, at);
        if (lastAttract) show(lastAttract);
      } else if (at.step + 1 < tour.steps.length) show({ tour: at.tour, step: at.step + 1 });
      else set({ autoplay: false });
    },
    previousStep: () => {
      const at = get().presenting;
      if (at && at.step > 0) show({ tour: at.tour, step: at.step - 1 });
    },
    stopPresenting: () => {
      if (!get().presenting) return;
      set({ presenting: null, autoplay: false, attract: false, blanked: false });
      get().setView({ ...DEFAULT_VIEW, programPreference: get().programPreference });
      get().moveCamera({ kind: 'reset' });
    },
    toggleBlank: () => set((s) => ({ blanked: s.presenting ? !s.blanked : false })),
    setAutoplay: (autoplay) => set({ autoplay }),
    setKiosk: (kiosk, stepMs = null) => set({ kiosk, stepMs }),
    startAttract: () => {
      const at = nextInLoop(get().tours, lastAttract ? { tour: lastAttract.tour, step: Infinity } : null);
      if (!at) return;
      lastAttract = at;
      get().present(at.tour, 0, { autoplay: true, attract: true });
    },
    wake: () => {
      if (get().attract) get().stopPresenting();
    },
  };
};

/** Large type on the canvas and in captions: while presenting and on a kiosk. */
export const selectLargeType = (s: PresentationSlice): boolean => s.kiosk !== null || s.presenting !== null;
