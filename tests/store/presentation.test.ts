// @vitest-environment jsdom
// Presentation: a step applies its view (everything else reset) and frames its nodes; next/previous
// stay within the tour, the attract loop wraps to the next tour; autoplay, the idle watch and the
// kiosk follow their timers (fake timers); the link carries tour, step and kiosk.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAtlasStore, type AtlasStore } from '../../src/store/store.ts';
import type { Tour, TourStep } from '../../src/graph/tours.ts';
import { startAutoplay } from '../../src/store/autoplay.ts';
import { createIdleWatch } from '../../src/store/idle-watch.ts';
import { startKiosk } from '../../src/store/kiosk.ts';
import { decodePresentation, encodePresentation } from '../../src/store/presentation-url.ts';
import { nextInLoop, stepDurationMs } from '../../src/store/tour-view.ts';
import { makeGraph } from '../fixtures/graph.ts';
import { english } from '../fixtures/english.ts';

const step = (title: string, view: TourStep['view'], extra: Partial<TourStep> = {}): TourStep => ({
  title,
  caption: `${title}.`,
  view,
  evidence: { source: 'doc', quote: 'q' },
  ...extra,
});
const TOURS: Tour[] = [
  {
    id: 'one',
    title: 'One',
    summary: 'First.',
    steps: [
      step('Transfer', { analysis: { kind: 'path', from: 'bra', to: 'pry' } }),
      step('Paraguay', { selectedNode: 'pry', filters: { hiddenTypes: ['funding'] } }, { duration: 4 }),
    ],
  },
  { id: 'two', title: 'Two', summary: 'Second.', steps: [step('ILO', { selectedNode: 'ilo' }, { frame: ['ilo'] })] },
];

let store: AtlasStore;
beforeEach(() => {
  store = createAtlasStore();
  store.setState({ graph: makeGraph(), status: 'ready', tours: TOURS });
});
afterEach(() => vi.useRealTimers());

describe('presenting a tour', () => {
  it('applies each step as a whole view and frames what it highlights', () => {
    store.getState().setQuery('mozambique');
    store.getState().selectNode('moz');
    store.getState().present('one');
    let s = store.getState();
    expect(s.presenting).toEqual({ tour: 'one', step: 0 });
    expect(s.analysis).toEqual({ kind: 'path', from: 'bra', to: 'pry' });
    expect([s.selectedNode, s.query]).toEqual([null, '']);
    expect(s.cameraRequest).toMatchObject({ kind: 'frame', nodes: expect.arrayContaining(['bra', 'pry']) });
    s.nextStep();
    s = store.getState();
    expect([s.selectedNode, s.analysis, [...s.filters.hiddenTypes]]).toEqual(['pry', null, ['funding']]);
    expect(s.cameraRequest).toMatchObject({ kind: 'frame', nodes: ['pry'] });
    s.nextStep(); // the last step stays
    expect(store.getState().presenting).toEqual({ tour: 'one', step: 1 });
    s.previousStep();
    expect(store.getState().filters.hiddenTypes.size).toBe(0);
    s.goToStep(99);
    expect(store.getState().presenting?.step).toBe(1);
    s.stopPresenting();
    expect([store.getState().presenting, store.getState().selectedNode]).toEqual([null, null]);
  });

  it('blanks only while presenting, and a new step unblanks', () => {
    store.getState().toggleBlank();
    expect(store.getState().blanked).toBe(false);
    store.getState().present('one');
    store.getState().toggleBlank();
    expect(store.getState().blanked).toBe(true);
    store.getState().nextStep();
    expect(store.getState().blanked).toBe(false);
  });

  it('loops over all tours in the attract loop, and a wake stops it', () => {
    expect(nextInLoop(TOURS, { tour: 'one', step: 0 })).toEqual({ tour: 'one', step: 1 });
    expect(nextInLoop(TOURS, { tour: 'one', step: 1 })).toEqual({ tour: 'two', step: 0 });
    expect(nextInLoop(TOURS, { tour: 'two', step: 0 })).toEqual({ tour: 'one', step: 0 });
    expect(nextInLoop([], null)).toBeNull();
    store.getState().startAttract();
    expect(store.getState()).toMatchObject({ presenting: { tour: 'one', step: 0 }, attract: true, autoplay: true });
    for (let i = 0; i < 3; i++) store.getState().nextStep();
    expect(store.getState().presenting).toEqual({ tour: 'one', step: 0 });
    store.getState().nextStep();
    store.getState().wake();
    expect(store.getState()).toMatchObject({ presenting: null, attract: false });
    store.getState().startAttract(); // resumes with the tour after the one last shown
    expect(store.getState().presenting).toEqual({ tour: 'two', step: 0 });
  });
});

