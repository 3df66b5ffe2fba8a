// Keyboard on the canvas: arrow keys step through the selected node's visible neighbours in
// alphabetical order (the one reached is hovered on the canvas), Enter selects it and opens its
// details; with nothing selected they start at the most connected visible node. Each step is announced
// in the language of the moment (announce.ts), in whose alphabetical order the neighbours are stepped.
import type { AtlasStore } from '../store/store.ts';
import { selectVisibility } from '../store/selectors.ts';
import { stepIndex, visibleDegree } from '../graph/neighbours.ts';
import { i18n } from '../i18n/i18n.ts';
import { describePosition, spokenNeighbours } from './announce.ts';

const STEPS: Record<string, 1 | -1> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

export function bindKeyboard(element: HTMLElement, store: AtlasStore, announce: (text: string) => void): () => void {
  let centre: string | null = null;
  let cursor = -1;
  let hovering = false;

  const context = () => {
    const state = store.getState();
    const visibility = selectVisibility(state);
    return { state, graph: state.graph!, visibility };
  };
  const neighboursOf = (node: string) => {
    const { graph, visibility } = context();
    return spokenNeighbours(graph, node, visibility, i18n.language);
  };
  const busiest = () => {
    const { graph, visibility } = context();
    let best: string | null = null;
    let most = -1;
    graph.forEachNode((node) => {
      if (visibility.hiddenNodes.has(node)) return;
      const degree = visibleDegree(graph, node, visibility.hiddenEdges);
      if (degree > most) [best, most] = [node, degree];
    });
    return best;
  };
  const say = () => {
    const { graph, visibility } = context();
    if (!centre || !graph.hasNode(centre)) return;
    const degree = visibleDegree(graph, centre, visibility.hiddenEdges);
    announce(describePosition(graph, centre, degree, neighboursOf(centre), cursor, i18n.t.bind(i18n), i18n.language));
  };
  const open = (node: string | null) => {
    if (!node) return;
    const { state } = context();
    if (hovering) state.hoverNode(null);
    hovering = false;
    [centre, cursor] = [node, -1];
    state.selectNode(node, { focus: true });
    say();
  };

  const onKey = (event: KeyboardEvent) => {
    const { state, graph } = context();
    if (!graph) return;
    if (state.selectedNode !== centre) [centre, cursor] = [state.selectedNode, -1];
    const step = STEPS[event.key];
    if (step === undefined && event.key !== 'Enter') return;
    event.preventDefault();
    if (!centre || !graph.hasNode(centre)) return open(busiest());
    const neighbours = neighboursOf(centre);
    if (event.key === 'Enter') return cursor >= 0 ? open(neighbours[cursor]?.node ?? null) : say();
    cursor = stepIndex(cursor, neighbours.length, step!);
    hovering = cursor >= 0;
    state.hoverNode(neighbours[cursor]?.node ?? null);
    say();
  };
  const onBlur = () => {
    if (hovering) store.getState().hoverNode(null);
    hovering = false;
  };
  element.addEventListener('keydown', onKey);
  element.addEventListener('blur', onBlur);
  return () => {
    element.removeEventListener('keydown', onKey);
    element.removeEventListener('blur', onBlur);
  };
}
