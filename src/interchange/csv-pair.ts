// Which of one or two CSV files the user opened holds the edges and which the nodes: the one with
// source and target columns is the edges file; failing that, a name with "node" in it is the nodes file.
import { csvHeaders, guessMapping, hasEdgeColumns, type CsvMapping } from './read-csv.ts';

export interface NamedText {
  name: string;
  text: string;
}

export interface CsvPair {
  edges: NamedText;
  nodes?: NamedText;
  headers: { edges: string[]; nodes?: string[] };
  /** The mapping the headers suggest, for the user to check. */
  mapping: CsvMapping;
}

export function pairCsvFiles(files: readonly NamedText[]): CsvPair {
  const [first, second] = files;
  if (!first) throw new Error('pairCsvFiles: no file');
  let edges = first;
  let nodes = second;
  if (second) {
    const edgeLike = [first, second].map((file) => hasEdgeColumns(csvHeaders(file.text)));
    const nodeNamed = [first, second].map((file) => /node/i.test(file.name));
    if ((edgeLike[1] && !edgeLike[0]) || (edgeLike[0] === edgeLike[1] && nodeNamed[0] && !nodeNamed[1]))
      [edges, nodes] = [second, first];
  }
  return withMapping(edges, nodes);
}

/** The pair with its headers and the guessed mapping (also after the user swaps the files). */
export function withMapping(edges: NamedText, nodes?: NamedText): CsvPair {
  const headers = { edges: csvHeaders(edges.text), nodes: nodes && csvHeaders(nodes.text) };
  return {
    edges,
    ...(nodes ? { nodes } : {}),
    headers,
    mapping: guessMapping(headers.edges, headers.nodes),
  };
}
