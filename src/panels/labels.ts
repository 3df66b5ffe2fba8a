// Display names for enumerated values: the interface's word for a facet value by its id
// ("child-labour" → "Child labour", "Travail des enfants"), else the id made readable.
import type { TFunction } from 'i18next';
import { formatCount } from '../i18n/i18n.ts';

/** An id made readable ("social-and-solidarity-economy" → "Social and solidarity economy"). */
export function humanize(value: string): string {
  const text = value.replace(/[-_]/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export type Facet = 'modality' | 'pillar' | 'theme' | 'region' | 'orgType';

/** A facet value's name in the interface language (facets.<facet>.<id>); an unknown id made readable. */
export function facetLabel(t: TFunction, facet: Facet, value: string): string {
  return t(`facets.${facet}.${value}`, { defaultValue: humanize(value) });
}

/** What a filter's count says to a screen reader: "3 kept" in the interface language. */
export function keptLabel(t: TFunction, count: number, lang: string): string {
  return t('facets.kept', { count, formatted: formatCount(count, lang) });
}
