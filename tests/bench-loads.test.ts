// The benchmark and the report run under Node's own module loader (tsx), not Vite's: every module they
// reach must load there too (a CommonJS package's named export, for one, does not).
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const load = (modules: string[]) =>
  execFileSync(
    'node_modules/.bin/tsx',
    ['-e', `Promise.all(${JSON.stringify(modules)}.map((m) => import(m))).then(() => console.log('loaded'))`],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );

describe('modules under Node', { timeout: 60_000 }, () => {
  it('the benchmark, the list bench (panels, i18n) and the report load', () => {
    expect(load(['./tests/bench/list-bench.ts', './src/i18n/i18n.ts', './src/cli/report.ts']).trim()).toBe('loaded');
  });
});
