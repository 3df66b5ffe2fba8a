// CPU profile of a function in this process (node:inspector), summarized as the functions with the
// most self time: the evidence the benchmark prints when a target is missed.
import { Session } from 'node:inspector/promises';
import { findSourceMap, type SourceMapping } from 'node:module';
import type { Runtime } from 'node:inspector';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ProfileLine {
  fn: string;
  where: string;
  selfMs: number;
  share: number;
}

/** file:line of a frame, through the source map when tsx transformed the file. */
function where({ url, lineNumber, columnNumber }: Runtime.CallFrame): string {
  if (!url) return '(native)';
  const entry = url.startsWith('file:') ? findSourceMap(url)?.findEntry(lineNumber, columnNumber) : undefined;
  const original = entry && 'originalLine' in entry ? (entry as SourceMapping) : undefined;
  const file = original?.originalSource ?? url;
  const path = file.startsWith('file:') ? relative(process.cwd(), fileURLToPath(file)) : file;
  return `${path}:${(original?.originalLine ?? lineNumber) + 1}`;
}

/** Self time per function over `repeat` calls of `fn`, the `top` largest first. */
export async function profileSelfTime(fn: () => unknown, repeat: number, top = 8): Promise<ProfileLine[]> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 50 });
  await session.post('Profiler.start');
  for (let i = 0; i < repeat; i++) fn();
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  const total = profile.endTime - profile.startTime;
  const samples = profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0) || 1;
  const byFunction = new Map<string, ProfileLine>();
  for (const node of profile.nodes) {
    const fnName = node.callFrame.functionName || '(anonymous)';
    const key = `${fnName} ${where(node.callFrame)}`;
    const line = byFunction.get(key) ?? { fn: fnName, where: where(node.callFrame), selfMs: 0, share: 0 };
    line.share += (node.hitCount ?? 0) / samples;
    byFunction.set(key, line);
  }
  return [...byFunction.values()]
    .map((line) => ({ ...line, selfMs: (line.share * total) / 1000 / repeat }))
    .filter((line) => line.fn !== '(idle)' && line.fn !== '(program)')
    .sort((a, b) => b.share - a.share)
    .slice(0, top);
}
