// `npm run data`: graph-data/ → checked, laid-out graph JSON in public/data/graph.json and the
// checked tours in public/data/tours.json. Prints every problem as file:line and exits non-zero.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { compile, foldedTexts, type SourceText } from './compile.ts';
import { compileTours } from './tours.ts';
import { layoutGraph } from './layout.ts';
import { readYamlLists, type Located } from './read-yaml.ts';
import { summarize } from '../graph/summary.ts';

export function loadCurated(dataDir: string): {
  sources: SourceText[];
  entities: Located[];
  relations: Located[];
  problems: string[];
} {
  const problems: string[] = [];
  const name = (path: string) => relative(process.cwd(), path) || path;
  const manifestPath = join(dataDir, 'sources.yaml');
  const manifest = readYamlLists(manifestPath, name(manifestPath), ['sources']);
  problems.push(...manifest.problems);
  const sources: SourceText[] = [];
  for (const { line, value } of manifest.lists.sources ?? []) {
    const record = value as Partial<SourceText> | null;
    if (!record?.id || !record.file || !record.title || typeof record.year !== 'number') {
      problems.push(`${name(manifestPath)}:${line}: a source needs id, file, title and year`);
      continue;
    }
    try {
      const text = readFileSync(join(dataDir, 'sources', record.file), 'utf8');
      sources.push({ id: record.id, file: record.file, title: record.title, year: record.year, text });
    } catch {
      problems.push(`${name(manifestPath)}:${line}: source file graph-data/sources/${record.file} cannot be read`);
    }
  }
  const entities: Located[] = [];
  const relations: Located[] = [];
  const curatedDir = join(dataDir, 'curated');
  for (const file of readdirSync(curatedDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const path = join(curatedDir, file);
    const parsed = readYamlLists(path, name(path), ['entities', 'relations']);
    problems.push(...parsed.problems);
    entities.push(...(parsed.lists.entities ?? []));
    relations.push(...(parsed.lists.relations ?? []));
  }
  return { sources, entities, relations, problems };
}

export function buildGraphJson(dataDir: string): {
  json?: string;
  toursJson?: string;
  problems: string[];
  summary?: string;
} {
  const curated = loadCurated(dataDir);
  const { graph, problems } = compile(curated.sources, curated.entities, curated.relations);
  const all = [...curated.problems, ...problems];
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

function main(): void {
  const dataDir = process.argv[2] ?? 'graph-data';
  const out = process.argv[3] ?? join('public', 'data', 'graph.json');
  const { json, toursJson, problems, summary } = buildGraphJson(dataDir);
  if (!json) {
    for (const problem of problems) console.error(problem);
    console.error(`\nnpm run data: ${problems.length} problem(s) in ${dataDir}/; ${out} was not written.`);
    process.exit(1);
  }
  mkdirSync(join(dirname(out), 'sources'), { recursive: true });
  writeFileSync(out, json);
  writeFileSync(join(dirname(out), 'tours.json'), toursJson!);
  // The documents travel with the graph so that "Show in document" works offline.
  for (const file of readdirSync(join(dataDir, 'sources')).filter((f) => f.endsWith('.txt')))
    copyFileSync(join(dataDir, 'sources', file), join(dirname(out), 'sources', file));
  console.log(`ok: ${out}\n${summary}`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) main();
