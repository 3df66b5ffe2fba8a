// Globals the renderer exposes for the benchmark and the browser tests: a frame counter and a
// read-only probe of what sigma drew (src/renderer/probe.ts).
import type { CanvasProbe } from './probe.ts';

declare global {
  interface Window {
    __atlasFrames?: number;
    __atlasProbe?: CanvasProbe;
  }
}
export {};
