// graphology's GEXF and GraphML parsers bound to a strict XML parser (@xmldom/xmldom): it runs in a
// Web Worker and in Node alike, and any well-formedness error stops the parse with its line.
import { DOMParser as XmlDomParser } from '@xmldom/xmldom';
import createGexfParser from 'graphology-gexf/common/parser.js';
import createGraphmlParser from 'graphology-graphml/common/parser.js';

export class XmlError extends Error {}

class StrictParser extends XmlDomParser {
  constructor() {
    super({
      onError: (level, message) => {
        if (level !== 'warning') throw new XmlError(`not well-formed XML: ${message.trim().split('\n')[0]}`);
      },
    });
  }
}

const XmlDocument = new StrictParser().parseFromString('<t/>', 'application/xml').constructor;

/** Runs a parser; an XML error is rethrown as one plain sentence with its line. */
function plainErrors<A extends unknown[], R>(parse: (...args: A) => R): (...args: A) => R {
  return (...args) => {
    try {
      return parse(...args);
    } catch (error) {
      const { message, locator } = error as Error & { locator?: { lineNumber?: number } };
      const inner = message.replace(/^Reporting \w+ "[\s\S]*" caused (?:\w*Error: )?/, '').split('\n')[0]!;
      throw new Error(locator?.lineNumber ? `line ${locator.lineNumber}: ${inner}` : inner);
    }
  };
}

export const parseGexfXml = plainErrors(createGexfParser(StrictParser, XmlDocument));
export const parseGraphmlXml = plainErrors(createGraphmlParser(StrictParser, XmlDocument));
