// The set-up the pseudo-language component tests share: each test starts on the test graph, loaded in the
// store, with the interface in the pseudo-language; React trees unmount before the language changes back.
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import type { AtlasGraph } from '../../src/graph/types.ts';
import { makeGraph } from '../fixtures/graph.ts';
import { resetAtlas } from '../fixtures/atlas.ts';
import { leavePseudoLanguage, usePseudoLanguage } from './pseudo.ts';

export function pseudoLanguageSuite(): { readonly graph: AtlasGraph } {
  let graph: AtlasGraph;
  beforeEach(async () => {
    graph = makeGraph();
    resetAtlas(graph);
    await usePseudoLanguage();
  });
  afterEach(async () => {
    cleanup();
    await leavePseudoLanguage();
  });
  return {
    get graph() {
      return graph;
    },
  };
}
