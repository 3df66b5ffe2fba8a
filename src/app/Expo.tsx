// Expo mode's wiring (composition root): the presenter's keys and full screen, autoplay, the kiosk's
// idle logic and touch-only behaviour, and the stage mode the style sheet follows (html[data-expo]).
import { useEffect, useLayoutEffect } from 'react';
import { useAtlas } from '../store/store.ts';
import { startAutoplay } from '../store/autoplay.ts';
import { startKiosk } from '../store/kiosk.ts';
import { presenterAction, type PresenterAction } from '../panels/presenter-keys.ts';
import { PresenterStage } from '../panels/PresenterStage.tsx';
import { KioskStart } from '../panels/KioskStart.tsx';
import './expo.css';

function toggleFullscreen() {
  const done = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen();
  // Refused without a user gesture or by policy: the stage works the same in a window.
  done?.catch(() => {});
}

function act(action: PresenterAction) {
  const s = useAtlas.getState();
  const last = (s.tours.find((t) => t.id === s.presenting?.tour)?.steps.length ?? 1) - 1;
  const run: Record<PresenterAction, () => void> = {
    next: s.nextStep,
    previous: s.previousStep,
    first: () => s.goToStep(0),
    last: () => s.goToStep(last),
    blank: s.toggleBlank,
    fullscreen: toggleFullscreen,
    play: () => s.setAutoplay(!s.autoplay),
    exit: s.stopPresenting,
  };
  run[action]();
}

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

export function Expo() {
  const presenting = useAtlas((s) => s.presenting !== null);
  const attract = useAtlas((s) => s.attract);
  const kiosk = useAtlas((s) => s.kiosk);

  useEffect(() => {
    const stop = startAutoplay(useAtlas);
    return stop;
  }, []);
  // Before the first paint: a touch on the attract loop as soon as it shows must wake it.
  useLayoutEffect(() => {
    if (!kiosk) return;
    const stop = startKiosk(useAtlas);
    return stop;
  }, [kiosk]);

  // Before paint and before sigma is created (a passive effect): the first frame is framed on the stage's layout.
  useLayoutEffect(() => {
    const mode = [kiosk && 'kiosk', presenting && 'present'].filter(Boolean).join(' ');
    if (mode) document.documentElement.dataset.expo = mode;
    else delete document.documentElement.dataset.expo;
    return () => void delete document.documentElement.dataset.expo;
  }, [kiosk, presenting]);

  useEffect(() => {
    if (!kiosk) return;
    const noMenu = (event: Event) => event.preventDefault();
    window.addEventListener('contextmenu', noMenu);
    return () => window.removeEventListener('contextmenu', noMenu);
  }, [kiosk]);

  useEffect(() => {
    if (!presenting || attract) return;
    const onKey = (event: KeyboardEvent) => {
      const action = presenterAction(event);
      if (!action || typing(event.target) || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      event.stopPropagation();
      act(action);
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [presenting, attract]);

  return (
    <>
      <PresenterStage />
      <KioskStart />
    </>
  );
}
