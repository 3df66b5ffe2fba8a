// "Reset the view": the way back after a failure. Puts the view state back to the default (keeping
// the renderer choice, the open tab and the language), closes the document, and sends the camera home.
import type { AtlasStore } from './store.ts';
import { DEFAULT_VIEW } from './view-state.ts';

export function resetView(store: AtlasStore): void {
  const { programPreference, tab, lang } = store.getState();
  store.getState().setView({ ...DEFAULT_VIEW, programPreference, tab, lang });
  store.getState().showEvidence(null);
  store.getState().moveCamera({ kind: 'reset' });
}
