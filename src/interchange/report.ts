// What an import read, kept, defaulted and dropped (and why): collected while normalising, then
// handed to the UI as plain data. Also the readers of evidence and of the graph's attributes.
import type { Evidence, GraphAttributes, SourceDocument } from '../graph/types.ts';
import { unflatten } from './flat.ts';
import { describe, isRecord, type Dropped } from './raw.ts';
import { english, said, type Said, type SaidDrop } from './said.ts';

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
  /** The same dropped items and notes as codes with parameters, for the interface to translate. */
  said: { dropped: SaidDrop[]; notes: Said[] };
}

export const MAX_LISTED = 500;
export const MAX_NOTES = 20;

export class ImportReport {
  read = { nodes: 0, edges: 0 };
  needsLayout = false;
  private readonly dropped: SaidDrop[] = [];
  private droppedCount = 0;
  private readonly defaults = new Map<string, number>();
  private readonly unknown = new Map<string, number>();
  private readonly extraNotes: Said[] = [];

  constructor(
    readonly name: string,
    readonly format: string,
  ) {}

  drop(what: Said, why: Said): void {
    if (this.droppedCount++ < MAX_LISTED) this.dropped.push({ what, why });
  }
  defaulted(field: 'kind' | 'type'): void {
    this.defaults.set(field, (this.defaults.get(field) ?? 0) + 1);
  }
  /** A sentence for the notes (the first MAX_NOTES; then how many more). */
  note(message: Said): void {
    this.extraNotes.push(message);
  }
  unknownField(scope: 'node' | 'edge', name: string): void {
    const slot = `${scope}\u0000${name}`;
    this.unknown.set(slot, (this.unknown.get(slot) ?? 0) + 1);
  }

  summary(kept: { nodes: number; edges: number }, defaults: { kind: string; type: string }): ImportSummary {
    const notes: Said[] = [];
    const kinds = this.defaults.get('kind');
    if (kinds) notes.push(said('defaultKind', { count: kinds, kind: defaults.kind }));
    const types = this.defaults.get('type');
    if (types) notes.push(said('defaultType', { count: types, type: defaults.type }));
    for (const [slot, count] of this.unknown) {
      const [scope, name] = slot.split('\u0000') as [string, string];
      notes.push(said(scope === 'node' ? 'unknownNodeField' : 'unknownEdgeField', { name: describe(name), count }));
    }
    if (this.needsLayout) notes.push(said('laidOut'));
    notes.push(...this.extraNotes.slice(0, MAX_NOTES));
    if (this.extraNotes.length > MAX_NOTES)
      notes.push(said('moreNotes', { count: this.extraNotes.length - MAX_NOTES }));
    return {
      name: this.name,
      format: this.format,
      read: this.read,
      kept,
      dropped: this.dropped.map(({ what, why }): Dropped => ({ what: english(what), why: english(why) })),
      droppedCount: this.droppedCount,
      notes: notes.map(english),
      needsLayout: this.needsLayout,
      said: { dropped: this.dropped, notes },
    };
  }
}

/** Evidence from a parsed value: a list of { source, quote }, or a plain quote (its source: the file). */
export function evidenceOf(value: unknown, file: string, drop: (why: Said) => void): Evidence[] {
  if (typeof value === 'string') return value.trim() === '' ? [] : [{ source: file, quote: value }];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    drop(said('evidenceNotList', { value: describe(value) }));
    return [];
  }
  const evidence: Evidence[] = [];
  for (const item of value) {
    if (isRecord(item) && typeof item.quote === 'string' && item.quote.trim() !== '')
      evidence.push({
        source: typeof item.source === 'string' && item.source.trim() ? item.source : file,
        quote: item.quote,
      });
    else drop(said('evidenceNotItem', { value: describe(item) }));
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
