// Chooses the rendering mode by what the machine can do and the graph's size (pure: no sigma import,
// so it is testable without WebGL).
import type { ProgramPreference, ProgramReason } from '../store/view-state.ts';

export type ProgramMode = 'fast' | 'quality';

/** Above this many nodes + edges, quality programs are too slow without a strong GPU. */
export const LARGE_GRAPH_ITEMS = 20_000;

export function detectSoftwareWebGL(): { software: boolean; renderer: string } {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (!gl) return { software: true, renderer: 'no WebGL' };
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return { software: /swiftshader|llvmpipe|software|basic render/i.test(renderer), renderer };
  } catch {
    return { software: true, renderer: 'unknown' };
  }
}

export function chooseProgramMode(
  preference: ProgramPreference,
  items: number,
  software: boolean,
): { mode: ProgramMode; reason: ProgramReason; items?: number } {
  if (preference !== 'auto') return { mode: preference, reason: 'chosen' };
  if (software) return { mode: 'fast', reason: 'software' };
  if (items > LARGE_GRAPH_ITEMS) return { mode: 'fast', reason: 'large', items };
  return { mode: 'quality', reason: 'gpu' };
}
