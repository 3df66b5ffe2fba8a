// @vitest-environment jsdom
// Rendered in a pseudo-language (every message in ⟪ ⟫), a panel shows no English word of its own: what
// is left outside the brackets is data (names, quotes, titles). One case per panel; it fails on any
// hard-coded string a translator cannot reach.
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { useAtlas } from '../../src/store/store.ts';
import { SearchBox } from '../../src/panels/SearchBox.tsx';

import { dataStrings, untranslated } from './pseudo.ts';
import { pseudoLanguageSuite } from './pseudo-suite.ts';

const suite = pseudoLanguageSuite();

// The panels of each area have their own file beside this one (untranslated-<area>.test.tsx).
const cases: [string, () => ReactElement, () => void][] = [
  ['search', () => <SearchBox />, () => useAtlas.setState({ query: 'Bra' })],
  ['search without a match', () => <SearchBox />, () => useAtlas.setState({ query: 'zzzz' })],
];

describe('every panel speaks the chosen language', () => {
  it.each(cases)('%s', (_, element, arrange) => {
    arrange();
    const { container } = render(element());
    expect(untranslated(container, dataStrings(suite.graph))).toEqual([]);
  });
});
