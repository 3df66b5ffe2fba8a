// @vitest-environment jsdom
// The app's chrome and dialogs in the pseudo-language (every message in ⟪ ⟫) show no English word of
// their own in the states a person reaches: the status bar, notices (a rejected link value, a load
// error), sharing, the document viewer, image export, an empty graph, an error boundary, the layout
// switch, the presenter and kiosk. What is left outside the brackets is data: names, quotes, titles,
// tours, and the technical detail of an error (a driver string, a thrown message), shown as code.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Graph from 'graphology';
import { useAtlas } from '../../src/store/store.ts';
import { i18n } from '../../src/i18n/i18n.ts';
import type { Tour } from '../../src/graph/tours.ts';
import type { AtlasGraph } from '../../src/graph/types.ts';
import { decodeView } from '../../src/store/url-state.ts';
import { decodePresentation } from '../../src/store/presentation-url.ts';
import { StatusBar } from '../../src/panels/StatusBar.tsx';
import { Notices } from '../../src/panels/Notices.tsx';
import { ShareButton } from '../../src/panels/ShareButton.tsx';
import { ShareDialog } from '../../src/panels/ShareDialog.tsx';
import { DocumentViewer } from '../../src/panels/DocumentViewer.tsx';
import { ImageExport } from '../../src/panels/ImageExport.tsx';
import { EmptyGraph } from '../../src/panels/EmptyGraph.tsx';
import { LayoutSwitch } from '../../src/panels/LayoutSwitch.tsx';
import { ZoomControls } from '../../src/panels/ZoomControls.tsx';
import { NodeLink } from '../../src/panels/NodeLink.tsx';
import { PresentMenu } from '../../src/panels/PresentMenu.tsx';
import { PresenterStage } from '../../src/panels/PresenterStage.tsx';
import { KioskStart } from '../../src/panels/KioskStart.tsx';
import { Guarded } from '../../src/app/Guarded.tsx';
import { App } from '../../src/app/App.tsx';
import { LANG_NAMES } from '../../src/i18n/langs.ts';
import { makeGraph } from '../fixtures/graph.ts';
import { resetAtlas } from '../fixtures/atlas.ts';
import { dataStrings, leavePseudoLanguage, untranslated, usePseudoLanguage } from './pseudo.ts';

vi.mock('../../src/renderer/GraphCanvas.tsx', () => ({ GraphCanvas: () => <div data-testid="graph-canvas" /> }));

const TOURS: Tour[] = [
  {
    id: 'one',
    title: 'South-South in practice',
    summary: 'How Brazil shares with Paraguay.',
    steps: [
      {
        title: 'Brazil shares',
        caption: 'Brazil shares its experience.',
        view: { selectedNode: 'bra' },
        evidence: { source: 'doc', quote: 'bra knowledge_transfer pry' },
      },
      {
        title: 'Paraguay learns',
        caption: 'Paraguay takes it up.',
        view: { selectedNode: 'pry' },
        evidence: { source: 'doc', quote: 'bra knowledge_transfer pry' },
      },
    ],
  },
];
const tourStrings = TOURS.flatMap((tour) => [
  tour.title,
  tour.summary,
  ...tour.steps.flatMap((s) => [s.title, s.caption]),
]);
// The document's own text is data: it stays in its language (lang="en" on it).
const DOCUMENT = 'Once upon a time bra knowledge_transfer pry and then usdol funding child happened.';
const DRIVER = 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)';
const PROBLEM = 'nodes[3] "x": duplicate key';
const CONFIG_PROBLEM = 'config.json: "shareBase" must be an http or https address, not ftp';
const THROWN = 'WebGL context lost';

let graph: AtlasGraph;
beforeEach(async () => {
  graph = makeGraph();
  resetAtlas(graph);
  useAtlas.setState({ tours: TOURS });
  vi.spyOn(console, 'error').mockImplementation(() => {});
  await usePseudoLanguage();
});
afterEach(async () => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  await leavePseudoLanguage();
});

