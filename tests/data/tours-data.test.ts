// The real tours (graph-data/tours/): at least five, each step's view highlights something on the
// real graph (so no step shows an empty stage) and frames nodes that exist.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraphJson } from '../../src/pipeline/data.ts';
import { loadGraph } from '../../src/graph/load.ts';
import { loadTours } from '../../src/graph/load-tours.ts';
import type { Tour } from '../../src/graph/tours.ts';
import { createAtlasStore } from '../../src/store/store.ts';
import { selectHighlight } from '../../src/store/highlight.ts';
import { renderView } from '../../src/renderer/render-view.ts';

let tours: Tour[];
let store: ReturnType<typeof createAtlasStore>;
beforeAll(() => {
  const built = buildGraphJson('graph-data');
  expect(built.problems).toEqual([]);
  const graph = loadGraph(built.json!).graph;
  const loaded = loadTours(built.toursJson!, 'tours.json', graph);
  expect(loaded.problems).toEqual([]);
  tours = loaded.tours;
  store = createAtlasStore();
  store.setState({ graph, status: 'ready', tours });
});

describe('graph-data/tours', () => {
  it('has at least five tours', () => {
    expect(tours.length).toBeGreaterThanOrEqual(5);
  });

  it('every step shows something bright and frames it', () => {
    for (const tour of tours)
      tour.steps.forEach((step, index) => {
        store.getState().present(tour.id, index);
        const at = `${tour.id} step ${index + 1}`;
        const focus = renderView(store.getState(), false).focus;
        expect(focus?.nodes.size ?? 0, at).toBeGreaterThan(1);
        if (step.view.analysis) expect(selectHighlight(store.getState())?.nodes.size ?? 0, at).toBeGreaterThan(1);
        const request = store.getState().cameraRequest;
        expect(request?.kind === 'frame' && request.nodes.length > 0, at).toBe(true);
      });
  });
});
