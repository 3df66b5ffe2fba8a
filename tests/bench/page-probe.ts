// Runs in every benchmarked page before its own scripts (addInitScript), the same for the app and
// the bare page: marks the first WebGL draw call and the animation frame that shows it, records
// and when Web Workers start and end.
declare global {
  interface Window {
    __benchWorkers?: { start: number; end: number | null }[];
    /** The bare page's camera animation, for the transition benchmark. */
    __benchAnimate?: (target: { x: number; y: number; ratio: number }) => void;
  }
}

export function installPageProbe(): void {
  // The first frame reaches the screen at the first animation frame after the first draw call
  // (the canvas is presented only once the task that drew it ends).
  let first = true;
  const wrap = (proto: object, name: string) => {
    const target = proto as Record<string, (...args: unknown[]) => unknown>;
    const original = target[name];
    if (typeof original !== 'function') return;
    target[name] = function (this: unknown, ...args: unknown[]) {
      if (first) {
        first = false;
        performance.mark('bench:first-draw');
        requestAnimationFrame(() => performance.mark('bench:first-frame'));
      }
      return original.apply(this, args);
    };
  };
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype])
    for (const name of ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced'])
      wrap(proto, name);

  const workers: { start: number; end: number | null }[] = (window.__benchWorkers = []);
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    span = { start: performance.now(), end: null as number | null };
    constructor(...args: ConstructorParameters<typeof Worker>) {
      super(...args);
      workers.push(this.span);
    }
    override terminate() {
      this.span.end = performance.now();
      super.terminate();
    }
  };
}
