// The presentation's link parameters, beside the view's (url-state.ts): `tour=ID&step=N` (step from 1,
// as the counter shows it), `play` (autoplay), `kiosk`, `idle=SECONDS` and the test hook `stepms=MS`.
// They are not ViewState fields: a step *produces* a view state, and a kiosk is a mode of the device.
import type { AtlasStore } from './store.ts';
import { DEFAULT_IDLE_MS, type KioskConfig } from './presentation-slice.ts';
import type { TourPosition } from './tour-view.ts';
import { ignored, reason, type Message } from './message.ts';
import { shown } from './url-codec.ts';

export const PRESENTATION_PARAMS = ['tour', 'step', 'play', 'kiosk', 'idle', 'stepms'] as const;

export interface PresentationLink {
  presenting: TourPosition | null;
  autoplay: boolean;
  kiosk: KioskConfig | null;
  stepMs: number | null;
  notices: Message[];
}

function positive(value: string | null, param: string, max: number, notices: Message[]): number | null {
  if (value === null) return null;
  const number = Number(value);
  if (value !== '' && Number.isFinite(number) && number > 0 && number <= max) return number;
  notices.push(ignored(param, reason('number', { max })));
  return null;
}

export function decodePresentation(search: string, tours: readonly { id: string; steps: unknown[] }[]) {
  const params = new URLSearchParams(search);
  const notices: Message[] = [];
  const link: PresentationLink = { presenting: null, autoplay: params.has('play'), kiosk: null, stepMs: null, notices };
  if (params.has('kiosk')) {
    const idle = positive(params.get('idle'), 'idle', 86_400, notices);
    link.kiosk = { idleMs: idle === null ? DEFAULT_IDLE_MS : idle * 1000 };
  } else if (params.has('idle')) notices.push(ignored('idle', reason('onlyWith', { param: 'kiosk' })));
  link.stepMs = positive(params.get('stepms'), 'stepms', 600_000, notices);
  const id = params.get('tour');
  if (id !== null) {
    const tour = tours.find((t) => t.id === id);
    if (!tour) notices.push(ignored('tour', reason('noTour', { value: shown(id) })));
    else {
      const step = params.has('step') ? positive(params.get('step'), 'step', tour.steps.length, notices) : 1;
      link.presenting = { tour: id, step: Math.trunc(step ?? 1) - 1 };
    }
  }
  return link;
}

/** The presentation part of the link; the kiosk's attract loop is not written (a reload starts it anyway). */
export function encodePresentation(state: {
  presenting: TourPosition | null;
  attract: boolean;
  autoplay: boolean;
  kiosk: KioskConfig | null;
  stepMs: number | null;
}): string {
  const parts: string[] = [];
  if (state.presenting && !state.attract) {
    parts.push(`tour=${encodeURIComponent(state.presenting.tour)}`, `step=${state.presenting.step + 1}`);
    if (state.autoplay) parts.push('play');
  }
  if (state.kiosk) {
    parts.push('kiosk');
    if (state.kiosk.idleMs !== DEFAULT_IDLE_MS) parts.push(`idle=${state.kiosk.idleMs / 1000}`);
  }
  if (state.stepMs !== null) parts.push(`stepms=${state.stepMs}`);
  return parts.join('&');
}

/** Applies the presentation part of a link (on load, back and forward). */
export function applyPresentationUrl(store: AtlasStore, search: string): void {
  const state = store.getState();
  const link = decodePresentation(search, state.tours);
  state.setKiosk(link.kiosk, link.stepMs);
  if (link.presenting) {
    const { tour, step } = link.presenting;
    if (state.presenting?.tour !== tour || state.presenting.step !== step || state.attract)
      state.present(tour, step, { autoplay: link.autoplay });
  } else if (state.presenting && !state.attract) state.stopPresenting();
  if (link.kiosk && !store.getState().presenting) store.getState().startAttract();
  store.getState().addNotices(link.notices);
}
