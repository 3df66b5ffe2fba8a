// What an import read, kept, defaulted and dropped (and why): collected while normalising, then
// handed to the UI as plain data. Also the readers of evidence and of the graph's attributes.
import type { Evidence, GraphAttributes, SourceDocument } from '../graph/types.ts';
import { unflatten } from './flat.ts';
import { describe, isRecord, type Dropped } from './raw.ts';

/** The report as plain, serializable data (it crosses from the import worker). */
export interface ImportSummary {
  name: string;
  format: string;
  read: { nodes: number; edges: number };
  kept: { nodes: number; edges: number };
  /** The first MAX_LISTED items dropped, with why; `droppedCount` counts them all. */
  dropped: Dropped[];
  droppedCount: number;
  /** Sentences on defaults and on fields left out, e.g. "kind missing on 12 nodes: shown as organization". */
  notes: string[];
  /** Whether some node had no position, so that the graph needs a layout. */
  needsLayout: boolean;
}

export const MAX_LISTED = 500;
export const MAX_NOTES = 20;

export class ImportReport {
  read = { nodes: 0, edges: 0 };
  needsLayout = false;
  private readonly dropped: Dropped[] = [];
  private droppedCount = 0;
  private readonly defaults = new Map<string, number>();
  private readonly unknown = new Map<string, number>();
  private readonly extraNotes: string[] = [];

  constructor(
    readonly name: string,
    readonly format: string,
  ) {}

  drop(what: string, why: string): void {
    if (this.droppedCount++ < MAX_LISTED) this.dropped.push({ what, why });
  }
  defaulted(field: 'kind' | 'type'): void {
    this.defaults.set(field, (this.defaults.get(field) ?? 0) + 1);
  }
  /** A sentence for the notes (the first MAX_NOTES; then how many more). */
  note(text: string): void {
    this.extraNotes.push(text);
  }
  unknownField(scope: 'node' | 'edge', name: string): void {
    const slot = `${scope}\u0000${name}`;
    this.unknown.set(slot, (this.unknown.get(slot) ?? 0) + 1);
  }

  summary(kept: { nodes: number; edges: number }, defaults: { kind: string; type: string }): ImportSummary {
    const notes: string[] = [];
    const kinds = this.defaults.get('kind');
    if (kinds) notes.push(`${kinds} node(s) without a known kind are shown as ${defaults.kind}.`);
    const types = this.defaults.get('type');
    if (types) notes.push(`${types} edge(s) without a known relation type are shown as ${defaults.type}.`);
    for (const [slot, count] of this.unknown) {
      const [scope, name] = slot.split('\u0000') as [string, string];
      notes.push(`Attribute "${describe(name)}" (${count} ${scope}s) is not an SSTC Atlas field and was left out.`);
    }
    if (this.needsLayout) notes.push('Some nodes had no position: the graph was given a layout.');
    notes.push(...this.extraNotes.slice(0, MAX_NOTES));
    if (this.extraNotes.length > MAX_NOTES) notes.push(`… and ${this.extraNotes.length - MAX_NOTES} more like these.`);
    return {
      name: this.name,
      format: this.format,
      read: this.read,
      kept,
      dropped: this.dropped,
      droppedCount: this.droppedCount,
      notes,
      needsLayout: this.needsLayout,
    };
  }
}

/** Evidence from a parsed value: a list of { source, quote }, or a plain quote (its source: the file). */
export function evidenceOf(value: unknown, file: string, drop: (why: string) => void): Evidence[] {
  if (typeof value === 'string') return value.trim() === '' ? [] : [{ source: file, quote: value }];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    drop(`expected a list of { source, quote }, found ${describe(value)}`);
    return [];
  }
  const evidence: Evidence[] = [];
  for (const item of value) {
    if (isRecord(item) && typeof item.quote === 'string' && item.quote.trim() !== '')
      evidence.push({
        source: typeof item.source === 'string' && item.source.trim() ? item.source : file,
        quote: item.quote,
      });
    else drop(`${describe(item)} is not a { source, quote }`);
  }
  return evidence;
}

const isDocument = (value: unknown): value is SourceDocument =>
  isRecord(value) &&
  typeof value.id === 'string' &&
  typeof value.title === 'string' &&
  typeof value.file === 'string' &&
  typeof value.year === 'number';

export function graphAttributesOf(raw: Record<string, unknown>, name: string): GraphAttributes {
  const sources = unflatten('sources', raw.sources);
  return {
    title: typeof raw.title === 'string' && raw.title.trim() ? raw.title : name,
    sources: Array.isArray(sources)
      ? sources.filter(isDocument).map(({ id, title, year, file }) => ({ id, title, year, file }))
      : [],
  };
}
