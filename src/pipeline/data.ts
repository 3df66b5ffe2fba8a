// `npm run data`: graph-data/ → checked, laid-out graph JSON in public/data/graph.json and the
// checked tours in public/data/tours.json. Prints every problem as file:line and exits non-zero.
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { compile, foldedTexts, type SourceText } from './compile.ts';
import { compileTours } from './tours.ts';
import { layoutGraph } from './layout.ts';
import { readUtf8 } from './read-text.ts';
import { readYamlLists, type Located } from './read-yaml.ts';
import { summarize } from '../graph/summary.ts';

export interface Curated {
  sources: SourceText[];
  entities: Located[];
  relations: Located[];
  problems: string[];
  /** Ids that files which could not be read or parsed appear to declare, with the file. */
  unparsed: Map<string, string>;
}

/** Curated files: `.yaml` and `.yml`, in name order. */
export const isCuratedFile = (file: string): boolean => /\.ya?ml$/.test(file);

/** The path of a source document, or a problem when `file` would leave `dataDir`/sources. */
export function sourcePath(dataDir: string, file: string): { path: string } | { problem: string } {
  const folder = resolve(dataDir, 'sources');
  const path = resolve(folder, file);
  const inside = relative(folder, path);
  if (isAbsolute(file) || inside === '' || inside.startsWith('..') || isAbsolute(inside))
    return { problem: `file: "${file}" is outside graph-data/sources/; name a file in that folder` };
  return { path };
}

function readSources(dataDir: string, name: (path: string) => string, curated: Curated): void {
  const manifestPath = join(dataDir, 'sources.yaml');
  const manifest = readYamlLists(manifestPath, name(manifestPath), ['sources']);
  curated.problems.push(...manifest.problems);
  if (manifest.failed) noteUnparsed(curated, name(manifestPath), manifest.failed.ids);
  for (const { line, value, fieldLine } of manifest.lists.sources ?? []) {
    const record = value as Partial<SourceText> | null;
    const at = (field: string) => `${name(manifestPath)}:${fieldLine?.(field) ?? line}`;
    if (!record?.id || !record.file || !record.title || typeof record.year !== 'number') {
      curated.problems.push(`${at('')}: a source needs id, file, title and year`);
      continue;
    }
    const located = sourcePath(dataDir, String(record.file));
    if ('problem' in located) {
      curated.problems.push(`${at('file')}: ${located.problem}`);
      continue;
    }
    let read;
    try {
      read = readUtf8(located.path, name(located.path));
    } catch {
      curated.problems.push(`${at('file')}: source file graph-data/sources/${record.file} cannot be read`);
      continue;
    }
    if (read.problem !== undefined) curated.problems.push(read.problem);
    else
      curated.sources.push({
        id: record.id,
        file: record.file,
        title: record.title,
        year: record.year,
        text: read.text,
      });
  }
}

function noteUnparsed(curated: Curated, file: string, ids: string[]): void {
  for (const id of ids) if (!curated.unparsed.has(id)) curated.unparsed.set(id, file);
}

export function loadCurated(dataDir: string): Curated {
  const name = (path: string) => relative(process.cwd(), path) || path;
  const curated: Curated = {
    sources: [],
    entities: [],
    relations: [],
    problems: [],
    unparsed: new Map(),
  };
  readSources(dataDir, name, curated);
  const curatedDir = join(dataDir, 'curated');
  for (const file of readdirSync(curatedDir).filter(isCuratedFile).sort()) {
    const path = join(curatedDir, file);
    const parsed = readYamlLists(path, name(path), ['entities', 'relations']);
    curated.problems.push(...parsed.problems);
    if (parsed.failed) noteUnparsed(curated, name(path), parsed.failed.ids);
    curated.entities.push(...(parsed.lists.entities ?? []));
    curated.relations.push(...(parsed.lists.relations ?? []));
  }
  return curated;
}

export function buildGraphJson(dataDir: string): {
  json?: string;
  toursJson?: string;
  problems: string[];
  summary?: string;
} {
  const curated = loadCurated(dataDir);
  const { graph, problems, followOn } = compile(curated.sources, curated.entities, curated.relations, curated.unparsed);
  const all = [...curated.problems, ...problems];
  if (followOn.count > 0)
    all.push(
      `${followOn.count} further problem(s) not listed: they only name ids whose declarations did not load (in ${followOn.files.join(', ')}); fix those first`,
    );
  if (all.length > 0) return { problems: all };
  const tours = compileTours(join(dataDir, 'tours'), graph, foldedTexts(curated.sources));
  if (tours.problems.length > 0) return { problems: tours.problems };
  layoutGraph(graph);
  return {
    json: `${JSON.stringify(graph.export())}\n`,
    toursJson: `${JSON.stringify({ tours: tours.tours }, null, 1)}\n`,
    problems: [],
    summary: `${summarize(graph)}\n${tours.tours.length} tours (${tours.tours.map((t) => t.id).join(', ')})`,
  };
}

/** Sets the exit code rather than exiting, so that piped output is flushed to its end. */
function main(): void {
  const dataDir = process.argv[2] ?? 'graph-data';
  const out = process.argv[3] ?? join('public', 'data', 'graph.json');
  const { json, toursJson, problems, summary } = buildGraphJson(dataDir);
  if (!json) {
    process.stderr.write(`${problems.join('\n')}\n`);
    process.stderr.write(`\nnpm run data: ${problems.length} problem(s) in ${dataDir}/; ${out} was not written.\n`);
    process.exitCode = 1;
    return;
  }
  mkdirSync(join(dirname(out), 'sources'), { recursive: true });
  writeFileSync(out, json);
  writeFileSync(join(dirname(out), 'tours.json'), toursJson!);
  // The documents travel with the graph so that "Show in document" works offline.
  for (const file of readdirSync(join(dataDir, 'sources')).filter((f) => f.endsWith('.txt')))
    copyFileSync(join(dataDir, 'sources', file), join(dirname(out), 'sources', file));
  process.stdout.write(`ok: ${out}\n${summary}\n`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) main();
