// What the importer says (codes with parameters, src/interchange/said.ts) in the chosen language:
// nested reasons first, counts formatted, node kinds and relation types by their translated names.
import type { TFunction } from 'i18next';
import { NODE_KINDS, RELATION_TYPES, type NodeKind, type RelationType } from '../graph/types.ts';
import { formatCount } from '../i18n/i18n.ts';
import type { Said } from '../interchange/said.ts';

export function sayImport(t: TFunction, message: Said): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.params ?? {}))
    params[name] = typeof value === 'object' ? sayImport(t, value) : value;
  if (typeof params.count === 'number') params.formatted = formatCount(params.count);
  if (NODE_KINDS.includes(params.kind as NodeKind)) params.kind = t(`kind.${params.kind}`);
  if (RELATION_TYPES.includes(params.type as RelationType)) params.type = t(`relation.${params.type}`);
  return t(`data.errors.${message.code}`, params);
}
