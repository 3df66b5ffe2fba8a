// Search: labels and aliases, case- and accent-insensitive, typo-tolerant, reporting the alias.
import { describe, expect, it } from 'vitest';
import { boundedDistance, createSearchIndex, searchNodes } from '../../src/graph/search.ts';
import { makeGraph } from '../fixtures/graph.ts';

const index = createSearchIndex(makeGraph());
const first = (query: string) => searchNodes(index, query)[0];

describe('searchNodes', () => {
  it('finds by label, case-insensitively, best match first', () => {
    expect(first('paraguay')).toMatchObject({ node: 'pry', alias: null });
    expect(first('PARA')?.node).toBe('pry');
  });

  it('finds by acronym and says which alias matched', () => {
    expect(first('ABC')).toMatchObject({ node: 'abc', alias: 'ABC', label: 'Brazilian Cooperation Agency' });
    expect(first('usdol')).toMatchObject({ node: 'usdol', alias: 'USDOL' });
  });

  it('ignores accents both ways', () => {
    expect(first('agencia brasileira')).toMatchObject({ node: 'abc', alias: 'Agência Brasileira de Cooperação' });
    expect(first('Brasíl')?.node).toBe('bra');
  });

  it('tolerates small typos', () => {
    expect(first('Paragauy')?.node).toBe('pry');
    expect(first('Mozambiqe')?.node).toBe('moz');
    expect(searchNodes(index, 'zzzzzz')).toEqual([]);
  });

  it('matches words inside names', () => {
    expect(searchNodes(index, 'labour').map((h) => h.node)).toEqual(expect.arrayContaining(['ilo', 'child', 'usdol']));
  });

  it('returns nothing for an empty query', () => {
    expect(searchNodes(index, '   ')).toEqual([]);
  });
});

describe('boundedDistance', () => {
  it('computes edit distance and stops past the bound', () => {
    expect(boundedDistance('kitten', 'sitting', 3)).toBe(3);
    expect(boundedDistance('kitten', 'sitting', 1)).toBe(2);
    expect(boundedDistance('same', 'same', 0)).toBe(0);
  });
});
