// Finds a quote in its document the way the data check does (white space folded) and returns
// the passage around it, so the viewer can show the quote highlighted in context.
export interface Passage {
  before: string;
  quote: string;
  after: string;
}

/** Character range of `quote` in `text`, matching runs of white space loosely; null if absent. */
export function locateQuote(text: string, quote: string): { start: number; end: number } | null {
  const words = quote.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const match = new RegExp(escaped.join('\\s+')).exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

export function passageAround(text: string, quote: string, context = 700): Passage | null {
  const range = locateQuote(text, quote);
  if (!range) return null;
  const from = Math.max(0, text.lastIndexOf('\n', Math.max(0, range.start - context)) + 1);
  const to = Math.min(text.length, range.end + context);
  return {
    before: (from > 0 ? '… ' : '') + text.slice(from, range.start),
    quote: text.slice(range.start, range.end),
    after: text.slice(range.end, to) + (to < text.length ? ' …' : ''),
  };
}
