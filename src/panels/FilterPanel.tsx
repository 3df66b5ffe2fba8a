// Legend and filters in one: every colour and size is explained, and each entry is the checkbox
// that shows or hides it, with the number of nodes or edges it keeps.
import { useShallow } from 'zustand/react/shallow';
import { useAtlas } from '../store/store.ts';
import { selectFacetCounts } from '../store/selectors.ts';
import { KIND_COLORS, KIND_LABELS, RELATION_COLORS, RELATION_LABELS } from '../appearance/palette.ts';
import { MODALITIES, NODE_KINDS, PILLARS, REGIONS, RELATION_TYPES, THEMES } from '../graph/types.ts';
import { Checkbox } from '../components/Checkbox.tsx';
import { Section } from '../components/Section.tsx';
import { PeriodFilter } from './PeriodFilter.tsx';
import { humanize } from './labels.ts';

export function FilterPanel() {
  const filters = useAtlas((s) => s.filters);
  const counts = useAtlas(selectFacetCounts);
  const actions = useAtlas(
    useShallow((s) => ({
      toggleRelationType: s.toggleRelationType,
      toggleKind: s.toggleKind,
      toggleModality: s.toggleModality,
      togglePillar: s.togglePillar,
      toggleTheme: s.toggleTheme,
      toggleRegion: s.toggleRegion,
      setHideIsolated: s.setHideIsolated,
      resetFilters: s.resetFilters,
    })),
  );
  if (!counts) return null;
  const present = <T extends string>(list: readonly T[], map: Map<T, number>, selected: ReadonlySet<T>) =>
    list.filter((value) => (map.get(value) ?? 0) > 0 || selected.has(value));

  return (
    <div className="filters" aria-label="Legend and filters" role="group">
      <Section title="Relations (edge colour)">
        {RELATION_TYPES.filter((t) => (counts.types.get(t) ?? 0) > 0 || filters.hiddenTypes.has(t)).map((type) => (
          <Checkbox
            key={type}
            label={RELATION_LABELS[type]}
            color={RELATION_COLORS[type]}
            line
            count={counts.types.get(type) ?? 0}
            checked={!filters.hiddenTypes.has(type)}
            onChange={() => actions.toggleRelationType(type)}
          />
        ))}
        <p className="hint">Arrows point from the one who shares, funds, hosts or joins to the other.</p>
      </Section>
      <Section title="Kinds (node colour)">
        {NODE_KINDS.map((kind) => (
          <Checkbox
            key={kind}
            label={KIND_LABELS[kind]}
            color={KIND_COLORS[kind]}
            count={counts.kinds.get(kind) ?? 0}
            checked={!filters.hiddenKinds.has(kind)}
            onChange={() => actions.toggleKind(kind)}
          />
        ))}
        <p className="hint">Node size: number of relations (degree).</p>
      </Section>
      <Section title="Only initiatives of modality" open={false}>
        {present(MODALITIES, counts.modalities, filters.modalities).map((value) => (
          <Checkbox
            key={value}
            label={humanize(value)}
            count={counts.modalities.get(value) ?? 0}
            checked={filters.modalities.has(value)}
            onChange={() => actions.toggleModality(value)}
          />
        ))}
      </Section>
      <Section title="Only Decent Work pillar" open={false}>
        {present(PILLARS, counts.pillars, filters.pillars).map((value) => (
          <Checkbox
            key={value}
            label={humanize(value)}
            count={counts.pillars.get(value) ?? 0}
            checked={filters.pillars.has(value)}
            onChange={() => actions.togglePillar(value)}
          />
        ))}
      </Section>
      <Section title="Only theme" open={false}>
        {present(THEMES, counts.themes, filters.themes).map((value) => (
          <Checkbox
            key={value}
            label={humanize(value)}
            count={counts.themes.get(value) ?? 0}
            checked={filters.themes.has(value)}
            onChange={() => actions.toggleTheme(value)}
          />
        ))}
      </Section>
      <Section title="Only region" open={false}>
        {present(REGIONS, counts.regions, filters.regions).map((value) => (
          <Checkbox
            key={value}
            label={value}
            count={counts.regions.get(value) ?? 0}
            checked={filters.regions.has(value)}
            onChange={() => actions.toggleRegion(value)}
          />
        ))}
      </Section>
      <Section title="Period" open={false}>
        <PeriodFilter />
      </Section>
      <div className="filter-actions">
        <Checkbox
          label="Hide nodes without a visible edge"
          checked={filters.hideIsolated}
          onChange={() => actions.setHideIsolated(!filters.hideIsolated)}
        />
        <button type="button" onClick={actions.resetFilters}>
          Reset filters
        </button>
      </div>
    </div>
  );
}
