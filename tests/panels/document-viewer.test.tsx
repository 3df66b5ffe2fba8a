// @vitest-environment jsdom
// "Show in document" opened twice: Chromium's scrollIntoView returns a value (a Promise), which an
// effect must never hand back to React as its cleanup.
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAtlas } from '../../src/store/store.ts';
import { DocumentViewer } from '../../src/panels/DocumentViewer.tsx';
import { makeGraph } from '../fixtures/graph.ts';
import { resetAtlas } from '../fixtures/atlas.ts';

const TEXT = 'Once upon a time bra knowledge_transfer pry and then usdol funding child happened.';
const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'scrollIntoView');

beforeEach(() => {
  resetAtlas(makeGraph());
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(TEXT)),
  );
  // What current Chromium does: scrollIntoView returns a Promise, not undefined.
  HTMLElement.prototype.scrollIntoView = vi.fn(() => Promise.resolve()) as never;
});
afterEach(() => {
  vi.unstubAllGlobals();
  if (original) Object.defineProperty(HTMLElement.prototype, 'scrollIntoView', original);
  else delete (HTMLElement.prototype as Partial<HTMLElement>).scrollIntoView;
});

describe('DocumentViewer', () => {
  it('opens a passage twice (and a second one after it) without an error, scrolling to the quote', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    render(<DocumentViewer />);
    const quotes = ['bra knowledge_transfer pry', 'bra knowledge_transfer pry', 'usdol funding child'];
    for (const quote of quotes) {
      act(() => useAtlas.getState().showEvidence({ source: 'doc', quote }));
      expect((await screen.findByText(quote)).tagName).toBe('MARK');
      act(() => useAtlas.getState().showEvidence(null));
      expect(screen.queryByRole('dialog')).toBeNull();
    }
    window.removeEventListener('error', onError);
    expect(errors).toEqual([]);
    expect(HTMLElement.prototype.scrollIntoView).toHaveBeenCalledTimes(quotes.length);
  });
});
