// Notices are short, shown once each and few: a 300-character link value is cut, a repeated
// notice is not stacked, and the oldest drop out past the cap.
import { describe, expect, it } from 'vitest';
import {
  MAX_NOTICES,
  MAX_NOTICE_LENGTH,
  MAX_VALUE_LENGTH,
  mergeNotices,
  shortenNotice,
} from '../../src/store/notices.ts';
import { createAtlasStore } from '../../src/store/store.ts';
import { decodeView } from '../../src/store/url-state.ts';
import { makeGraph } from '../fixtures/graph.ts';

const long = 'x'.repeat(300);

describe('shortenNotice', () => {
  it('cuts a long quoted value with an ellipsis and keeps the rest of the sentence', () => {
    const notice = shortenNotice(`Ignored link parameter "node": no node "${long}" in this graph.`);
    expect(notice).toBe(`Ignored link parameter "node": no node "${'x'.repeat(MAX_VALUE_LENGTH - 1)}…" in this graph.`);
  });

  it('leaves short values, escaped quotes and short notices alone', () => {
    const notice = 'Ignored link parameter "hide": "a\\"b", "c" not among funding, hosting.';
    expect(shortenNotice(notice)).toBe(notice);
  });

  it('cuts an unquoted long notice as a whole, counting characters, not UTF-16 units', () => {
    const notice = shortenNotice(`Problem: ${'é🙂'.repeat(400)}`);
    expect([...notice]).toHaveLength(MAX_NOTICE_LENGTH);
    expect(notice.endsWith('…')).toBe(true);
    expect(notice).not.toMatch(/[\uD800-\uDBFF]…$/);
  });
});

describe('mergeNotices', () => {
  it('shows the same text once, the repeat moved to the newest place', () => {
    expect(mergeNotices(['a', 'b'], ['a', 'c', 'c'])).toEqual(['b', 'a', 'c']);
  });

  it(`keeps at most ${MAX_NOTICES}, dropping the oldest`, () => {
    const many = Array.from({ length: 9 }, (_, i) => `notice ${i}`);
    expect(mergeNotices([], many)).toEqual(many.slice(-MAX_NOTICES));
    expect(mergeNotices(many.slice(0, 3), many.slice(3, 5), 4)).toEqual(many.slice(1, 5));
  });

  it('treats a long value and its cut form as the same notice', () => {
    const notice = `no node "${long}"`;
    expect(mergeNotices(mergeNotices([], [notice]), [notice])).toHaveLength(1);
  });
});

describe('the store', () => {
  it('shows one short notice however often a bad link is decoded (back and forward)', () => {
    const store = createAtlasStore();
    const graph = makeGraph();
    for (let step = 0; step < 6; step++) store.getState().addNotices(decodeView(`?node=${long}`, graph).notices);
    const { notices } = store.getState();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^Ignored link parameter "node"/);
    expect(notices[0]!.length).toBeLessThan(MAX_VALUE_LENGTH + 60);
  });
});
