// Reads a YAML file into its top-level lists, keeping each item's line number so that every
// problem can be reported as file:line.
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';

export interface Located<T = unknown> {
  file: string;
  line: number;
  value: T;
}

export interface YamlLists {
  lists: Record<string, Located[]>;
  problems: string[];
}

const lineOf = (counter: LineCounter, node: Node | null | undefined): number =>
  node?.range ? counter.linePos(node.range[0]).line : 1;

/** Parses `text` (named `file` in messages) and returns the items of each top-level list. */
export function parseYamlLists(text: string, file: string, keys: readonly string[]): YamlLists {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const problems = doc.errors.map((error) => {
    const line = error.linePos?.[0]?.line ?? 1;
    return `${file}:${line}: YAML syntax: ${error.message.split('\n')[0]}`;
  });
  const lists: Record<string, Located[]> = {};
  if (problems.length > 0) return { lists, problems };
  if (!isMap(doc.contents)) return { lists, problems: [`${file}:1: expected a mapping with ${keys.join(' / ')}`] };
  for (const pair of doc.contents.items) {
    const key = String((pair.key as { value?: unknown } | null)?.value ?? pair.key);
    const line = lineOf(counter, pair.key as Node);
    if (!keys.includes(key)) {
      problems.push(`${file}:${line}: unknown top-level key "${key}" (expected ${keys.join(' / ')})`);
      continue;
    }
    if (pair.value === null || pair.value === undefined) {
      lists[key] = [];
      continue;
    }
    if (!isSeq(pair.value)) {
      problems.push(`${file}:${line}: "${key}" must be a list`);
      continue;
    }
    lists[key] = pair.value.items.map((item) => ({
      file,
      line: lineOf(counter, item as Node),
      value: (item as Node).toJSON(),
    }));
  }
  return { lists, problems };
}

export function readYamlLists(path: string, file: string, keys: readonly string[]): YamlLists {
  return parseYamlLists(readFileSync(path, 'utf8'), file, keys);
}
