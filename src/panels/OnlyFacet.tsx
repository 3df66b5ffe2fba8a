// An "only …" filter section: one checkbox per value that occurs (or is selected), with the number
// it keeps; none checked means any value passes.
import { Checkbox } from '../components/Checkbox.tsx';
import { Section } from '../components/Section.tsx';
import { humanize } from './labels.ts';

export interface OnlyFacetProps<T extends string> {
  title: string;
  values: readonly T[];
  counts: ReadonlyMap<T, number>;
  selected: ReadonlySet<T>;
  onToggle: (value: T) => void;
}

export function OnlyFacet<T extends string>({ title, values, counts, selected, onToggle }: OnlyFacetProps<T>) {
  return (
    <Section title={title} open={false}>
      {values
        .filter((value) => (counts.get(value) ?? 0) > 0 || selected.has(value))
        .map((value) => (
          <Checkbox
            key={value}
            label={humanize(value)}
            count={counts.get(value) ?? 0}
            checked={selected.has(value)}
            onChange={() => onToggle(value)}
          />
        ))}
    </Section>
  );
}
