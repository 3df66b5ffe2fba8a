// sigma's WebGL programs for each mode: the instanced programs look best, the non-instanced
// point/line programs are several times cheaper in software WebGL. Node kinds keep their shape
// (disc, square, ring, diamond) in both modes.
import {
  EdgeArrowProgram,
  EdgeLineProgram,
  EdgeRectangleProgram,
  NodeCircleProgram,
  NodePointProgram,
} from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { EdgeAttributes, NodeAttributes } from '../graph/types.ts';
import type { ProgramMode } from './program-choice.ts';
import { shapeProgram } from './shape-program.ts';

const SHAPED = {
  square: shapeProgram('square'),
  ring: shapeProgram('ring'),
  diamond: shapeProgram('diamond'),
};

export function programSettings(mode: ProgramMode): Partial<Settings<NodeAttributes, EdgeAttributes>> {
  if (mode === 'fast')
    return {
      defaultNodeType: 'point',
      defaultEdgeType: 'line',
      nodeProgramClasses: { point: NodePointProgram, circle: NodePointProgram, ...SHAPED },
      edgeProgramClasses: { line: EdgeLineProgram, arrow: EdgeLineProgram },
    };
  return {
    defaultNodeType: 'circle',
    defaultEdgeType: 'line',
    nodeProgramClasses: { circle: NodeCircleProgram, point: NodePointProgram, ...SHAPED },
    edgeProgramClasses: { line: EdgeRectangleProgram, arrow: EdgeArrowProgram },
  };
}
