// sigma's WebGL programs for each mode: the instanced programs look best, the non-instanced
// point/line programs are several times cheaper in software WebGL.
import {
  EdgeArrowProgram,
  EdgeLineProgram,
  EdgeRectangleProgram,
  NodeCircleProgram,
  NodePointProgram,
} from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { ProgramMode } from './program-choice.ts';

export function programSettings(mode: ProgramMode): Partial<Settings> {
  if (mode === 'fast')
    return {
      defaultNodeType: 'point',
      defaultEdgeType: 'line',
      nodeProgramClasses: { point: NodePointProgram, circle: NodePointProgram },
      edgeProgramClasses: { line: EdgeLineProgram, arrow: EdgeLineProgram },
    };
  return {
    defaultNodeType: 'circle',
    defaultEdgeType: 'line',
    nodeProgramClasses: { circle: NodeCircleProgram, point: NodePointProgram },
    edgeProgramClasses: { line: EdgeRectangleProgram, arrow: EdgeArrowProgram },
  };
}
