// The chaos plan is a pure function of its seed: the same list on every run, another for another
// seed, and every kind of action drawn in a thousand.
import { describe, expect, it } from 'vitest';
import { ACTION_WEIGHTS, planActions } from './chaos-plan.ts';

describe('planActions', () => {
  it('repeats the same actions for the same seed and differs between seeds', () => {
    expect(planActions(1, 1000)).toEqual(planActions(1, 1000));
    expect(planActions(2, 50).map((a) => a.kind)).not.toEqual(planActions(1, 50).map((a) => a.kind));
  });

  it('draws every kind of action in 1,000, with numbers in [0, 1)', () => {
    for (const seed of [1, 2]) {
      const plan = planActions(seed, 1000);
      expect(new Set(plan.map((a) => a.kind))).toEqual(new Set(Object.keys(ACTION_WEIGHTS)));
      expect(plan.every((a) => [a.a, a.b, a.c].every((u) => u >= 0 && u < 1))).toBe(true);
      expect(plan.map((a) => a.index)).toEqual([...plan.keys()]);
    }
  });
});
