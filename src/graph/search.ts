// Search over labels and aliases: case-, accent- and whitespace-insensitive. Ranks exact names,
// then name prefixes, then word prefixes, then substrings, then small typos (bounded edit distance
// against the distinct words of all names). Sorted arrays keep it fast on large graphs.
import { normalizeName } from './names.ts';
import type { AtlasGraph } from './types.ts';

interface Entry {
  node: string;
  name: string;
  norm: string;
  isLabel: boolean;
}

export interface SearchIndex {
  entries: Entry[];
  /** Entry ids sorted by normalized name (for prefix ranges). */
  byNorm: Int32Array;
  /** Distinct words, sorted, with the entries that contain each. */
  words: string[];
  wordEntries: Int32Array[];
  labels: Map<string, string>;
}

export interface SearchHit {
  node: string;
  label: string;
  /** The alias that matched, when it is not the label. */
  alias: string | null;
  score: number;
}

const tokenize = (norm: string) => norm.split(/[\s\-/(),.:;]+/).filter(Boolean);

export function createSearchIndex(graph: AtlasGraph): SearchIndex {
  const entries: Entry[] = [];
  const labels = new Map<string, string>();
  graph.forEachNode((node, { label, aliases }) => {
    labels.set(node, label);
    for (const name of [label, ...aliases])
      entries.push({ node, name, norm: normalizeName(name), isLabel: name === label });
  });
  const byNorm = Int32Array.from(entries.keys()).sort((a, b) =>
    entries[a]!.norm < entries[b]!.norm ? -1 : entries[a]!.norm > entries[b]!.norm ? 1 : 0,
  );
  const wordMap = new Map<string, number[]>();
  entries.forEach((entry, id) => {
    for (const word of new Set(tokenize(entry.norm))) {
      const list = wordMap.get(word);
      if (list) list.push(id);
      else wordMap.set(word, [id]);
    }
  });
  const words = [...wordMap.keys()].sort();
  return { entries, byNorm, words, wordEntries: words.map((word) => Int32Array.from(wordMap.get(word)!)), labels };
}

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/** Levenshtein distance, or max + 1 as soon as it must exceed `max` (two reused rows, no allocation). */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (b.length + 1 > rowA.length) {
    rowA = new Int32Array(b.length * 2 + 2);
    rowB = new Int32Array(b.length * 2 + 2);
  }
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const code = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = code === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** First position in `sorted` (by `key`) whose key is ≥ `value`. */
function lowerBound(length: number, key: (i: number) => string, value: string): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(mid) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const typoBudget = (length: number) => (length >= 8 ? 2 : length >= 4 ? 1 : 0);
/** Candidates kept per rank before sorting: enough to rank well, bounded on huge graphs. */
const CAP = 1000;

type Offer = (entryId: number, score: number) => void;

function prefixMatches(index: SearchIndex, query: string, offer: Offer): void {
  const key = (i: number) => index.entries[index.byNorm[i]!]!.norm;
  for (let i = lowerBound(index.byNorm.length, key, query), n = 0; i < index.byNorm.length && n < CAP; i++, n++) {
    const norm = key(i);
    if (!norm.startsWith(query)) break;
    offer(index.byNorm[i]!, norm === query ? 100 : 80);
  }
}

function wordMatches(index: SearchIndex, query: string, offer: Offer): void {
  const [first] = query.split(' ');
  if (!first) return;
  const key = (i: number) => index.words[i]!;
  let offered = 0;
  for (let w = lowerBound(index.words.length, key, first); w < index.words.length && offered < CAP; w++) {
    if (!index.words[w]!.startsWith(first)) break;
    for (const id of index.wordEntries[w]!) {
      const norm = index.entries[id]!.norm;
      const at = norm.indexOf(query);
      if (at < 0) continue;
      const wordStart = at === 0 || /[\s\-/(),.:;]/.test(norm[at - 1]!);
      offer(id, wordStart ? 65 : 50);
      offered++;
    }
  }
}

function substringMatches(index: SearchIndex, query: string, offer: Offer): void {
  let offered = 0;
  if (!query.includes(' ')) {
    // A one-word query can only occur inside a word: scan the distinct words, not every name.
    for (let w = 0; w < index.words.length && offered < CAP; w++)
      if (index.words[w]!.includes(query))
        for (const id of index.wordEntries[w]!) {
          offer(id, 50);
          offered++;
        }
    return;
  }
  for (let id = 0; id < index.entries.length && offered < CAP; id++)
    if (index.entries[id]!.norm.includes(query)) {
      offer(id, 50);
      offered++;
    }
}

function fuzzyMatches(index: SearchIndex, query: string, offer: Offer): void {
  const tokens = tokenize(query);
  let candidates: Map<number, number> | null = null;
  for (const token of tokens) {
    const budget = typoBudget(token.length);
    const found = new Map<number, number>();
    index.words.forEach((word, w) => {
      if (word.length < token.length - budget) return;
      const whole = boundedDistance(token, word, budget);
      // A longer word may start with the typed word: "Paragu" → "Paraguay".
      const prefix =
        whole > 0 && word.length > token.length
          ? boundedDistance(token, word.slice(0, token.length), budget) + 0.5
          : Infinity;
      const distance = Math.min(whole, prefix);
      if (distance > budget) return;
      for (const id of index.wordEntries[w]!) found.set(id, Math.min(found.get(id) ?? Infinity, distance));
    });
    if (!candidates) candidates = found;
    else
      for (const [id, distance] of candidates) {
        const other = found.get(id);
        if (other === undefined) candidates.delete(id);
        else candidates.set(id, distance + other);
      }
  }
  for (const [id, distance] of candidates ?? []) offer(id, 30 - distance * 5);
}

export function searchNodes(index: SearchIndex, rawQuery: string, limit = 10): SearchHit[] {
  const query = normalizeName(rawQuery);
  if (query === '') return [];
  // The best entry per node, as numbers only: a common phrase offers thousands of entries.
  const best = new Map<string, { id: number; score: number }>();
  const offer: Offer = (id, score) => {
    const entry = index.entries[id]!;
    const adjusted = score + (entry.isLabel ? 1 : 0);
    const previous = best.get(entry.node);
    if (!previous) best.set(entry.node, { id, score: adjusted });
    else if (adjusted > previous.score) {
      previous.id = id;
      previous.score = adjusted;
    }
  };
  prefixMatches(index, query, offer);
  wordMatches(index, query, offer);
  if (best.size < limit) substringMatches(index, query, offer);
  if (best.size < limit && typoBudget(query.replace(/ /g, '').length) > 0) fuzzyMatches(index, query, offer);
  return topHits(index, best, limit);
}

const ranks = (a: SearchHit, b: SearchHit) =>
  b.score - a.score || a.label.length - b.label.length || a.label.localeCompare(b.label);

/** The `limit` best hits in rank order, kept by insertion: no sort of every candidate. */
function topHits(index: SearchIndex, best: Map<string, { id: number; score: number }>, limit: number): SearchHit[] {
  const top: SearchHit[] = [];
  for (const [node, { id, score }] of best) {
    if (top.length === limit && score < top[limit - 1]!.score) continue;
    const entry = index.entries[id]!;
    const hit = { node, label: index.labels.get(node)!, alias: entry.isLabel ? null : entry.name, score };
    let at = top.length;
    while (at > 0 && ranks(hit, top[at - 1]!) < 0) at--;
    if (at < limit) {
      top.splice(at, 0, hit);
      if (top.length > limit) top.pop();
    }
  }
  return top;
}
