// The shared link: the configured base address is checked (http/https only, no query, fragment or
// credentials) with an error naming config.json's field; the link carries exactly the view and
// decodes back to it; a missing or broken config.json falls back to the page's own address.
import { describe, expect, it } from 'vitest';
import {
  fetchShareBase,
  isLocalAddress,
  pageBase,
  parseShareBase,
  resolveShareBase,
  shareLink,
} from '../../src/store/share-link.ts';
import { decodeView } from '../../src/store/url-state.ts';
import { DEFAULT_VIEW, type ViewState } from '../../src/store/view-state.ts';
import { EMPTY_FILTERS } from '../../src/graph/filters.ts';
import { makeGraph } from '../fixtures/graph.ts';

const PAGE = 'http://localhost:4173/index.html?node=bra#x';

describe('base address validation', () => {
  it('accepts http and https addresses and gives a bare path a trailing slash', () => {
    expect(parseShareBase('https://atlas.example.org')).toEqual({ base: 'https://atlas.example.org/' });
    expect(parseShareBase(' https://example.org/expo/atlas ')).toEqual({ base: 'https://example.org/expo/atlas/' });
    expect(parseShareBase('http://10.0.0.5:8080/atlas/index.html')).toEqual({
      base: 'http://10.0.0.5:8080/atlas/index.html',
    });
  });

  it.each([
    ['ftp://example.org/', 'http or https address, not ftp'],
    ['javascript:alert(1)', 'http or https address, not javascript'],
    ['example.org/atlas', 'not an absolute address'],
    ['https://example.org/?node=bra', 'must not carry a query'],
    ['https://example.org/#top', 'must not carry a query (?…) or fragment'],
    ['https://user:pw@example.org/', 'must not carry a user name or password'],
  ])('rejects %s, naming config.json and the field', (value, why) => {
    const result = parseShareBase(value);
    expect(result).toHaveProperty('problem');
    const problem = (result as { problem: string }).problem;
    expect(problem).toContain('config.json: "shareBase"');
    expect(problem).toContain(why);
  });

  it('rejects a value that is not text', () => {
    expect(parseShareBase(42)).toEqual({ problem: 'config.json: "shareBase" must be a text, not 42' });
  });

  it('falls back to the page address when nothing or something invalid is configured', () => {
    expect(pageBase(PAGE)).toBe('http://localhost:4173/index.html');
    expect(resolveShareBase('', PAGE)).toEqual({
      base: 'http://localhost:4173/index.html',
      problem: null,
      configured: false,
    });
    const bad = resolveShareBase('ftp://x.org/', PAGE);
    expect(bad.base).toBe('http://localhost:4173/index.html');
    expect(bad.problem).toMatch(/ftp/);
    expect(resolveShareBase('https://x.org/a/', PAGE)).toEqual({
      base: 'https://x.org/a/',
      problem: null,
      configured: true,
    });
  });
});

describe('the shared link', () => {
  const graph = makeGraph();
  const view: ViewState = {
    ...DEFAULT_VIEW,
    filters: { ...EMPTY_FILTERS, hiddenTypes: new Set(['funding']), hiddenKinds: new Set(['forum']) },
    selectedNode: 'pry',
    camera: { x: 0.4, y: 0.6, ratio: 0.5 },
  };

  it('carries exactly the view and decodes back to it', () => {
    const link = shareLink('https://atlas.example.org/', view);
    expect(link.startsWith('https://atlas.example.org/?')).toBe(true);
    const decoded = decodeView(new URL(link).search, graph);
    expect(decoded.notices).toEqual([]);
    expect(decoded.view).toEqual(view);
  });

  it('is the bare base address for the default view', () => {
    expect(shareLink('https://atlas.example.org/', DEFAULT_VIEW)).toBe('https://atlas.example.org/');
  });

  it('tells local addresses, which a phone cannot open, from public ones', () => {
    expect(isLocalAddress('http://localhost:4173/')).toBe(true);
    expect(isLocalAddress('http://127.0.0.1:4173/?node=bra')).toBe(true);
    expect(isLocalAddress('http://[::1]:4173/')).toBe(true);
    expect(isLocalAddress('http://192.168.1.20:4173/')).toBe(false);
    expect(isLocalAddress('https://atlas.example.org/')).toBe(false);
  });
});

describe('reading config.json', () => {
  const answer = (status: number, body: string) => (async () => new Response(body, { status })) as typeof fetch;

  it('uses a valid shareBase', async () => {
    const found = await fetchShareBase(PAGE, answer(200, '{"shareBase":"https://atlas.example.org/expo"}'));
    expect(found).toEqual({ base: 'https://atlas.example.org/expo/', problem: null, configured: true });
  });

  it('treats a missing file or an empty value as "use this page\'s address", without a problem', async () => {
    for (const fetcher of [answer(404, ''), answer(200, '{"shareBase":""}'), answer(200, '{}')])
      expect(await fetchShareBase(PAGE, fetcher)).toEqual({
        base: 'http://localhost:4173/index.html',
        problem: null,
        configured: false,
      });
  });

  it('reports broken JSON, a wrong shape and a failed request, naming config.json', async () => {
    const broken = await fetchShareBase(PAGE, answer(200, '{"shareBase": '));
    expect(broken.problem).toMatch(/^config\.json could not be read: /);
    const shape = await fetchShareBase(PAGE, answer(200, '"https://x.org/"'));
    expect(shape.problem).toMatch(/^config\.json must hold an object/);
    const failed = await fetchShareBase(PAGE, answer(500, ''));
    expect(failed.problem).toBe('config.json could not be read: the server answered 500');
    for (const result of [broken, shape, failed]) expect(result.base).toBe('http://localhost:4173/index.html');
  });
});
