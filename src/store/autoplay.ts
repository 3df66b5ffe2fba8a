// Autoplay: while a tour plays by itself (a presenter's "Play", the kiosk's attract loop), advances
// to the next step after the step's duration (or the `stepms` test hook). Paused while blanked.
import type { AtlasStore } from './store.ts';
import { stepDurationMs } from './tour-view.ts';

export function startAutoplay(store: AtlasStore): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    const { presenting, autoplay, blanked, tours, stepMs } = store.getState();
    if (!presenting || !autoplay || blanked) return;
    const step = tours.find((tour) => tour.id === presenting.tour)?.steps[presenting.step];
    if (!step) return;
    timer = setTimeout(() => store.getState().nextStep(), stepMs ?? stepDurationMs(step));
  };
  schedule();
  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.presenting !== previous.presenting ||
      state.autoplay !== previous.autoplay ||
      state.blanked !== previous.blanked ||
      state.stepMs !== previous.stepMs
    )
      schedule();
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
