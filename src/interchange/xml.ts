// graphology's GEXF and GraphML parsers bound to a strict XML parser (@xmldom/xmldom): it runs in a
// Web Worker and in Node alike, and any well-formedness error stops the parse with its line.
import { DOMParser as XmlDomParser } from '@xmldom/xmldom';
import createGexfParser from 'graphology-gexf/common/parser.js';
import createGraphmlParser from 'graphology-graphml/common/parser.js';
import { ReadError, said } from './said.ts';

/** xmldom's own message (first line), which only says what is wrong with the XML. */
export class XmlError extends Error {
  override name = 'XmlError';
}

class StrictParser extends XmlDomParser {
  constructor() {
    super({
      onError: (level, message) => {
        if (level !== 'warning') throw new XmlError(message.trim().split('\n')[0]);
      },
    });
  }
}

const XmlDocument = new StrictParser().parseFromString('<t/>', 'application/xml').constructor;

/** Runs a parser; an error is rethrown as a ReadError with its line, the parser's words kept as detail. */
function plainErrors<A extends unknown[], R>(parse: (...args: A) => R): (...args: A) => R {
  return (...args) => {
    try {
      return parse(...args);
    } catch (error) {
      const { message, locator } = error as Error & { locator?: { lineNumber?: number } };
      const wrapped = /^Reporting \w+ "[\s\S]*" caused (\w*Error: )?/.exec(message);
      const detail = message.slice(wrapped?.[0].length ?? 0).split('\n')[0]!;
      const xml = error instanceof XmlError || wrapped?.[1] === 'XmlError: ';
      const line = locator?.lineNumber;
      const code = xml ? (line ? 'notWellFormedAt' : 'notWellFormed') : line ? 'parserAt' : 'parser';
      throw new ReadError(said(code, line ? { line, detail } : { detail }));
    }
  };
}

export const parseGexfXml = plainErrors(createGexfParser(StrictParser, XmlDocument));
export const parseGraphmlXml = plainErrors(createGraphmlParser(StrictParser, XmlDocument));
