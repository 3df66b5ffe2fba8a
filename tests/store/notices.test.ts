// Notices are short, shown once each and few: a 300-character link value is cut, a repeated
// notice is not stacked, and the oldest drop out past the cap. A notice is a key with values.
import { describe, expect, it } from 'vitest';
import {
  MAX_NOTICES,
  MAX_NOTICE_LENGTH,
  MAX_VALUE_LENGTH,
  mergeNotices,
  shortenNotice,
  shortenText,
  type Notice,
} from '../../src/store/notices.ts';
import { ignored, reason } from '../../src/store/message.ts';
import { createAtlasStore } from '../../src/store/store.ts';
import { decodeView } from '../../src/store/url-state.ts';
import { makeGraph } from '../fixtures/graph.ts';
import { english } from '../fixtures/english.ts';

const long = 'x'.repeat(300);
const map = (detail: string): Notice => ({ key: 'notice.mapFailed', params: { detail } });

describe('shortenNotice', () => {
  it('cuts a long value, in the notice or in its reason, with an ellipsis and keeps the rest', () => {
    const notice = shortenNotice(ignored(long, reason('noNode', { value: long })));
    const cut = `${'x'.repeat(MAX_VALUE_LENGTH - 1)}…`;
    expect(english(notice)).toBe(`Ignored link parameter "${cut}": no node "${cut}" in this graph.`);
  });

  it('leaves short values, numbers and quotes alone', () => {
    const notice = ignored('hide', reason('notAmong', { count: 2, values: 'a"b, c', allowed: 'funding, hosting' }));
    expect(shortenNotice(notice)).toEqual(notice);
  });
});

describe('shortenText', () => {
  it('cuts a long shown notice as a whole, counting characters, not UTF-16 units', () => {
    const text = shortenText(`Problem: ${'é🙂'.repeat(400)}`);
    expect([...text]).toHaveLength(MAX_NOTICE_LENGTH);
    expect(text.endsWith('…')).toBe(true);
    expect(text).not.toMatch(/[\uD800-\uDBFF]…$/);
  });
});

describe('mergeNotices', () => {
  it('shows the same notice once, the repeat moved to the newest place', () => {
    expect(mergeNotices([map('a'), map('b')], [map('a'), map('c'), map('c')])).toEqual([map('b'), map('a'), map('c')]);
  });

  it(`keeps at most ${MAX_NOTICES}, dropping the oldest`, () => {
    const many = Array.from({ length: 9 }, (_, i) => map(`notice ${i}`));
    expect(mergeNotices([], many)).toEqual(many.slice(-MAX_NOTICES));
    expect(mergeNotices(many.slice(0, 3), many.slice(3, 5), 4)).toEqual(many.slice(1, 5));
  });

  it('treats a long value and its cut form as the same notice', () => {
    expect(mergeNotices(mergeNotices([], [map(long)]), [map(long)])).toHaveLength(1);
  });
});

describe('the store', () => {
  it('shows one short notice however often a bad link is decoded (back and forward)', () => {
    const store = createAtlasStore();
    const graph = makeGraph();
    for (let step = 0; step < 6; step++) store.getState().addNotices(decodeView(`?node=${long}`, graph).notices);
    const { notices } = store.getState();
    expect(notices).toHaveLength(1);
    expect(english(notices[0]!)).toMatch(/^Ignored link parameter "node"/);
    expect(english(notices[0]!).length).toBeLessThan(MAX_VALUE_LENGTH + 60);
  });
});
