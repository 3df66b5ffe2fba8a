// "Reset the view": the way back after a failure. Clears the selection, the filters, the analysis
// shown, the search text and puts the camera home, through the store's own actions.
import type { AtlasStore } from './store.ts';
import type { CameraState } from './view-slice.ts';

/** Sigma's camera at rest: the whole graph framed. */
export const HOME_CAMERA: CameraState = { x: 0.5, y: 0.5, ratio: 1 };

export function resetView(store: AtlasStore): void {
  const state = store.getState();
  state.clearAnalysis();
  state.clearSelection();
  state.resetFilters();
  state.setQuery('');
  state.showEvidence(null);
  state.setCamera(HOME_CAMERA);
}
