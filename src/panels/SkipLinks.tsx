// Skip links, the first thing Tab reaches: straight to search, filters, the graph or the details,
// switching to the Explore tab first when search or filters are asked for.
import { useTranslation } from '../i18n/i18n.ts';
import { useAtlas } from '../store/store.ts';

const TARGETS = [
  { id: 'atlas-search', label: 'skip.search', explore: true },
  { id: 'atlas-filters', label: 'skip.filters', explore: true },
  { id: 'atlas-graph', label: 'skip.graph', explore: false },
  { id: 'atlas-list', label: 'skip.list', explore: false },
  { id: 'atlas-details', label: 'skip.details', explore: false },
] as const;

/** Focuses the element, or the first control inside it when it cannot take focus itself. */
export function focusTarget(id: string): boolean {
  const element = document.getElementById(id);
  if (!element) return false;
  const focusable = element.hasAttribute('tabindex')
    ? element
    : element.querySelector<HTMLElement>('input, button, select, [tabindex]');
  focusable?.focus();
  return focusable !== null && document.activeElement === focusable;
}

export function SkipLinks() {
  const { t } = useTranslation();
  // The presenter's stage hides the details panel.
  const hasDetails = useAtlas((s) => (s.selectedNode !== null || s.selectedEdge !== null) && s.presenting === null);
  const display = useAtlas((s) => s.display);
  const explore = useAtlas((s) => s.tab === 'explore');
  // On the presenter's stage and in the kiosk the side panel is hidden: no link to its search and filters.
  const stage = useAtlas((s) => s.presenting !== null || s.kiosk !== null);
  const shown = (target: (typeof TARGETS)[number]) =>
    !(stage && target.explore) &&
    (target.id !== 'atlas-details' || hasDetails) &&
    target.id !== (display === 'graph' ? 'atlas-list' : 'atlas-graph');
  const setTab = useAtlas((s) => s.setTab);
  const go = (event: React.MouseEvent, target: (typeof TARGETS)[number]) => {
    event.preventDefault();
    if (target.explore && useAtlas.getState().tab !== 'explore') {
      setTab('explore');
      requestAnimationFrame(() => focusTarget(target.id));
    } else focusTarget(target.id);
  };
  return (
    <nav className="skip-links" aria-label={t('skip.label')}>
      {TARGETS.filter(shown).map((target) => (
        // In the Analyse tab, search and filters are a tab away: the link points at the side panel.
        <a
          key={target.id}
          href={target.explore && !explore ? '#side-panel' : `#${target.id}`}
          onClick={(event) => go(event, target)}
        >
          {t(target.label)}
        </a>
      ))}
    </nav>
  );
}