describe('timers', () => {
  it('autoplay advances after each step duration and stops at the end of a tour', () => {
    vi.useFakeTimers();
    const stop = startAutoplay(store);
    store.getState().present('one', 0, { autoplay: true });
    const first = stepDurationMs(TOURS[0]!.steps[0]!);
    expect(first).toBe(7000); // 6 s + 1 s per 20 characters of caption
    vi.advanceTimersByTime(first - 1);
    expect(store.getState().presenting?.step).toBe(0);
    vi.advanceTimersByTime(1);
    expect(store.getState().presenting?.step).toBe(1);
    store.getState().toggleBlank(); // blanked: paused
    vi.advanceTimersByTime(60_000);
    expect(store.getState().presenting?.step).toBe(1);
    store.getState().toggleBlank();
    vi.advanceTimersByTime(4000);
    expect(store.getState()).toMatchObject({ presenting: { step: 1 }, autoplay: false });
    stop();
  });

  it('the stepms hook shortens every step', () => {
    vi.useFakeTimers();
    const stop = startAutoplay(store);
    store.getState().setKiosk({ idleMs: 1000 }, 50);
    store.getState().startAttract();
    vi.advanceTimersByTime(50 * 5);
    expect(store.getState().presenting).toEqual({ tour: 'two', step: 0 }); // 5 steps: one, one, two, one, one, two
    stop();
    vi.advanceTimersByTime(500);
    expect(store.getState().presenting).toEqual({ tour: 'two', step: 0 });
  });

  it('the idle watch fires once after the timeout, and every poke restarts it', () => {
    vi.useFakeTimers();
    const onIdle = vi.fn();
    const watch = createIdleWatch(1000, onIdle);
    vi.advanceTimersByTime(900);
    watch.poke();
    vi.advanceTimersByTime(900);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(onIdle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    expect(onIdle).toHaveBeenCalledTimes(1);
    watch.poke();
    watch.stop();
    vi.advanceTimersByTime(5000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('kiosk: a touch wakes the attract loop; idle starts it again, not while a chosen tour plays', () => {
    vi.useFakeTimers();
    store.getState().setKiosk({ idleMs: 2000 });
    const stop = startKiosk(store, window);
    store.getState().startAttract();
    window.dispatchEvent(new Event('pointerdown'));
    expect(store.getState().attract).toBe(false);
    vi.advanceTimersByTime(1999);
    expect(store.getState().attract).toBe(false);
    vi.advanceTimersByTime(1);
    expect(store.getState().attract).toBe(true);
    window.dispatchEvent(new Event('pointerdown'));
    store.getState().present('two', 0, { autoplay: true });
    vi.advanceTimersByTime(10_000);
    expect(store.getState()).toMatchObject({ attract: false, presenting: { tour: 'two' } });
    store.getState().setAutoplay(false);
    vi.advanceTimersByTime(2000);
    expect(store.getState().attract).toBe(true);
    stop();
  });
});

describe('presentation link', () => {
  it('round-trips tour, step (counted from 1), play and kiosk', () => {
    const state = {
      presenting: { tour: 'one', step: 1 },
      attract: false,
      autoplay: true,
      kiosk: { idleMs: 30_000 },
      stepMs: null,
    };
    const search = encodePresentation(state);
    expect(search).toBe('tour=one&step=2&play&kiosk&idle=30');
    const { attract: _attract, ...link } = state;
    expect(decodePresentation(search, TOURS)).toEqual({ ...link, notices: [] });
    expect(encodePresentation({ ...state, attract: true, kiosk: { idleMs: 60_000 } })).toBe('kiosk');
  });

  it('drops a bad tour, step or idle with a notice and keeps the rest', () => {
    const bad = decodePresentation('tour=nope&kiosk&idle=soon', TOURS);
    expect(bad.presenting).toBeNull();
    expect(bad.kiosk).toEqual({ idleMs: 60_000 });
    expect(bad.notices.map(english)).toEqual([
      expect.stringMatching(/"idle": expected a number/),
      expect.stringMatching(/"tour": no tour "nope"/),
    ]);
    const step = decodePresentation('tour=one&step=7', TOURS);
    expect(step.presenting).toEqual({ tour: 'one', step: 0 });
    expect(step.notices.map(english)).toEqual([
      expect.stringMatching(/"step": expected a number above 0 and at most 2/),
    ]);
  });
});
