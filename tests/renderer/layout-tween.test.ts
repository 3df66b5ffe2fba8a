// The layout switch as a tween: nodes start where they are drawn and end where they go, the bounding
// box follows, and a slow frame makes the switch jumpier, not longer.
import { describe, expect, it } from 'vitest';
import { animate, ease, extentOf, layoutTween, lerpBBox } from '../../src/renderer/layout-tween.ts';

describe('layoutTween', () => {
  const from = new Map([
    ['a', { x: 0, y: 0 }],
    ['b', { x: 10, y: -10 }],
  ]);
  const to = new Map([
    ['a', { x: 100, y: 50 }],
    ['b', { x: 10, y: 30 }],
  ]);
  const tween = layoutTween(
    ['a', 'b'],
    (n) => from.get(n)!,
    (n) => to.get(n)!,
  );
  const at = (t: number) => {
    const out = new Map<string, [number, number]>();
    tween.at(t, (node, x, y) => out.set(node, [x, y]));
    return out;
  };

  it('starts where nodes are, ends where they go, and passes the middle at half time', () => {
    expect(at(0)).toEqual(
      new Map([
        ['a', [0, 0]],
        ['b', [10, -10]],
      ]),
    );
    expect(at(1)).toEqual(
      new Map([
        ['a', [100, 50]],
        ['b', [10, 30]],
      ]),
    );
    expect(at(0.5).get('a')).toEqual([50, 25]);
    // Eased: slower than linear at first.
    expect(at(0.25).get('a')![0]).toBeLessThan(25);
  });

  it('clamps time outside [0, 1]', () => {
    expect(at(-1)).toEqual(at(0));
    expect(at(2)).toEqual(at(1));
  });
});

describe('bounding boxes', () => {
  it('takes the extent of the points and moves from one box to the other', () => {
    const box = extentOf([
      { x: -3, y: 2 },
      { x: 5, y: -1 },
    ]);
    expect(box).toEqual({ x: [-3, 5], y: [-1, 2] });
    expect(lerpBBox(box, { x: [-180, 180], y: [-90, 90] }, 0.5)).toEqual({ x: [-91.5, 92.5], y: [-45.5, 46] });
    expect(extentOf([])).toEqual({ x: [0, 1], y: [0, 1] });
  });

  it('eases from 0 to 1 symmetrically', () => {
    expect([ease(0), ease(0.5), ease(1)]).toEqual([0, 0.5, 1]);
    expect(ease(0.2) + ease(0.8)).toBeCloseTo(1);
  });
});

describe('animate', () => {
  it('steps once per frame by elapsed time, ends with t = 1 then done, even when frames are slow', () => {
    const queue: ((now: number) => void)[] = [];
    const frames = { request: (cb: (now: number) => void) => queue.push(cb), cancel: () => {} };
    const steps: number[] = [];
    let done = 0;
    animate(
      600,
      (t) => steps.push(t),
      () => done++,
      frames,
    );
    for (const now of [1000, 1100, 1500, 1900]) queue.shift()?.(now);
    expect(steps).toEqual([0, 100 / 600, 500 / 600, 1]);
    expect(done).toBe(1);
    expect(queue).toHaveLength(0);
  });

  it('stops without calling done', () => {
    const queue: ((now: number) => void)[] = [];
    let cancelled = 0;
    const frames = { request: (cb: (now: number) => void) => queue.push(cb), cancel: () => cancelled++ };
    let done = 0;
    const stop = animate(
      600,
      () => {},
      () => done++,
      frames,
    );
    queue.shift()!(0);
    stop();
    expect([cancelled, done]).toEqual([1, 0]);
  });
});
