// Search over labels and aliases: case-, accent- and whitespace-insensitive, prefix and substring
// matches first, then small typos (bounded edit distance). Reports which alias matched.
import { normalizeName } from './names.ts';
import type { AtlasGraph } from './types.ts';

interface Entry {
  node: string;
  name: string;
  norm: string;
  tokens: string[];
  isLabel: boolean;
}

export interface SearchIndex {
  entries: Entry[];
  labels: Map<string, string>;
}

export interface SearchHit {
  node: string;
  label: string;
  /** The alias that matched, when it is not the label. */
  alias: string | null;
  score: number;
}

export function createSearchIndex(graph: AtlasGraph): SearchIndex {
  const entries: Entry[] = [];
  const labels = new Map<string, string>();
  graph.forEachNode((node, { label, aliases }) => {
    labels.set(node, label);
    for (const name of [label, ...aliases]) {
      const norm = normalizeName(name);
      entries.push({ node, name, norm, tokens: norm.split(/[\s\-/(),.:;]+/).filter(Boolean), isLabel: name === label });
    }
  });
  return { entries, labels };
}

/** Levenshtein distance, or max + 1 as soon as it must exceed `max`. */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}

const typoBudget = (length: number) => (length >= 8 ? 2 : length >= 4 ? 1 : 0);

function scoreEntry(entry: Entry, query: string, queryTokens: string[]): number {
  if (entry.norm === query) return 100;
  if (entry.norm.startsWith(query)) return 80;
  if (entry.tokens.some((token) => token.startsWith(query))) return 65;
  if (entry.norm.includes(query)) return 50;
  const budget = typoBudget(query.length);
  if (budget === 0) return 0;
  if (queryTokens.length === 1) {
    let best = budget + 1;
    for (const token of entry.tokens) {
      const prefix = token.length > query.length ? token.slice(0, query.length) : token;
      best = Math.min(best, boundedDistance(query, token, budget), boundedDistance(query, prefix, budget) + 0.5);
    }
    return best <= budget ? 30 - best * 5 : 0;
  }
  const distance = boundedDistance(query, entry.norm.slice(0, query.length + budget), budget);
  return distance <= budget ? 25 - distance * 5 : 0;
}

export function searchNodes(index: SearchIndex, rawQuery: string, limit = 10): SearchHit[] {
  const query = normalizeName(rawQuery);
  if (query === '') return [];
  const queryTokens = query.split(' ');
  const best = new Map<string, SearchHit>();
  for (const entry of index.entries) {
    const score = scoreEntry(entry, query, queryTokens);
    if (score === 0) continue;
    const adjusted = score + (entry.isLabel ? 1 : 0);
    const previous = best.get(entry.node);
    if (!previous || adjusted > previous.score)
      best.set(entry.node, {
        node: entry.node,
        label: index.labels.get(entry.node)!,
        alias: entry.isLabel ? null : entry.name,
        score: adjusted,
      });
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || a.label.length - b.label.length || a.label.localeCompare(b.label))
    .slice(0, limit);
}
