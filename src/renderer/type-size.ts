// Follows the store's large-type flag (presenting, kiosk) with sigma's label settings, and redraws
// when the canvas changes size (the stage hides the panels beside it).
import type Sigma from 'sigma';
import type { AtlasStore } from '../store/store.ts';
import { selectLargeType } from '../store/presentation-slice.ts';
import type { EdgeAttributes, NodeAttributes } from '../graph/types.ts';
import { TYPE_SETTINGS } from './settings.ts';

export function followTypeSize(sigma: Sigma<NodeAttributes, EdgeAttributes>, store: AtlasStore, element: HTMLElement) {
  let large = selectLargeType(store.getState());
  sigma.setSettings(TYPE_SETTINGS[large ? 'large' : 'normal']);
  const unsubscribe = store.subscribe((state) => {
    if (selectLargeType(state) === large) return;
    large = !large;
    sigma.setSettings(TYPE_SETTINGS[large ? 'large' : 'normal']);
  });
  const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => sigma.scheduleRefresh());
  observer?.observe(element);
  return () => {
    unsubscribe();
    observer?.disconnect();
  };
}
