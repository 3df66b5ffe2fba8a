// The import client: progress for reading and, when positions are missing, for the layout; the
// graph it hands back is rebuilt from the worker's serialized answer.
import { describe, expect, it } from 'vitest';
import { importInWorker } from '../../src/interchange/import-client.ts';

describe('importInWorker (in place where there is no Worker)', () => {
  it('reports progress and lays out a graph that came without positions', async () => {
    const progress: string[] = [];
    const text = 'source,target\na,b\nb,c\nc,a\nc,d\n';
    const { graph, report } = await importInWorker({ name: 'ring.csv', text }, (phase, fraction) =>
      progress.push(`${phase} ${fraction}`),
    );
    expect(progress[0]).toBe('reading 0');
    expect(progress).toContain('reading 1');
    expect(progress.at(-1)).toBe('layout 1');
    expect(report.needsLayout).toBe(true);
    expect(graph!.order).toBe(4);
    const circle = (node: string, i: number) =>
      graph!.getNodeAttribute(node, 'x') !== 100 * Math.cos((2 * Math.PI * i) / 4);
    expect(['a', 'b', 'c', 'd'].some(circle)).toBe(true); // ForceAtlas2 moved them off the circle
  });

  it('hands back no graph and the reason for a broken file, without a layout', async () => {
    const progress: string[] = [];
    const { graph, report } = await importInWorker({ name: 'bad.gexf', text: '<gexf>' }, (phase) =>
      progress.push(phase),
    );
    expect(graph).toBeNull();
    expect(report.error).toMatch(/^bad\.gexf: cannot be read as GEXF/);
    expect(progress).not.toContain('layout');
  });
});
