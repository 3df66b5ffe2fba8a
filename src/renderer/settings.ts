// sigma's settings for the atlas, frozen: everything but the programs and the reducers is constant.
import type { Settings } from 'sigma/settings';
import { CAMERA_LIMITS } from '../store/view-state.ts';
import type { EdgeAttributes, NodeAttributes } from '../graph/types.ts';
import { drawDarkNodeHover } from './hover.ts';

export const BASE_SETTINGS: Readonly<Partial<Settings<NodeAttributes, EdgeAttributes>>> = Object.freeze({
  labelColor: { color: '#e8ecf1' },
  labelDensity: 0.6,
  labelGridCellSize: 90,
  labelRenderedSizeThreshold: 7,
  labelFont: 'system-ui, sans-serif',
  zIndex: true,
  defaultDrawNodeHover: drawDarkNodeHover,
  minCameraRatio: CAMERA_LIMITS.ratio.min,
  maxCameraRatio: CAMERA_LIMITS.ratio.max,
});

/** Edge events cost a picking pass per frame: only on graphs small enough to afford it. */
export const EDGE_EVENTS_MAX_EDGES = 20_000;

/**
 * Label type in CSS px. Normal: 14 px. Large (presenting, kiosk): 22 px. On a 55-inch 1080p screen a
 * CSS px is 0.63 mm and a capital is about 0.7 em, so 22 px gives ~9.7 mm capitals, above the ~8 mm
 * that reading from 2 m needs (14 px gives ~6 mm). On a 4K screen at device scale 2 the same holds.
 * The label grid grows and the density drops with the type, so that large labels overlap less.
 */
export const TYPE_SETTINGS = {
  normal: { labelSize: 14, labelGridCellSize: 90, labelDensity: 0.6, labelRenderedSizeThreshold: 7 },
  large: { labelSize: 22, labelGridCellSize: 200, labelDensity: 0.35, labelRenderedSizeThreshold: 7 },
} as const;
