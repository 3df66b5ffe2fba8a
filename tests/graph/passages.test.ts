// "Show in document": a quote is found across line breaks and cut out with its context.
import { describe, expect, it } from 'vitest';
import { locateQuote, passageAround } from '../../src/graph/passages.ts';

const text = 'Intro line.\nBrazil shared its\n  experience with (Paraguay) too.\nEnd.';

describe('passages', () => {
  it('finds a quote whose white space differs from the text', () => {
    const range = locateQuote(text, 'shared its experience with (Paraguay)')!;
    expect(text.slice(range.start, range.end)).toBe('shared its\n  experience with (Paraguay)');
    expect(locateQuote(text, 'not there')).toBeNull();
  });

  it('returns the passage around the quote', () => {
    const passage = passageAround(text, 'experience with', 20)!;
    expect(passage.quote).toBe('experience with');
    expect(passage.before.endsWith('  ')).toBe(true);
    expect(passage.after.startsWith(' (Paraguay)')).toBe(true);
  });
});
