// @vitest-environment jsdom
// Import and export in the pseudo-language (every message in ⟪ ⟫): the data panel, the drop zone, the
// CSV column mapping, progress, reports (dropped rows, notes, a file that cannot be read) and the
// banner show no English word of their own; what is left is the user's file (names, headers). And in
// Spanish an import error reads translated while still naming the file and the line.
import { act, fireEvent, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { i18n, MESSAGES } from '../../src/i18n/i18n.ts';
import { LANGS } from '../../src/i18n/langs.ts';
import { SAID_CODES } from '../../src/interchange/said.ts';
import { useAtlas } from '../../src/store/store.ts';
import { DataPanel } from '../../src/panels/DataPanel.tsx';
import { DropZone } from '../../src/panels/DropZone.tsx';
import { ImportOverlay } from '../../src/panels/ImportOverlay.tsx';
import { ImportedBanner } from '../../src/panels/ImportedBanner.tsx';

import { dataStrings, untranslated } from './pseudo.ts';
import { pseudoLanguageSuite } from './pseudo-suite.ts';

// A row without a target (row 4), an unclosed quote (row 5), an attribute the atlas does not know
// ("colour"), a kind it does not know ("planet"), a year that is not one, an edge without a
// relation type, and no positions.
const EDGES = {
  name: 'ties.csv',
  text: 'from,to,type,colour\nx,y,funding,red\ny,z,,blue\nz,,funding,\n"x,z\n',
};
const NODES = { name: 'actors.csv', text: 'id,name,category,year\nx,Ex,planet,\ny,Why,forum,soon\nz,Zed,,\n' };
const FILE_TEXT = ['ties.csv', 'actors.csv', 'broken.gexf', 'notes.txt', 'from', 'to', 'type', 'colour'];
const FILE_TEXT_PLUS = [...FILE_TEXT, 'id', 'name', 'category', 'year'];

const suite = pseudoLanguageSuite();

const open = (files: { name: string; text: string }[]) => act(() => useAtlas.getState().openFiles(files));
async function importPair() {
  await open([EDGES, NODES]);
  const mapping = useAtlas.getState().pendingCsv!.mapping;
  await act(() => useAtlas.getState().confirmCsv(mapping));
}

/** Every text on screen, less the graph's own strings and what the user's files hold. */
function leftover(container: Element): string[] {
  const shown = useAtlas.getState().graph!;
  return untranslated(container, [...dataStrings(suite.graph), ...dataStrings(shown)], FILE_TEXT_PLUS);
}

const area = (element: ReactElement) => <div data-testid="area">{element}</div>;

const cases: [string, () => ReactElement, () => Promise<void> | void][] = [
  ['data panel, idle, with the export formats', () => <DataPanel />, () => {}],
  [
    'data panel while an import runs',
    () => <DataPanel />,
    () => useAtlas.setState({ importProgress: { name: 'ties.csv', phase: 'reading', fraction: 0.2 } }),
  ],
  ['data panel with an imported file and its report to reopen', () => <DataPanel />, importPair],
  [
    'CSV mapping of an edges file alone',
    () => <ImportOverlay />,
    async () => {
      await open([EDGES]);
    },
  ],
  [
    'CSV mapping of an edges and a nodes file',
    () => <ImportOverlay />,
    async () => {
      await open([EDGES, NODES]);
    },
  ],
  [
    'import reading a file',
    () => <ImportOverlay />,
    () => useAtlas.setState({ importProgress: { name: 'ties.csv', phase: 'reading', fraction: 0.5 } }),
  ],
  [
    'import laying out a graph',
    () => <ImportOverlay />,
    () => useAtlas.setState({ importProgress: { name: 'ties.csv', phase: 'layout', fraction: 0.5 } }),
  ],
  ['report with notes and dropped rows naming their line', () => <ImportOverlay />, importPair],
  [
    'report of a file that cannot be read (XML line)',
    () => <ImportOverlay />,
    async () => {
      await open([
        { name: 'broken.gexf', text: '<gexf><suite.graph><nodes><node id="a"></nodes></suite.graph></gexf>' },
      ]);
    },
  ],
  [
    'report of a file of unknown format',
    () => <ImportOverlay />,
    async () => {
      await open([{ name: 'notes.txt', text: 'hello' }]);
    },
  ],
  [
    'report of too many files',
    () => <ImportOverlay />,
    async () => {
      await open([EDGES, NODES, { name: 'broken.gexf', text: '' }]);
    },
  ],
  [
    'report of JSON that is not a graph',
    () => <ImportOverlay />,
    async () => {
      await open([{ name: 'ties.json', text: '{"edges": 3}' }]);
    },
  ],
  ['imported-suite.graph banner', () => <ImportedBanner />, importPair],
];

describe('import and export speak the chosen language', () => {
  it.each(cases)('%s', async (_, element, arrange) => {
    await arrange();
    const { container } = render(area(element()));
    expect(container.textContent!.length).toBeGreaterThan(0);
    expect(leftover(container)).toEqual([]);
  });

  it('the drop zone, while files are dragged over the graph', () => {
    const { getByTestId } = render(area(<DropZone />));
    fireEvent.dragEnter(getByTestId('area'), { dataTransfer: { types: ['Files'], dropEffect: 'none' } });
    expect(getByTestId('area').textContent).toMatch(/⟪.+⟫/);
    expect(leftover(getByTestId('area'))).toEqual([]);
  });

  it('the report lists what it says in the pseudo-language, not the English the CLI reads', async () => {
    await importPair();
    const { container } = render(<ImportOverlay />);
    const items = [...container.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toContain('⟪⟪ties.csv row 4⟫: ⟪no target (column "to")⟫⟫');
    expect(items.some((item) => item?.includes('⟪"planet" is not one of'))).toBe(true);
  });
});

describe('import messages in every language', () => {
  it.each(LANGS)('%s has a message for every code the importer uses', (lang) => {
    const errors = (MESSAGES[lang].data as { errors: Record<string, string> }).errors;
    const missing = SAID_CODES.filter((code) => !(code in errors) && !(`${code}_other` in errors));
    expect(missing).toEqual([]);
  });

  it('in Spanish, an error names the file and the line in a translated sentence', async () => {
    await i18n.changeLanguage('es');
    await open([
      { name: 'broken.gexf', text: '<gexf>\n<suite.graph><nodes><node id="a"></nodes></suite.graph></gexf>' },
    ]);
    const { getByRole, container } = render(<ImportOverlay />);
    expect(getByRole('heading', { level: 2 }).textContent).toBe('No se pudo abrir el archivo');
    expect(getByRole('alert').textContent).toMatch(
      /^broken\.gexf: no se puede leer como GEXF: línea 2: XML mal formado: «.+»$/,
    );
    // The suite.graph the user had is kept, and the report says so in Spanish.
    expect(useAtlas.getState().graph).toBe(suite.graph);
    expect(container.textContent).toContain('Se sigue mostrando el grafo que tenía');
  });

  it('in Spanish, a dropped CSV row names its file and row, and notes count in Spanish', async () => {
    await i18n.changeLanguage('es');
    await importPair();
    const { getByRole } = render(<ImportOverlay />);
    const report = getByRole('region');
    const items = [...report.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toContain('ties.csv, fila 4: sin destino (columna «to»)');
    expect(items).toContain('ties.csv, fila 5: un campo entre comillas nunca se cierra');
    expect(items).toContain('nodo «y», campo year: "soon" no es un año');
    expect(items).toContain('nodo «x», campo kind: «planet» no es ninguno de country, organization, forum, initiative');
    expect(items).toContain('El atributo «colour» (2 enlaces) no es un campo de SSTC Atlas y se ha omitido.');
    expect(items).toContain('1 enlace sin tipo de relación conocido se muestra como Asociación.');
    expect(report.textContent).toContain('3 nodos, 2 enlaces');
  });
});
