// Frame counter exposed for the benchmark (tests/bench), which counts sigma renders while panning.
declare global {
  interface Window {
    __atlasFrames?: number;
  }
}
export {};
