// Reads a YAML file into its top-level lists, keeping each item's line and the line of each of its
// fields, so that every problem is reported as file:line where the field is written.
import { LineCounter, parseDocument, isCollection, isMap, isSeq, type Node, type YAMLError } from 'yaml';
import { readFileSync } from 'node:fs';
import { decodeUtf8 } from './read-text.ts';

export interface Located<T = unknown> {
  file: string;
  line: number;
  value: T;
  /** The line of a field path such as `evidence[0].quote`; the item's own line when absent. */
  fieldLine?: (path: string) => number;
}

export interface YamlLists {
  lists: Record<string, Located[]>;
  problems: string[];
  /** Set when the file could not be read or parsed: the ids it appears to declare. */
  failed?: { ids: string[] };
}

const lineOf = (counter: LineCounter, node: Node | null | undefined): number =>
  node?.range ? counter.linePos(node.range[0]).line : 1;

/** `evidence[0].quote` → ['evidence', 0, 'quote']. */
export const fieldPath = (path: string): (string | number)[] =>
  path
    .split(/\.|(?=\[)/)
    .filter(Boolean)
    .map((part) => (/^\[\d+\]$/.test(part) ? Number(part.slice(1, -1)) : part));

function fieldLiner(counter: LineCounter, item: Node): (path: string) => number {
  return (path) => {
    const node = isCollection(item) ? (item.getIn(fieldPath(path), true) as Node | undefined) : undefined;
    return lineOf(counter, node ?? item);
  };
}

/** The ids a file that does not parse appears to declare (`id: x` lines), to summarise what follows. */
export const declaredIds = (text: string): string[] =>
  [...text.matchAll(/^\s*(?:-\s+)?id:\s*["']?([A-Za-z0-9-]+)/gm)].map((match) => match[1]!);

/** Where an error is: an unclosed quote is reported where it opens, not where the file ends. */
function errorOffset(text: string, error: YAMLError): number {
  const quote = error.code === 'MISSING_CHAR' ? /closing (["'])/.exec(error.message)?.[1] : undefined;
  const opening = quote ? text.lastIndexOf(quote, error.pos[0] - 1) : -1;
  return opening >= 0 ? opening : error.pos[0];
}

/** Parses `text` (named `file` in messages) and returns the items of each top-level list. */
export function parseYamlLists(text: string, file: string, keys: readonly string[]): YamlLists {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true });
  const problems = doc.errors.map((error) => {
    const { line, col } = counter.linePos(errorOffset(text, error));
    return `${file}:${line}:${col}: YAML syntax: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`;
  });
  const lists: Record<string, Located[]> = {};
  if (problems.length > 0) return { lists, problems, failed: { ids: declaredIds(text) } };
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
      fieldLine: fieldLiner(counter, item as Node),
    }));
  }
  return { lists, problems };
}

/** Reads a file as strict UTF-8 and parses it; a file that cannot be read fails whole. */
export function readYamlLists(path: string, file: string, keys: readonly string[]): YamlLists {
  const bytes = readFileSync(path);
  const read = decodeUtf8(bytes, file);
  if (read.problem !== undefined)
    return { lists: {}, problems: [read.problem], failed: { ids: declaredIds(new TextDecoder().decode(bytes)) } };
  return parseYamlLists(read.text, file, keys);
}
