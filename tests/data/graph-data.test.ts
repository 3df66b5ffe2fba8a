// The real curated data: it passes the check, keeps known facts with their quotes, carries no
// personal contact data, and the sources are the seed documents with contacts removed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraphJson } from '../../src/pipeline/data.ts';
import { loadGraph } from '../../src/graph/load.ts';
import { findContacts, redactContacts } from '../../src/graph/redact.ts';
import type { AtlasGraph } from '../../src/graph/types.ts';

let json = '';
let graph: AtlasGraph;
beforeAll(() => {
  const built = buildGraphJson('graph-data');
  expect(built.problems).toEqual([]);
  json = built.json!;
  graph = loadGraph(json).graph;
});

const edge = (type: string, source: string, target: string) =>
  graph
    .filterOutEdges(source, (_e, a, _s, t) => a.type === type && t === target)
    .map((e) => graph.getEdgeAttributes(e));

describe('graph-data/', () => {
  it('builds with no problems into a graph that loads with no problems', () => {
    expect(loadGraph(json).report.problems).toEqual([]);
  });

  it('is a rich graph: several hundred nodes and edges of every kind and core type', () => {
    expect(graph.order).toBeGreaterThan(300);
    expect(graph.size).toBeGreaterThan(300);
    const kinds = new Set(graph.mapNodes((_n, a) => a.kind));
    expect([...kinds].sort()).toEqual(['country', 'forum', 'initiative', 'organization']);
    const types = new Set(graph.mapEdges((_e, a) => a.type));
    for (const type of ['membership', 'hosting', 'funding', 'knowledge_transfer'])
      expect(types.has(type as never)).toBe(true);
  });

  it('has Brazil → Paraguay knowledge transfer within an initiative, with its quote', () => {
    const [transfer] = edge('knowledge_transfer', 'bra', 'pry');
    expect(transfer).toBeDefined();
    expect(graph.getNodeAttribute(transfer!.initiative!, 'kind')).toBe('initiative');
    expect(transfer!.evidence.some((e) => e.source === 'good-practices-2013' && /Paraguay/.test(e.quote))).toBe(true);
  });

  it('has the US Department of Labor funding the Lusophone Africa child-labour project', () => {
    const funded = graph.outNeighbors('usdol').filter((n) => edge('funding', 'usdol', n).length > 0);
    const lusophone = funded.find((n) => /lusophone/i.test(graph.getNodeAttribute(n, 'label')));
    expect(lusophone).toBeDefined();
    expect(graph.getNodeAttribute(lusophone!, 'themes')).toContain('child-labour');
    expect(edge('funding', 'usdol', lusophone!)[0]!.evidence[0]!.quote).toMatch(/USDOL|Department of Labor/);
  });

  it('has Kenya → Zambia and COTU → ZCTU knowledge transfers in the same initiative', () => {
    const [countries] = edge('knowledge_transfer', 'ken', 'zmb');
    const [unions] = edge('knowledge_transfer', 'cotu', 'zctu');
    expect(countries?.initiative).toBeDefined();
    expect(unions?.initiative).toBe(countries?.initiative);
    expect(graph.getNodeAttribute('cotu', 'country')).toBe('ken');
    expect(graph.getNodeAttribute('zctu', 'country')).toBe('zmb');
  });

  it('gives every country its ISO code, region and North/South, and every knowledge transfer an initiative', () => {
    graph.forEachNode((node, a) => {
      if (a.kind === 'country') expect([a.iso3, a.region, a.northSouth].every(Boolean), node).toBe(true);
    });
    graph.forEachEdge((e, a) => {
      if (a.type === 'knowledge_transfer') expect(a.initiative, e).toBeDefined();
    });
  });

  it('contains no e-mail address or phone number', () => {
    expect(findContacts(json)).toEqual([]);
    for (const file of readdirSync('graph-data/sources'))
      expect(findContacts(readFileSync(join('graph-data/sources', file), 'utf8')), file).toEqual([]);
    for (const file of readdirSync('graph-data/curated'))
      expect(findContacts(readFileSync(join('graph-data/curated', file), 'utf8')), file).toEqual([]);
  });

  const seeds = join('..', 'shared', 'seeds');
  it.runIf(existsSync(seeds))('keeps the sources byte for byte as the seeds, contacts removed', () => {
    const manifest = readFileSync('graph-data/sources.yaml', 'utf8');
    const pairs = [...manifest.matchAll(/file: (\S+)\n\s+seed: (\S+)/g)];
    expect(pairs).toHaveLength(5);
    for (const [, file, seed] of pairs)
      expect(readFileSync(join('graph-data/sources', file!), 'utf8')).toBe(
        redactContacts(readFileSync(join(seeds, seed!), 'utf8')),
      );
  });
});
