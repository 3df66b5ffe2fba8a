// Keeps the URL and the store in step: a new selection or analysis pushes a history entry (so back
// and forward step through them); filters, search, camera and the rest replace the current one.
import { decodeView, encodeView } from './url-state.ts';
import { applyPresentationUrl, encodePresentation } from './presentation-url.ts';
import type { AtlasStore } from './store.ts';
import { selectHighlight } from './highlight.ts';
import { sameFilter, sameIntent, viewOf, type ViewState } from './view-state.ts';

/** Applies a link's view; unchanged parts keep their objects so nothing recomputes for nothing. */
export function applyUrl(store: AtlasStore, search: string): void {
  const current = store.getState();
  const { view, notices } = decodeView(search, current.graph);
  const sameFilters = encodeView({ ...view, filters: current.filters }) === encodeView(view);
  const next: ViewState = {
    ...view,
    filters: sameFilters ? current.filters : view.filters,
    analysis: sameIntent(view.analysis, current.analysis) ? current.analysis : view.analysis,
    arrangementFilter: sameFilter(view.arrangementFilter, current.arrangementFilter)
      ? current.arrangementFilter
      : view.arrangementFilter,
  };
  store.getState().setView(next);
  if (!next.camera) {
    const highlight = selectHighlight(store.getState());
    if (highlight && highlight.nodes.size > 0) store.getState().frameNodes([...highlight.nodes]);
    else if (next.selectedNode) store.getState().frameNodes([next.selectedNode]);
    else if (current.camera) store.getState().moveCamera({ kind: 'reset' });
  }
  store.getState().addNotices(notices);
}

const PUSHED: (keyof ViewState)[] = ['selectedNode', 'selectedEdge', 'analysis'];
const REPLACED: (keyof ViewState)[] = [
  'filters',
  'query',
  'camera',
  'programPreference',
  'colorBy',
  'sizeBy',
  'tab',
  'arrangementFilter',
  'display',
  'layout',
  'flows',
];
const PRESENTATION_FIELDS = ['presenting', 'autoplay', 'kiosk', 'stepMs'] as const;

/** Starts syncing; returns a function that stops it. Call once the graph is loaded. */
export function startUrlSync(store: AtlasStore, win: Window = window): () => void {
  applyUrl(store, win.location.search);
  applyPresentationUrl(store, win.location.search);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = (push: boolean) => {
    const state = store.getState();
    // While a tour is on stage the link is the tour and step: the step gives the view.
    const view = state.presenting ? '' : encodeView(viewOf(state));
    const encoded = [encodePresentation(state), view].filter(Boolean).join('&');
    const url = `${win.location.pathname}${encoded ? `?${encoded}` : ''}${win.location.hash}`;
    if (url === `${win.location.pathname}${win.location.search}${win.location.hash}`) return;
    if (push) win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  };
  const unsubscribe = store.subscribe((state, previous) => {
    // Entering or leaving a tour pushes; a step (and the view it sets) replaces.
    const touring = state.presenting || previous.presenting;
    const push = touring
      ? state.presenting?.tour !== previous.presenting?.tour
      : PUSHED.some((field) => state[field] !== previous[field]);
    const replace = PRESENTATION_FIELDS.some((field) => state[field] !== previous[field]);
    if (push) {
      clearTimeout(timer);
      write(true);
    } else if (replace || [...PUSHED, ...REPLACED].some((field) => state[field] !== previous[field])) {
      clearTimeout(timer);
      timer = setTimeout(() => write(false), 250);
    }
  });
  const onPop = () => {
    applyUrl(store, win.location.search);
    applyPresentationUrl(store, win.location.search);
  };
  win.addEventListener('popstate', onPop);
  return () => {
    clearTimeout(timer);
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}
