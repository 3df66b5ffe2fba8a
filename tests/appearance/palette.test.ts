// Encodings everyone can tell apart: every relation and node-kind colour stays at least ΔE2000 10
// from every other under normal vision and simulated deuteranopia, protanopia and tritanopia
// (culori's Machado et al. simulation), stands out from the canvas, and kinds differ in shape too.
import { describe, expect, it } from 'vitest';
import {
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  parse,
  wcagContrast,
  type Color,
} from 'culori';
import { KIND_COLORS, KIND_SHAPES, RELATION_COLORS } from '../../src/appearance/palette.ts';
import { NODE_KINDS, RELATION_TYPES } from '../../src/graph/types.ts';

const CANVAS = '#0f141c';
const deltaE = differenceCiede2000();
const VISIONS: Record<string, (color: string) => Color | undefined> = {
  normal: (color) => parse(color),
  deuteranopia: (color) => filterDeficiencyDeuter(1)(parse(color)!),
  protanopia: (color) => filterDeficiencyProt(1)(parse(color)!),
  tritanopia: (color) => filterDeficiencyTrit(1)(parse(color)!),
};

const encodings = [
  ...RELATION_TYPES.map((type) => ({ name: `relation ${type}`, color: RELATION_COLORS[type] })),
  ...NODE_KINDS.map((kind) => ({ name: `kind ${kind}`, color: KIND_COLORS[kind] })),
];

/** The closest pair of encodings under one vision. */
export function closestPair(simulate: (color: string) => Color | undefined) {
  let best = { distance: Infinity, pair: ['', ''] };
  encodings.forEach((a, i) =>
    encodings.slice(i + 1).forEach((b) => {
      const distance = deltaE(simulate(a.color)!, simulate(b.color)!);
      if (distance < best.distance) best = { distance, pair: [a.name, b.name] };
    }),
  );
  return best;
}

describe('palette', () => {
  it.each(Object.keys(VISIONS))('keeps relation and kind colours ≥ ΔE2000 10 apart under %s', (vision) => {
    const closest = closestPair(VISIONS[vision]!);
    console.log(`${vision}: closest ${closest.pair.join(' / ')} at ΔE2000 ${closest.distance.toFixed(1)}`);
    expect(closest.distance).toBeGreaterThanOrEqual(10);
  });

  it('gives node kinds their own colours, not edge colours', () => {
    const edgeColors = new Set(Object.values(RELATION_COLORS).map((c) => c.toLowerCase()));
    for (const kind of NODE_KINDS) expect(edgeColors.has(KIND_COLORS[kind].toLowerCase())).toBe(false);
  });

  it('draws every colour at 3:1 contrast or more against the canvas (WCAG 1.4.11)', () => {
    for (const { name, color } of encodings) expect(wcagContrast(color, CANVAS), name).toBeGreaterThanOrEqual(3);
  });

  it('gives each node kind its own shape, so kinds differ without colour', () => {
    expect(new Set(NODE_KINDS.map((kind) => KIND_SHAPES[kind])).size).toBe(NODE_KINDS.length);
  });
});
