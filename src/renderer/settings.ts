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
