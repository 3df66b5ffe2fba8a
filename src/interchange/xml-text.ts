// Escaping for XML text and attribute values: the five markup characters, and the control characters
// XML 1.0 cannot carry at all (dropped), so that any label or quote writes a well-formed file.
const MARKUP: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const escapeXml = (text: string): string => text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => MARKUP[c]!);

/** Removes what XML 1.0 cannot carry; the writers apply it to every string before escaping. */
export const xmlSafe = (text: string): string => text.replace(NOT_XML, '');
