// Time in the graph: the years each initiative runs and each forum takes place, the span the data
// covers, and for a year or a range which of them are active and which relations follow them.
import type { AtlasGraph, NodeAttributes } from './types.ts';

export interface YearRange {
  from: number;
  to: number;
}

/**
 * The years a node is bound to: an initiative from `start` to `end`, a forum in its `year`. An initiative
 * with a start and no end is still running (end = Infinity); one with only an end is dated to that year.
 * null: an initiative or forum the documents give no date for; undefined: an actor, not bound to time.
 */
export function yearsOf(attributes: NodeAttributes): { start: number; end: number } | null | undefined {
  if (attributes.kind === 'forum')
    return attributes.year === undefined ? null : { start: attributes.year, end: attributes.year };
  if (attributes.kind !== 'initiative') return undefined;
  const { start, end } = attributes;
  if (start === undefined && end === undefined) return null;
  return { start: start ?? end!, end: end ?? Infinity };
}

/** Whether a node's years meet the range (actors always do; undated initiatives and forums never). */
export function activeDuring(attributes: NodeAttributes, range: YearRange): boolean {
  const years = yearsOf(attributes);
  if (years === undefined) return true;
  return years !== null && years.start <= range.to && years.end >= range.from;
}

/** The first and last year any initiative or forum names (open ends add none), or null if none does. */
export function timelineSpan(graph: AtlasGraph): YearRange | null {
  let from = Infinity;
  let to = -Infinity;
  graph.forEachNode((_node, attributes) => {
    const years = yearsOf(attributes);
    if (!years) return;
    from = Math.min(from, years.start);
    to = Math.max(to, years.start, Number.isFinite(years.end) ? years.end : years.start);
  });
  return from <= to ? { from, to } : null;
}

export interface TimelineView {
  /** Initiatives and forums active in the range. */
  activeNodes: Set<string>;
  /** Initiatives and forums not active in it (undated ones too, unless `undated: 'show'`). */
  hiddenNodes: Set<string>;
  /** Relations that follow an active initiative or forum (as an end or as their `initiative`). */
  activeEdges: Set<string>;
  /** Relations that follow a hidden one. Relations between actors alone are in neither set. */
  hiddenEdges: Set<string>;
}

/**
 * What the timeline shows for `range`: an edge follows every initiative or forum it touches — its source,
 * its target and the initiative it happened within — and is shown only if all of them are active.
 */
export function timelineView(
  graph: AtlasGraph,
  range: YearRange,
  options: { undated?: 'hide' | 'show' } = {},
): TimelineView {
  const view: TimelineView = {
    activeNodes: new Set(),
    hiddenNodes: new Set(),
    activeEdges: new Set(),
    hiddenEdges: new Set(),
  };
  graph.forEachNode((node, attributes) => {
    const years = yearsOf(attributes);
    if (years === undefined) return;
    const active = years === null ? options.undated === 'show' : activeDuring(attributes, range);
    (active ? view.activeNodes : view.hiddenNodes).add(node);
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    const bound = [source, target, attributes.initiative].filter(
      (node): node is string => node !== undefined && (view.activeNodes.has(node) || view.hiddenNodes.has(node)),
    );
    if (bound.length === 0) return;
    (bound.every((node) => view.activeNodes.has(node)) ? view.activeEdges : view.hiddenEdges).add(edge);
  });
  return view;
}

/** For each year of the span, how many initiatives run and how many forums take place (for a histogram). */
export function yearCounts(
  graph: AtlasGraph,
  span: YearRange,
): { year: number; initiatives: number; forums: number }[] {
  const counts = Array.from({ length: span.to - span.from + 1 }, (_, i) => ({
    year: span.from + i,
    initiatives: 0,
    forums: 0,
  }));
  graph.forEachNode((_node, attributes) => {
    const years = yearsOf(attributes);
    if (!years) return;
    const last = Math.min(years.end, span.to);
    for (let year = Math.max(years.start, span.from); year <= last; year++)
      counts[year - span.from]![attributes.kind === 'forum' ? 'forums' : 'initiatives']++;
  });
  return counts;
}

/** The year after `year` in the span, back to its first year after the last (for play). */
export const nextYear = (year: number, span: YearRange): number =>
  year >= span.to || year < span.from ? span.from : year + 1;
