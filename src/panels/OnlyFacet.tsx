// An "only …" filter section: one checkbox per value that occurs (or is selected), named in the
// interface language by its id, with the number it keeps; none checked means any value passes.
import { Checkbox } from '../components/Checkbox.tsx';
import { Section } from '../components/Section.tsx';
import { useTranslation } from '../i18n/i18n.ts';
import { facetLabel, keptLabel, type Facet } from './labels.ts';

export interface OnlyFacetProps<T extends string> {
  title: string;
  /** Which vocabulary the values come from (their names are facets.<facet>.<id>). */
  facet: Facet;
  values: readonly T[];
  counts: ReadonlyMap<T, number>;
  selected: ReadonlySet<T>;
  onToggle: (value: T) => void;
}

export function OnlyFacet<T extends string>({ title, facet, values, counts, selected, onToggle }: OnlyFacetProps<T>) {
  const { t, i18n } = useTranslation();
  return (
    <Section title={title} open={false}>
      {values
        .filter((value) => (counts.get(value) ?? 0) > 0 || selected.has(value))
        .map((value) => {
          const count = counts.get(value) ?? 0;
          return (
            <Checkbox
              key={value}
              label={facetLabel(t, facet, value)}
              count={count}
              countLabel={keptLabel(t, count, i18n.language)}
              checked={selected.has(value)}
              onChange={() => onToggle(value)}
            />
          );
        })}
    </Section>
  );
}
