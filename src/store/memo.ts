// Memoizes a derivation on the identity of its inputs: recomputed only when one changes, so
// selectors return stable references (zustand 5 loops on fresh objects).
export function memoOnRefs<Args extends readonly unknown[], R>(derive: (...args: Args) => R): (...args: Args) => R {
  let last: Args | null = null;
  let value: R;
  return (...args: Args) => {
    if (!last || args.length !== last.length || args.some((arg, i) => arg !== last![i])) {
      value = derive(...args);
      last = args;
    }
    return value;
  };
}