/** Renders and checks; `allowed` adds data shown as is beyond the graph's strings. */
function expectTranslated(container: Element, allowed: string[] = []) {
  // A missing message shows its key, which may sit inside another message's brackets.
  expect(container.textContent).not.toMatch(/\b(chrome|notice)\.[a-z]/);
  expect(untranslated(container, [...dataStrings(graph), ...tourStrings], ['SSTC Atlas', ...allowed])).toEqual([]);
}

const notice = (search: string) => () => useAtlas.getState().addNotices(decodeView(search, graph).notices);
const presentationNotice = (search: string) => () =>
  useAtlas.getState().addNotices(decodePresentation(search, TOURS).notices);

const cases: [string, () => ReactElement, () => void, string[]?][] = [
  [
    'status bar without filters, drawing details open',
    () => <StatusBar />,
    () => useAtlas.getState().setProgramStatus({ mode: 'quality', reason: 'gpu', detail: DRIVER }),
    [DRIVER],
  ],
  [
    'status bar with filters, a large graph and data problems',
    () => <StatusBar />,
    () => {
      useAtlas.getState().toggleRelationType('funding');
      useAtlas.getState().setProgramStatus({ mode: 'fast', reason: 'large', items: 25_000 });
      useAtlas.setState({ loadProblems: [PROBLEM, PROBLEM] });
    },
    [PROBLEM],
  ],
  [
    'status bar, chosen by the user, one problem',
    () => <StatusBar />,
    () => {
      useAtlas.getState().setProgramStatus({ mode: 'fast', reason: 'chosen' });
      useAtlas.setState({ loadProblems: [PROBLEM] });
    },
    [PROBLEM],
  ],
  [
    'status bar without a graphics card',
    () => <StatusBar />,
    () => useAtlas.getState().setProgramStatus({ mode: 'fast', reason: 'software' }),
  ],
  ['notice: an unknown parameter and a rejected node', () => <Notices />, notice('?foo=1&node=atlantis')],
  // At most four notices are kept: one case per link, each with up to four rejected values.
  ...[
    '?hide=funding,bogus,other&edge=nope&q=' + 'x'.repeat(201),
    '?from=2020&to=2010&isolated=show&cam=1,2',
    '?program=turbo&cam=500,500,1&tri=nope&tri-role=boss',
    '?path=pry&ego=bra,4,out',
    '?ego=bra,1,sideways&cell=bra,atlantis',
    '?tri=child&path=bra,pry&lang=de',
  ].map((search): (typeof cases)[number] => [
    `notices of the link ${search.slice(0, 60)}`,
    () => <Notices />,
    notice(search),
  ]),
  [
    'notices: the presentation link and the map',
    () => <Notices />,
    () => {
      presentationNotice('tour=nope&idle=5&stepms=0')();
      presentationNotice('tour=one&step=9')();
      useAtlas.getState().addNotices([{ key: 'notice.mapFailed', params: { detail: THROWN } }]);
    },
  ],
  ['empty graph, naming its file', () => <EmptyGraph />, () => emptyGraph('data/graph.json')],
  ['empty graph without a file name', () => <EmptyGraph />, () => emptyGraph(null)],
  ['empty graph in the status bar', () => <StatusBar />, () => emptyGraph('data/graph.json')],
  ['layout switch on the network', () => <LayoutSwitch />, () => {}],
  ['layout switch on the map', () => <LayoutSwitch />, () => useAtlas.getState().setLayout('map')],
  ['zoom controls', () => <ZoomControls />, () => {}],
  ['a node link', () => <NodeLink node="pry" />, () => {}],
  [
    'an error boundary showing its error',
    () => (
      <Guarded part="canvas">
        <Thrower />
      </Guarded>
    ),
    () => {},
    [THROWN],
  ],
  ['the presenter on stage', () => <PresenterStage />, () => useAtlas.getState().present('one')],
  [
    'the presenter playing, blanked, on the last step',
    () => <PresenterStage />,
    () => {
      useAtlas.getState().present('one', 1, { autoplay: true });
      useAtlas.getState().toggleBlank();
    },
  ],
  [
    'the kiosk attract loop',
    () => <PresenterStage />,
    () => {
      useAtlas.getState().setKiosk({ idleMs: 60_000 }, null);
      useAtlas.getState().startAttract();
    },
  ],
  ['the kiosk start screen', () => <KioskStart />, () => useAtlas.getState().setKiosk({ idleMs: 60_000 }, null)],
  [
    'the kiosk with a node chosen',
    () => <KioskStart />,
    () => {
      useAtlas.getState().setKiosk({ idleMs: 60_000 }, null);
      useAtlas.getState().selectNode('pry');
    },
  ],
];

