// Node programs that tell kinds apart without colour: a point sprite (cheap, non-instanced, so
// fine in software WebGL) whose fragment shader cuts a disc, square, target or diamond.
import { NodePointProgram, type NodeProgramType } from 'sigma/rendering';
import type { NodeShape } from '../appearance/palette.ts';
import type { EdgeAttributes, NodeAttributes } from '../graph/types.ts';

type AtlasNodeProgram = NodeProgramType<NodeAttributes, EdgeAttributes>;

/** Signed distance to the shape's edge in point-sprite units (positive inside), in GLSL. */
const DISTANCE: Record<NodeShape, string> = {
  circle: '0.5 - length(m)',
  // A square of the disc's area: side √π/2 ≈ 0.886 of the diameter.
  square: '0.443 - max(abs(m.x), abs(m.y))',
  // A diamond of about the disc's area, its corners on the disc.
  diamond: '(0.5 - abs(m.x) - abs(m.y)) * 0.7071',
  // A target: a ring with a dot in its middle (every shape has ink at its centre, where the eye and
  // the tests look for a node); picking fills the gap so the whole disc is clickable.
  ring: 'max(min(0.5 - length(m), length(m) - 0.36), 0.23 - length(m))',
};

export function shapeFragmentShader(shape: NodeShape): string {
  return /* glsl */ `
precision mediump float;
varying vec4 v_color;
varying float v_border;
const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);
void main(void) {
  vec2 m = gl_PointCoord - vec2(0.5, 0.5);
  #ifdef PICKING_MODE
  float dist = ${shape === 'ring' ? DISTANCE.circle : DISTANCE[shape]};
  gl_FragColor = dist > v_border ? v_color : transparent;
  #else
  float dist = ${DISTANCE[shape]};
  gl_FragColor = mix(transparent, v_color, clamp(dist / v_border, 0.0, 1.0));
  #endif
}
`;
}

const programs = new Map<NodeShape, AtlasNodeProgram>();

/** One program class per shape, created once (sigma compares classes when settings change). */
export function shapeProgram(shape: NodeShape): AtlasNodeProgram {
  const known = programs.get(shape);
  if (known) return known;
  const fragment = shapeFragmentShader(shape);
  class ShapeProgram extends NodePointProgram<NodeAttributes, EdgeAttributes> {
    override getDefinition() {
      return { ...super.getDefinition(), FRAGMENT_SHADER_SOURCE: fragment };
    }
  }
  programs.set(shape, ShapeProgram);
  return ShapeProgram;
}
