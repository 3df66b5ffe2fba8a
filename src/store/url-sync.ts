// Keeps the URL and the store in step: a new selection pushes a history entry (so back and
// forward step through selections); filters, search and camera replace the current one.
import { decodeUrlView, encodeUrlView, type UrlView } from './url-state.ts';
import type { AtlasState, AtlasStore } from './store.ts';
import { selectArrangements } from './selectors.ts';

const viewOf = (s: AtlasState): UrlView => ({
  filters: s.filters,
  selectedNode: s.selectedNode,
  selectedEdge: s.selectedEdge,
  query: s.query,
  camera: s.camera,
  programPreference: s.programPreference,
  colorBy: s.colorBy,
  sizeBy: s.sizeBy,
  arrangement: s.activeArrangement?.replace(/^triangular:/, '') ?? null,
});

export function applyUrl(store: AtlasStore, search: string): void {
  const { graph } = store.getState();
  const { view, notices } = decodeUrlView(search, graph);
  const { arrangement, ...rest } = view;
  // Keep the current filters object when the link asks for the same filters: a new object would
  // make every consumer (the renderer included) recompute for nothing.
  const current = store.getState();
  const sameFilters = encodeUrlView({ ...view, filters: current.filters }) === encodeUrlView(view);
  store.setState({
    ...rest,
    filters: sameFilters ? current.filters : view.filters,
    ...(current.highlight || current.activeArrangement || current.pathQuery
      ? { highlight: null, activeArrangement: null, pathQuery: null }
      : {}),
  });
  const shown =
    arrangement && graph ? selectArrangements(store.getState()).find((a) => a.initiative === arrangement) : undefined;
  if (shown) store.getState().showArrangement(shown, { frame: !view.camera });
  else if (view.selectedNode && !view.camera) store.getState().frameNodes([view.selectedNode]);
  store.getState().addNotices(notices);
}

/** Starts syncing; returns a function that stops it. Call once the graph is loaded. */
export function startUrlSync(store: AtlasStore, win: Window = window): () => void {
  applyUrl(store, win.location.search);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = (push: boolean) => {
    const encoded = encodeUrlView(viewOf(store.getState()));
    const url = `${win.location.pathname}${encoded ? `?${encoded}` : ''}${win.location.hash}`;
    if (url === `${win.location.pathname}${win.location.search}${win.location.hash}`) return;
    if (push) win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.selectedNode !== previous.selectedNode || state.selectedEdge !== previous.selectedEdge) {
      clearTimeout(timer);
      write(true);
    } else if (
      state.filters !== previous.filters ||
      state.query !== previous.query ||
      state.camera !== previous.camera ||
      state.programPreference !== previous.programPreference ||
      state.colorBy !== previous.colorBy ||
      state.sizeBy !== previous.sizeBy ||
      state.activeArrangement !== previous.activeArrangement
    ) {
      clearTimeout(timer);
      timer = setTimeout(() => write(false), 250);
    }
  });
  const onPop = () => applyUrl(store, win.location.search);
  win.addEventListener('popstate', onPop);
  return () => {
    clearTimeout(timer);
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}