function Thrower(): ReactElement {
  throw new Error(THROWN);
}

function emptyGraph(source: string | null) {
  const empty: AtlasGraph = new Graph({ type: 'directed', multi: true });
  empty.replaceAttributes({ title: 'Empty', sources: [] });
  useAtlas.setState({ graph: empty, source });
}

describe('the chrome speaks the chosen language', () => {
  it.each(cases)('%s', (_, element, arrange, allowed = []) => {
    arrange();
    const { container } = render(element());
    expect(container.textContent).not.toBe('');
    if (container.querySelector('details')) fireEvent.click(container.querySelector('summary')!);
    expectTranslated(document.body, allowed);
  });

  it('the present menu, open', () => {
    render(<PresentMenu />);
    fireEvent.click(screen.getByRole('button'));
    expectTranslated(document.body);
  });
});

describe('the dialogs speak the chosen language', () => {
  const local = { base: 'http://localhost:4173/', problem: null, configured: false };

  it('the share button and its dialog, open', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('', { status: 404 })),
    );
    const { container } = render(<ShareButton />);
    const button = screen.getByRole('button');
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(button);
    expect(container.querySelector('dialog')).not.toBeNull();
    expectTranslated(container);
  });

  it('the share dialog on a local address, the link copied', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: vi.fn(async () => {}) } });
    const { container } = render(<ShareDialog base={local} onClose={() => {}} />);
    fireEvent.click(screen.getAllByRole('button').at(-3)!);
    await screen.findByRole('status');
    expectTranslated(container);
  });

  it('the share dialog with a bad config.json, the link not copied', async () => {
    vi.stubGlobal('navigator', {
      ...navigator,
      clipboard: { writeText: vi.fn(async () => Promise.reject(new Error('denied'))) },
    });
    const { container } = render(<ShareDialog base={{ ...local, problem: CONFIG_PROBLEM }} onClose={() => {}} />);
    fireEvent.click(screen.getAllByRole('button').at(-3)!);
    await screen.findByRole('status');
    expectTranslated(container, [CONFIG_PROBLEM]);
  });

  it('the share dialog with a link too long for a QR code', () => {
    useAtlas.getState().setQuery('q'.repeat(200));
    const { container } = render(
      <ShareDialog
        base={{ base: `https://x.org/${'p'.repeat(3000)}/`, problem: null, configured: true }}
        onClose={() => {}}
      />,
    );
    expect(container.querySelector('.qr-code')).toBeNull();
    expectTranslated(container);
  });

  it.each([
    ['on a quote', async () => new Response(DOCUMENT), 'bra knowledge_transfer pry'],
    ['whose quote is not in the text', async () => new Response('Nothing here.'), 'bra knowledge_transfer pry'],
    ['that cannot be loaded', async () => new Response('', { status: 404, statusText: 'Not Found' }), 'q'],
    ['while it loads', () => new Promise<Response>(() => {}), 'q'],
  ])('the document viewer %s', async (_, answer, quote) => {
    vi.stubGlobal('fetch', vi.fn(answer));
    HTMLElement.prototype.scrollIntoView = vi.fn();
    const { container } = render(<DocumentViewer />);
    act(() => useAtlas.getState().showEvidence({ source: 'doc', quote }));
    await act(async () => {});
    expect(container.querySelector('dialog')).not.toBeNull();
    expectTranslated(container, [
      ...DOCUMENT.split(quote).map((part) => part.trim()),
      'Nothing here.',
      '404 Not Found',
    ]);
  });

  it.each([
    ['saved', async () => new Blob(['png'])],
    ['failed', async () => Promise.reject(new Error(THROWN))],
    ['drawing', () => new Promise<Blob>(() => {})],
  ])('the image export, %s', async (_, exporter) => {
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    useAtlas.setState({ imageExporter: vi.fn(exporter) });
    const { container } = render(<ImageExport />);
    fireEvent.click(screen.getAllByRole('button')[0]!);
    await act(async () => {});
    expect(container.querySelector('[role=status], [role=alert]')).not.toBeNull();
    expectTranslated(container, [THROWN]);
  });

  it.each([
    ['the server answers 404', async () => new Response('', { status: 404, statusText: 'Not Found' })],
    ['the file is not a graph', async () => new Response('{"nodes": 1}')],
  ])('the app when the graph cannot be loaded: %s', async (_, answer) => {
    useAtlas.setState(useAtlas.getInitialState(), true);
    vi.stubGlobal('fetch', vi.fn(answer));
    const { container } = render(<App />);
    await screen.findByRole('alert');
    await act(usePseudoLanguage); // App applied the store's language (English) when it mounted
    expectTranslated(container, Object.values(LANG_NAMES));
  });

  it("the app's header, side panel sections and status bar once loaded", async () => {
    useAtlas.setState(useAtlas.getInitialState(), true);
    const json = JSON.stringify(graph.export());
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => (url.endsWith('graph.json') ? new Response(json) : new Response('{"tours": []}'))),
    );
    const { container } = render(<App />);
    await screen.findByTestId('graph-size');
    await act(usePseudoLanguage);
    const parts = [
      container.querySelector('.app-header h1')!,
      container.querySelector('.panel-toggle')!,
      container.querySelector('.share-button')!,
      container.querySelector('.status-bar')!,
      container.querySelector('.layout-switch')!,
      // The side panel's own sections (the panels inside them belong to other areas).
      ...container.querySelectorAll('[role=tabpanel] > .section > summary'),
      ...container.querySelectorAll('[role=tab]'),
    ];
    expect(parts.every(Boolean)).toBe(true);
    for (const part of parts) expectTranslated(part);
  });
});

