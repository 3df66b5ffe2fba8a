// The kiosk's idle logic: any touch, key or wheel stops the attract loop (the visitor gets the start
// screen) and restarts the idle timer; after the idle time without one, the attract loop starts
// again, unless a tour the visitor chose is still playing.
import type { AtlasStore } from './store.ts';
import { createIdleWatch } from './idle-watch.ts';

const INPUTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

export function startKiosk(store: AtlasStore, win: Window = window): () => void {
  const kiosk = store.getState().kiosk;
  if (!kiosk) return () => {};
  const idle = createIdleWatch(kiosk.idleMs, () => {
    const { presenting, autoplay, attract } = store.getState();
    if (attract) return;
    if (presenting && autoplay) idle.poke();
    else store.getState().startAttract();
  });
  const onInput = () => {
    if (store.getState().attract) store.getState().wake();
    idle.poke();
  };
  for (const type of INPUTS) win.addEventListener(type, onInput, { capture: true, passive: true });
  return () => {
    idle.stop();
    for (const type of INPUTS) win.removeEventListener(type, onInput, { capture: true });
  };
}
