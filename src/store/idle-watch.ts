// An idle timer: `poke()` on every touch; after `timeoutMs` without one, `onIdle` runs once.
// Pure timing (setTimeout only), unit-tested with fake timers.
export interface IdleWatch {
  poke: () => void;
  stop: () => void;
}

export function createIdleWatch(timeoutMs: number, onIdle: () => void): IdleWatch {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const poke = () => {
    clearTimeout(timer);
    timer = setTimeout(onIdle, timeoutMs);
  };
  poke();
  return { poke, stop: () => clearTimeout(timer) };
}
