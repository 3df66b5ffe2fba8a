// The two pages the browser benchmark compares: the real app (dist/ when newer than src/, else a
// fresh production build) copied to .bench/app/, and the bare sigma page built into .bench/bare/.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, copyFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

export const BENCH_DIR = resolve('.bench');
export const APP_DIR = join(BENCH_DIR, 'app');
export const BARE_DIR = join(BENCH_DIR, 'bare');

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((entry) => newestMtime(join(path, entry))));
}

/** Puts the production app in .bench/app/; says whether it reused dist/ or built. */
export async function prepareApp(): Promise<string> {
  const dist = resolve('dist');
  const fresh =
    existsSync(join(dist, 'index.html')) &&
    statSync(join(dist, 'index.html')).mtimeMs >
      Math.max(newestMtime(resolve('src')), newestMtime(resolve('vite.config.ts')));
  rmSync(APP_DIR, { recursive: true, force: true });
  if (fresh) {
    cpSync(dist, APP_DIR, { recursive: true });
    return 'reused dist/ (newer than src/)';
  }
  // Same config as `vite build`, written straight to .bench/app/ so dist/ (used by the browser
  // tests others may be running) is never emptied under them.
  await build({
    configFile: resolve('vite.config.ts'),
    build: { outDir: APP_DIR, emptyOutDir: true },
    logLevel: 'warn',
  });
  return 'built (vite build with the project config) into .bench/app/';
}

export async function prepareBare(): Promise<void> {
  await build({
    configFile: false,
    root: resolve('tests/bench/bare'),
    base: './',
    publicDir: false,
    logLevel: 'warn',
    build: { outDir: BARE_DIR, emptyOutDir: true, target: 'es2022', sourcemap: true },
  });
}

/** Serves `graphFile` as data/graph.json to both pages. */
export function installGraph(graphFile: string): void {
  for (const dir of [APP_DIR, BARE_DIR]) {
    mkdirSync(join(dir, 'data'), { recursive: true });
    copyFileSync(graphFile, join(dir, 'data', 'graph.json'));
  }
}
