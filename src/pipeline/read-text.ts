// Reads a data file as strict UTF-8: a byte that is not UTF-8 is a problem named by its line and
// byte offset, never a replacement character in the graph.
import { readFileSync } from 'node:fs';

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    const second = bytes[i + 1]!;
    // Overlong forms, surrogates and code points past U+10FFFF.
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f)) return i;
    if ((b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i;
    i += length;
  }
  return -1;
}

export type TextOrProblem = { text: string; problem?: undefined } | { text?: undefined; problem: string };

/** Decodes `bytes` (named `file` in the message) as UTF-8, or says where the first bad byte is. */
export function decodeUtf8(bytes: Uint8Array, file: string): TextOrProblem {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    const offset = Math.max(0, firstInvalidUtf8(bytes));
    let line = 1;
    for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
    const byte = bytes[offset]?.toString(16).toUpperCase().padStart(2, '0') ?? 'end of file';
    return {
      problem: `${file}:${line}: not UTF-8: byte 0x${byte} at byte offset ${offset}; save the file as UTF-8`,
    };
  }
}

export function readUtf8(path: string, file: string): TextOrProblem {
  return decodeUtf8(readFileSync(path), file);
}
