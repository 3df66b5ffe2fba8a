// The words drawn over an exported image: title and caption in a box at the top, the legend and the
// sources line in a box at the bottom, on a 2D canvas already scaled to CSS pixels.
import type { ImageText, LegendEntry } from '../store/image-text.ts';

const FONT = 'system-ui, sans-serif';
const PAD = 12;
const PANEL = 'rgba(29, 38, 51, 0.92)';
const BORDER = '#3a4a63';
const TEXT = '#e8ecf1';
const MUTED = '#b5c0ce';

/** Splits a text into lines no wider than `width` at the context's current font. */
export function wrapText(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

interface Run {
  font: string;
  color: string;
  lines: string[];
  height: number;
}

const run = (ctx: CanvasRenderingContext2D, font: string, color: string, size: number, text: string, width: number) => {
  ctx.font = `${font} ${size}px ${FONT}`;
  return { font: ctx.font, color, lines: wrapText(ctx, text, width), height: Math.round(size * 1.35) };
};

function drawRuns(ctx: CanvasRenderingContext2D, runs: Run[], x: number, y: number): number {
  ctx.textBaseline = 'top';
  for (const { font, color, lines, height } of runs) {
    ctx.font = font;
    ctx.fillStyle = color;
    for (const line of lines) {
      ctx.fillText(line, x, y);
      y += height;
    }
  }
  return y;
}

const runsHeight = (runs: Run[]) => runs.reduce((sum, r) => sum + r.lines.length * r.height, 0);

/** Legend entries laid out in rows; returns their positions relative to the legend's top-left. */
function legendRows(ctx: CanvasRenderingContext2D, legend: LegendEntry[], width: number) {
  ctx.font = `13px ${FONT}`;
  const placed: { entry: LegendEntry; x: number; y: number }[] = [];
  let [x, y] = [0, 0];
  for (const entry of legend) {
    const w = (entry.color ? 22 : 0) + ctx.measureText(entry.label).width + 16;
    if (x > 0 && x + w > width) [x, y] = [0, y + 20];
    placed.push({ entry, x, y });
    x += w;
  }
  return { placed, height: legend.length > 0 ? y + 20 : 0 };
}

function drawLegend(ctx: CanvasRenderingContext2D, rows: ReturnType<typeof legendRows>, left: number, top: number) {
  ctx.font = `13px ${FONT}`;
  ctx.textBaseline = 'middle';
  for (const { entry, x, y } of rows.placed) {
    const [cx, cy] = [left + x, top + y + 9];
    ctx.fillStyle = entry.color;
    if (entry.line) ctx.fillRect(cx, cy - 2, 16, 4);
    else if (entry.color) {
      ctx.beginPath();
      ctx.arc(cx + 7, cy, 6, 0, 2 * Math.PI);
      ctx.fill();
    }
    ctx.fillStyle = TEXT;
    ctx.fillText(entry.label, cx + (entry.color ? 22 : 0), cy);
  }
}

/** Draws the title box and the legend-and-sources box over an image `width` × `height` CSS px. */
export function drawImageText(ctx: CanvasRenderingContext2D, text: ImageText, width: number, height: number): void {
  const inner = Math.min(width - 4 * PAD, 720);
  const head = [run(ctx, 'bold', TEXT, 20, text.title, inner), run(ctx, 'normal', MUTED, 13, text.caption, inner)];
  const headWidth = Math.min(inner, Math.max(...head.flatMap((r) => measureLines(ctx, r)))) + 2 * PAD;
  box(ctx, PAD, PAD, headWidth, runsHeight(head) + 2 * PAD);
  drawRuns(ctx, head, 2 * PAD, 2 * PAD);

  const footWidth = width - 4 * PAD;
  const rows = legendRows(ctx, text.legend, footWidth);
  const sources = [run(ctx, 'normal', MUTED, 11, text.sources, footWidth)];
  const footHeight = rows.height + 6 + runsHeight(sources) + 2 * PAD;
  const top = height - PAD - footHeight;
  box(ctx, PAD, top, width - 2 * PAD, footHeight);
  drawLegend(ctx, rows, 2 * PAD, top + PAD);
  drawRuns(ctx, sources, 2 * PAD, top + PAD + rows.height + 6);
}

function box(ctx: CanvasRenderingContext2D, x: number, y: number, width: number, height: number) {
  ctx.fillStyle = PANEL;
  ctx.fillRect(x, y, width, height);
  ctx.strokeStyle = BORDER;
  ctx.lineWidth = 1;
  ctx.strokeRect(x + 0.5, y + 0.5, width - 1, height - 1);
}

function measureLines(ctx: CanvasRenderingContext2D, r: Run): number[] {
  ctx.font = r.font;
  return r.lines.map((line) => ctx.measureText(line).width);
}
