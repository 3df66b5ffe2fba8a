// Types for the parts of graphology's GEXF and GraphML packages used directly: the parser factories
// (given an XML DOMParser that also runs in a Web Worker) and the GEXF writer.
declare module 'graphology-gexf/common/parser.js' {
  import type { AbstractGraph, GraphConstructor } from 'graphology-types';
  type Parse = (
    Graph: GraphConstructor,
    source: string | Document,
    options?: { addMissingNodes?: boolean; allowUndeclaredAttributes?: boolean },
  ) => AbstractGraph;
  export default function createParserFunction(parser: unknown, document: unknown): Parse;
}
declare module 'graphology-graphml/common/parser.js' {
  import type { AbstractGraph, GraphConstructor } from 'graphology-types';
  type Parse = (
    Graph: GraphConstructor,
    source: string | Document,
    options?: { addMissingNodes?: boolean },
  ) => AbstractGraph;
  export default function createParserFunction(parser: unknown, document: unknown): Parse;
}
declare module 'graphology-gexf/common/writer.js' {
  import type { AbstractGraph } from 'graphology-types';
  import type { GexfWriterOptions } from 'graphology-gexf/common/types';
  export default function write(graph: AbstractGraph, options?: GexfWriterOptions): string;
}
