// The loose graph every reader produces before normalisation: graphology's serialized shape with
// any attributes, plus what the reader already had to drop and why.
import type { SaidDrop } from './said.ts';

/** A dropped item and why, in English (the report's `said` holds the same as codes). */
export interface Dropped {
  what: string;
  why: string;
}

export type Attributes = Record<string, unknown>;

export interface RawGraph {
  attributes: Attributes;
  nodes: { key: string; attributes: Attributes }[];
  edges: { key?: string; source: string; target: string; undirected?: boolean; attributes: Attributes }[];
  dropped: SaidDrop[];
}

export const isRecord = (value: unknown): value is Attributes =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A short, printable form of any value for a report line (never markup: the UI shows it as text). */
export function describe(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
