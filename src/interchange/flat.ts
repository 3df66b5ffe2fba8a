// Attribute values for flat formats (GEXF, GraphML, CSV): lists and records travel as JSON text,
// numbers and booleans as themselves; reading restores each known field to its type.

/** Fields that hold lists or records in the atlas model (JSON text in flat formats). */
export const STRUCTURED_FIELDS = new Set(['aliases', 'sources', 'themes', 'modality', 'evidence']);
export const NUMBER_FIELDS = new Set(['x', 'y', 'year', 'start', 'end']);
export const BOOLEAN_FIELDS = new Set(['directed']);

export type Flat = string | number | boolean;

/** One attribute value as a flat-format value: JSON text for lists and records. */
export function flatten(value: unknown): Flat | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  return JSON.stringify(value);
}

export function flattenAll(attributes: object): Record<string, Flat> {
  const flat: Record<string, Flat> = {};
  for (const [name, value] of Object.entries(attributes)) {
    const f = flatten(value);
    if (f !== undefined) flat[name] = f;
  }
  return flat;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A flat value read back: JSON for structured fields (or a `;`-separated list), numbers, booleans. */
export function unflatten(name: string, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (STRUCTURED_FIELDS.has(name)) {
    if (text === '') return name === 'evidence' ? [] : [];
    if (text.startsWith('[') || text.startsWith('{')) return parseJson(text) ?? value;
    return name === 'evidence'
      ? value
      : text
          .split(';')
          .map((part) => part.trim())
          .filter(Boolean);
  }
  if (NUMBER_FIELDS.has(name)) return text === '' ? undefined : Number.isFinite(Number(text)) ? Number(text) : value;
  if (BOOLEAN_FIELDS.has(name)) {
    if (/^(true|yes|1|directed|->)$/i.test(text)) return true;
    if (/^(false|no|0|undirected|--)$/i.test(text)) return false;
  }
  return value;
}
