// Where a page's main thread spends its time: a CPU profile (Chrome DevTools Protocol) of one load
// up to the first frame, or of one pan, with self time mapped through the build's source maps to
// source files and functions. Printed when a browser target is missed.
import { readFileSync } from 'node:fs';
import { SourceMap, type SourceMapping } from 'node:module';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { openContext, pan, waitForFirstFrame } from './browser-bench.ts';

export interface ProfileShare {
  name: string;
  ms: number;
}
export interface PageProfile {
  total: number;
  byFile: ProfileShare[];
  byFunction: ProfileShare[];
  /** Time by the chain of app (src/) frames on the stack, outermost first, and where the leaf is. */
  byAppPath: ProfileShare[];
}

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}
interface Frame {
  file: string;
  /** function name and original place, e.g. "process node_modules/sigma/dist/sigma.esm.js:1899" */
  label: string;
  app: boolean;
}

const NAME_PATTERNS = [/function\s*\*?\s*([\w$]+)/, /([\w$]+)\s*[=:]\s*(?:async\s*)?(?:function|\()/, /([\w$]+)\s*\(/];

/** Source maps of the served bundle, read from the folder it is served from. */
function mapper(root: string) {
  const maps = new Map<string, { map: SourceMap; sources: Map<string, string[]> } | null>();
  const load = (path: string) => {
    try {
      const map = new SourceMap(JSON.parse(readFileSync(join(root, `${path}.map`), 'utf8')));
      const { sources, sourcesContent = [] } = map.payload as { sources: string[]; sourcesContent?: string[] };
      return { map, sources: new Map(sources.map((source, i) => [source, (sourcesContent[i] ?? '').split('\n')])) };
    } catch {
      return null;
    }
  };
  return ({ url, lineNumber, columnNumber, functionName }: CallFrame): Frame => {
    const path = url.startsWith('http') ? new URL(url).pathname : '';
    if (path.endsWith('.js') && !maps.has(path)) maps.set(path, load(path));
    const bundle = maps.get(path);
    const entry = (bundle?.map.findEntry(lineNumber, columnNumber) ?? {}) as Partial<SourceMapping> & { name?: string };
    const { originalSource, originalLine = 0 } = entry;
    if (!bundle || typeof originalSource !== 'string') {
      const file = url ? url.replace(/^https?:\/\/[^/]+\//, '') : functionName || '(native)';
      return { file, label: functionName || file, app: false };
    }
    const file = originalSource.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, 'node_modules/');
    // Minified and class-method names ("value") say little: take the name from the source line.
    const text = bundle.sources.get(originalSource)?.[originalLine] ?? '';
    const named = NAME_PATTERNS.map((pattern) => pattern.exec(text)?.[1]).find(Boolean);
    const name = named ?? entry.name ?? functionName;
    return { file, label: `${name || '(anonymous)'} ${file}:${originalLine + 1}`, app: file.startsWith('src/') };
  };
}

const top = (map: Map<string, number>, count: number) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => ({ name, ms }));

const add = (map: Map<string, number>, key: string, ms: number) => map.set(key, (map.get(key) ?? 0) + ms);
const packageOf = (file: string) => /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1] ?? file;

function summarize(profile: CpuProfile, root: string): PageProfile {
  const where = mapper(root);
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const frames = new Map(profile.nodes.map((node) => [node.id, where(node.callFrame)]));
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const byFile = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const byAppPath = new Map<string, number>();
  let total = 0;
  for (const { id, callFrame } of profile.nodes) {
    const ms = selfMs.get(id) ?? 0;
    if (ms === 0 || callFrame.functionName === '(idle)') continue;
    total += ms;
    const frame = frames.get(id)!;
    add(byFile, frame.file, ms);
    add(byFunction, frame.label, ms);
    const path: string[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const { app, label } = frames.get(at)!;
      if (app && path[0] !== label) path.unshift(label);
    }
    const leaf = frame.app ? '' : ` → ${packageOf(frame.file)}`;
    add(byAppPath, path.length > 0 ? `${path.join(' › ')}${leaf}` : `(no app code on the stack)${leaf}`, ms);
  }
  return { total, byFile: top(byFile, 10), byFunction: top(byFunction, 10), byAppPath: top(byAppPath, 10) };
}

/**
 * Profiles the main thread of `url` (served from `root`) from navigation to the first frame
 * ('load') or during a pan ('pan'). The profiler starts on a same-origin page so it survives the
 * navigation.
 */
export async function profilePage(
  browser: Browser,
  url: string,
  root: string,
  phase: 'load' | 'pan',
  timeoutMs: number,
): Promise<PageProfile> {
  const { context, page } = await openContext(browser, []);
  try {
    await page.goto(new URL('/__blank', url).href);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    if (phase === 'load') await cdp.send('Profiler.start');
    await page.goto(url);
    await waitForFirstFrame(page, timeoutMs);
    if (phase === 'pan') {
      await page.waitForTimeout(1000);
      await cdp.send('Profiler.start');
      await pan(page);
    }
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    return summarize(profile, root);
  } finally {
    await context.close();
  }
}

export function formatPageProfile(title: string, profile: PageProfile): string {
  const line = ({ name, ms }: ProfileShare) =>
    `      ${ms.toFixed(0).padStart(6)} ms ${((ms / profile.total) * 100).toFixed(0).padStart(3)}%  ${name}`;
  return [
    `  ${title}: ${profile.total.toFixed(0)} ms of main-thread CPU (sampled). By source file:`,
    ...profile.byFile.map(line),
    '    by function (self time):',
    ...profile.byFunction.map(line),
    '    by app call path (src/ frames on the stack, outermost first; → where the time is spent):',
    ...profile.byAppPath.map(line),
  ].join('\n');
}
