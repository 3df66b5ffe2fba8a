// Legend and filters in one: every colour and size is explained, and each entry is the checkbox
// that shows or hides it, with the number of nodes or edges it keeps.
import { useTranslation } from '../i18n/i18n.ts';
import { useShallow } from 'zustand/react/shallow';
import { useAtlas } from '../store/store.ts';
import { selectFacetCounts } from '../store/selectors.ts';
import { KIND_COLORS, KIND_SHAPES, RELATION_COLORS } from '../appearance/palette.ts';
import { MODALITIES, NODE_KINDS, PILLARS, REGIONS, RELATION_TYPES, THEMES } from '../graph/types.ts';
import { Checkbox } from '../components/Checkbox.tsx';
import { Section } from '../components/Section.tsx';
import { PeriodFilter } from './PeriodFilter.tsx';
import { OnlyFacet } from './OnlyFacet.tsx';
import { keptLabel } from './labels.ts';

export function FilterPanel() {
  const { t, i18n } = useTranslation();
  const kept = (count = 0) => ({ count, countLabel: keptLabel(t, count, i18n.language) });
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
    <div id="atlas-filters" className="filters" aria-label={t('filters.label')} role="group">
      <Section title={t('filters.relations')}>
        {RELATION_TYPES.filter((t) => (counts.types.get(t) ?? 0) > 0 || filters.hiddenTypes.has(t)).map((type) => (
          <Checkbox
            key={type}
            label={t(`relation.${type}`)}
            color={RELATION_COLORS[type]}
            line
            {...kept(counts.types.get(type))}
            checked={!filters.hiddenTypes.has(type)}
            onChange={() => actions.toggleRelationType(type)}
          />
        ))}
        <p className="hint">{t('filters.arrowsHint')}</p>
      </Section>
      <Section title={t('filters.kinds')}>
        {NODE_KINDS.map((kind) => (
          <Checkbox
            key={kind}
            label={t(`kind.${kind}`)}
            color={KIND_COLORS[kind]}
            shape={KIND_SHAPES[kind]}
            {...kept(counts.kinds.get(kind))}
            checked={!filters.hiddenKinds.has(kind)}
            onChange={() => actions.toggleKind(kind)}
          />
        ))}
        <p className="hint">{t('filters.sizeHint')}</p>
      </Section>
      <OnlyFacet
        title={t('filters.modality')}
        facet="modality"
        values={MODALITIES}
        counts={counts.modalities}
        selected={filters.modalities}
        onToggle={actions.toggleModality}
      />
      <OnlyFacet
        title={t('filters.pillar')}
        facet="pillar"
        values={PILLARS}
        counts={counts.pillars}
        selected={filters.pillars}
        onToggle={actions.togglePillar}
      />
      <OnlyFacet
        title={t('filters.theme')}
        facet="theme"
        values={THEMES}
        counts={counts.themes}
        selected={filters.themes}
        onToggle={actions.toggleTheme}
      />
      <OnlyFacet
        title={t('filters.region')}
        facet="region"
        values={REGIONS}
        counts={counts.regions}
        selected={filters.regions}
        onToggle={actions.toggleRegion}
      />
      <Section title={t('facets.period.timeline')}>
        <PeriodFilter />
      </Section>
      <div className="filter-actions">
        <Checkbox
          label={t('filters.hideIsolated')}
          checked={filters.hideIsolated}
          onChange={() => actions.setHideIsolated(!filters.hideIsolated)}
        />
        <button type="button" onClick={actions.resetFilters}>
          {t('filters.reset')}
        </button>
      </div>
    </div>
  );
}
