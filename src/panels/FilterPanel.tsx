// Legend and filters in one: every colour and size is explained, and each entry is the checkbox
// that shows or hides it, with the number of nodes or edges it keeps.
import { useShallow } from 'zustand/react/shallow';
import { useAtlas } from '../store/store.ts';
import { selectFacetCounts } from '../store/selectors.ts';
import { KIND_COLORS, KIND_LABELS, KIND_SHAPES, RELATION_COLORS, RELATION_LABELS } from '../appearance/palette.ts';
import { MODALITIES, NODE_KINDS, PILLARS, REGIONS, RELATION_TYPES, THEMES } from '../graph/types.ts';
import { Checkbox } from '../components/Checkbox.tsx';
import { Section } from '../components/Section.tsx';
import { PeriodFilter } from './PeriodFilter.tsx';
import { OnlyFacet } from './OnlyFacet.tsx';

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

  return (
    <div id="atlas-filters" className="filters" aria-label="Legend and filters" role="group">
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
      <Section title="Kinds (node colour and shape)">
        {NODE_KINDS.map((kind) => (
          <Checkbox
            key={kind}
            label={KIND_LABELS[kind]}
            color={KIND_COLORS[kind]}
            shape={KIND_SHAPES[kind]}
            count={counts.kinds.get(kind) ?? 0}
            checked={!filters.hiddenKinds.has(kind)}
            onChange={() => actions.toggleKind(kind)}
          />
        ))}
        <p className="hint">Node size: number of relations (degree).</p>
      </Section>
      <OnlyFacet
        title="Only initiatives of modality"
        values={MODALITIES}
        counts={counts.modalities}
        selected={filters.modalities}
        onToggle={actions.toggleModality}
      />
      <OnlyFacet
        title="Only Decent Work pillar"
        values={PILLARS}
        counts={counts.pillars}
        selected={filters.pillars}
        onToggle={actions.togglePillar}
      />
      <OnlyFacet
        title="Only theme"
        values={THEMES}
        counts={counts.themes}
        selected={filters.themes}
        onToggle={actions.toggleTheme}
      />
      <OnlyFacet
        title="Only region"
        values={REGIONS}
        counts={counts.regions}
        selected={filters.regions}
        onToggle={actions.toggleRegion}
      />
      <Section title="Timeline">
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
