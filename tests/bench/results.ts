// The benchmark's result rows, their targets, and the printed table.
import type { ProfileLine } from './profile.ts';

export interface Row {
  size: string;
  measure: string;
  value: number | null;
  unit: 'ms' | 'fps' | 'x' | 'MB' | 'kB';
  /** e.g. "min–max" or the samples */
  spread?: string;
  heapMB?: number;
  /** e.g. "< 16 ms" */
  target?: string;
  pass?: boolean;
  note?: string;
  profile?: ProfileLine[];
}

const fmt = (value: number | null, unit: Row['unit']) =>
  value === null ? '—' : `${value < 10 ? value.toFixed(2) : value.toFixed(value < 100 ? 1 : 0)} ${unit}`;

export const spread = (values: readonly number[], digits = 1) =>
  values.length > 1 ? `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}` : '';

export function formatTable(rows: readonly Row[]): string {
  const cells = rows.map((row) => [
    row.size,
    row.measure,
    fmt(row.value, row.unit),
    row.spread ?? '',
    row.heapMB === undefined ? '' : row.heapMB.toFixed(0),
    row.target ?? '',
    row.pass === undefined ? '' : row.pass ? 'ok' : 'MISS',
    row.note ?? '',
  ]);
  const header = ['graph', 'measure', 'median', 'range', 'heap MB', 'target', '', 'note'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) =>
    c
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

export function formatProfile(row: Row): string {
  if (!row.profile) return '';
  const lines = row.profile.map(
    (p) => `    ${(p.share * 100).toFixed(0).padStart(3)}%  ${p.selfMs.toFixed(2).padStart(7)} ms  ${p.fn}  ${p.where}`,
  );
  return [`  profile of "${row.measure}" (${row.size}), self time per call:`, ...lines].join('\n');
}
