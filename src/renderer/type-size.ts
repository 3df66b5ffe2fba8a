// Follows the store's large-type flag (presenting, kiosk) with sigma's label settings, and redraws
// when the canvas changes size (the stage hides the panels beside it).
import type Sigma from 'sigma';
import type { AtlasStore } from '../store/store.ts';
import { selectLargeType } from '../store/presentation-slice.ts';
import type { EdgeAttributes, NodeAttributes } from '../graph/types.ts';
import { TYPE_SETTINGS } from './settings.ts';

export function followTypeSize(sigma: Sigma<NodeAttributes, EdgeAttributes>, store: AtlasStore, element: HTMLElement) {
  // The settings for the current size went into sigma's constructor (typeSettings): changing them
  // here would process and draw the whole graph a second time right after the first frame.
  let large = selectLargeType(store.getState());
  const unsubscribe = store.subscribe((state) => {
    if (selectLargeType(state) === large) return;
    large = !large;
    sigma.setSettings(TYPE_SETTINGS[large ? 'large' : 'normal']);
  });
  // A ResizeObserver reports once when it starts observing: that size is the one sigma just drew.
  let first = true;
  const observer =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver(() => {
          if (first) first = false;
          else sigma.scheduleRefresh();
        });
  observer?.observe(element);
  return () => {
    unsubscribe();
    observer?.disconnect();
  };
}

/** The label settings for the store's current type size, for sigma's constructor. */
export const typeSettings = (store: AtlasStore) =>
  TYPE_SETTINGS[selectLargeType(store.getState()) ? 'large' : 'normal'];
