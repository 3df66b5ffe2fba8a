// Colour and size encodings of node metrics (d3-scale): sequential colour for centralities,
// a categorical palette for communities, square-root sizes so area tracks the value.
import { scaleOrdinal, scaleSequential, scaleSqrt } from 'd3-scale';
import { MAX_NODE_SIZE, MIN_NODE_SIZE } from './sizes.ts';

export const COMMUNITY_PALETTE = [
  '#56B4E9',
  '#E69F00',
  '#009E73',
  '#F0E442',
  '#0072B2',
  '#D55E00',
  '#CC79A7',
  '#9c755f',
  '#ff9da7',
  '#bab0ac',
  '#76b7b2',
  '#edc948',
];

const interpolateWarm = (t: number) => {
  const from = [0x2b, 0x4c, 0x7e];
  const to = [0xff, 0xd1, 0x66];
  const mix = from.map((c, i) => Math.round(c + (to[i]! - c) * t));
  return `#${mix.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
};

export function colorsByValue(values: Record<string, number>): Map<string, string> {
  const max = Math.max(0, ...Object.values(values));
  const scale = scaleSequential(interpolateWarm).domain([0, max || 1]);
  return new Map(
    Object.entries(values).map(([node, value]) => [node, scale(Math.sqrt(value / (max || 1)) * (max || 1))]),
  );
}

export function colorsByCategory(values: Record<string, number>): Map<string, string> {
  const scale = scaleOrdinal<number, string>(COMMUNITY_PALETTE);
  return new Map(Object.entries(values).map(([node, value]) => [node, scale(value)]));
}

export function sizesByValue(values: Record<string, number>): Map<string, number> {
  const max = Math.max(0, ...Object.values(values));
  const scale = scaleSqrt()
    .domain([0, max || 1])
    .range([MIN_NODE_SIZE, MAX_NODE_SIZE])
    .clamp(true);
  return new Map(Object.entries(values).map(([node, value]) => [node, scale(value)]));
}