describe('a notice is kept as a key, not a sentence', () => {
  afterEach(() => i18n.changeLanguage('en'));

  it('created in English, reads in French once French is chosen', async () => {
    await i18n.changeLanguage('en');
    useAtlas.getState().addNotices(decodeView('?node=atlantis&tri-complete=1', graph).notices);
    const { container } = render(<Notices />);
    expect(container.textContent).toContain('Ignored link parameter "node": no node "atlantis" in this graph.');
    await act(() => i18n.changeLanguage('fr'));
    const text = container.textContent!;
    expect(text).toContain('Paramètre de lien « node » ignoré : aucun nœud « atlantis » dans ce graphe.');
    expect(text).toContain('Paramètre de lien « tri-complete » ignoré : valeur attendue : yes, no.');
    expect(text).not.toMatch(/Ignored|no node/);
  });

  it('a load error, made while English was shown, reads in Spanish', async () => {
    await i18n.changeLanguage('en');
    useAtlas.setState(useAtlas.getInitialState(), true);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('', { status: 503, statusText: 'Service Unavailable' })),
    );
    const { container } = render(<App />);
    await screen.findByRole('alert');
    expect(container.textContent).toContain('data/graph.json: the server answered 503 Service Unavailable');
    await act(() => i18n.changeLanguage('es'));
    expect(container.textContent).toContain('No se pudo cargar el grafo');
    expect(container.textContent).toContain('data/graph.json: el servidor respondió 503 Service Unavailable');
  });
});
