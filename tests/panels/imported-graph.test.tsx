// @vitest-environment jsdom
// Panels with what an imported graph allows: node keys that are not kebab-case (spaces, "__proto__",
// "constructor"), no description, no orgType or region, edges without evidence, evidence whose
// source is not in the document list, labels carrying markup. Every panel renders them as text.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAtlas } from '../../src/store/store.ts';
import { importGraph } from '../../src/interchange/import.ts';
import type { AtlasGraph } from '../../src/graph/types.ts';
import { SidePanel } from '../../src/app/SidePanel.tsx';
import { DetailsPanel } from '../../src/panels/DetailsPanel.tsx';
import { StatusBar } from '../../src/panels/StatusBar.tsx';
import { resetAtlas } from '../fixtures/atlas.ts';
import { makeGraph } from '../fixtures/graph.ts';

const PAYLOAD = '<img src=x onerror=window.__pwned=1>';
const CSV = [
  'source,target,type,evidence,initiative',
  `"__proto__",constructor,knowledge_transfer,"${PAYLOAD}",Plan 2030`,
  'constructor,"Ministry of Labour (Brazil)",funding,,',
  '"Ministry of Labour (Brazil)",toString,,"[{""source"":""not-a-document"",""quote"":""<script>window.__pwned=1</script>""}]",',
  'toString,Plan 2030,participation,,',
  '"Ministry of Labour (Brazil)",Ünïcödé · 東京,membership,,',
].join('\n');

function imported(): AtlasGraph {
  const { graph, report } = importGraph({ name: 'partners.csv', text: CSV });
  expect(report.error).toBeUndefined();
  return graph!;
}

beforeEach(() => {
  resetAtlas(makeGraph());
  const graph = imported();
  act(() =>
    useAtlas
      .getState()
      .replaceGraph(graph, { name: 'partners.csv', report: importGraph({ name: 'partners.csv', text: CSV }).report }),
  );
});

describe('panels with an imported graph', () => {
  it('shows every node and every edge in the details panel, as text', () => {
    const graph = useAtlas.getState().graph!;
    expect(graph.order).toBe(6);
    for (const node of graph.nodes()) {
      act(() => useAtlas.getState().selectNode(node));
      const { container, unmount } = render(<DetailsPanel />);
      expect(within(container).getByRole('heading', { level: 2 }).textContent).toBe(
        graph.getNodeAttribute(node, 'label'),
      );
      expect(container.querySelector('img, script')).toBeNull();
      unmount();
    }
    for (const edge of graph.edges()) {
      act(() => useAtlas.getState().selectEdge(edge));
      const { container, unmount } = render(<DetailsPanel />);
      expect(container.querySelector('img, script')).toBeNull();
      unmount();
    }
  });

  it('says when an edge has no evidence, and offers no document for a source outside the document list', () => {
    const graph = useAtlas.getState().graph!;
    const bare = graph.findEdge((_e, a) => a.type === 'funding')!;
    act(() => useAtlas.getState().selectEdge(bare));
    const { unmount } = render(<DetailsPanel />);
    expect(screen.getByText('No evidence was given for this relation.')).toBeTruthy();
    unmount();
    const quoted = graph.findEdge((_e, a) => a.evidence[0]?.source === 'not-a-document')!;
    act(() => useAtlas.getState().selectEdge(quoted));
    render(<DetailsPanel />);
    expect(screen.getByText('“<script>window.__pwned=1</script>”')).toBeTruthy();
    expect(screen.getByText('not-a-document')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Show in document' })).toBeNull();
  });

  it('renders the filters with counts, searches odd keys, and opens the analyse tab', async () => {
    const user = userEvent.setup();
    render(
      <>
        <SidePanel />
        <StatusBar />
      </>,
    );
    expect(screen.getByTestId('graph-size').textContent).toContain('6 of 6 nodes');
    expect(screen.getByRole('checkbox', { name: /Knowledge transfer/ }).closest('label')?.textContent).toContain('1');
    await user.type(screen.getByRole('combobox', { name: 'Search' }), 'proto');
    await user.keyboard('{Enter}');
    expect(useAtlas.getState().selectedNode).toBe('__proto__ (node)');
    await user.click(screen.getByRole('tab', { name: 'Analyse' }));
    expect(screen.getByRole('tabpanel', { name: 'Analyse' })).toBeTruthy();
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(useAtlas.getState().metricsError).toBeNull();
  });
});
