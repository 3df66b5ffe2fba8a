// Details of the selected node: what it is, its attributes, and its relations grouped by type and
// direction, each with the quotes that back it. Clicking a neighbour selects it.
import { useTranslation } from '../i18n/i18n.ts';
import { useAtlas } from '../store/store.ts';
import { selectSelectedRelations, selectSourceTitles } from '../store/selectors.ts';
import { KIND_COLORS, RELATION_COLORS } from '../appearance/palette.ts';
import type { AtlasGraph, Evidence, NodeAttributes } from '../graph/types.ts';
import type { RelationGroup as Group } from '../graph/relations.ts';
import type { TFunction } from 'i18next';
import { formatCount, nodeName } from '../i18n/i18n.ts';
import { EvidenceList } from '../components/EvidenceList.tsx';
import { NodeLink } from './NodeLink.tsx';
import { facetLabel, type Facet } from './labels.ts';
import { NodeArrangements } from './NodeArrangements.tsx';
import { Trans } from 'react-i18next';

function attributeRows(graph: AtlasGraph, a: NodeAttributes, t: TFunction): [string, React.ReactNode][] {
  const rows: [string, React.ReactNode][] = [];
  const list = (facet: Facet, values: string[]) => values.map((value) => facetLabel(t, facet, value)).join(', ');
  if (a.aliases.length > 0) rows.push([t('details.alsoCalled'), a.aliases.join(' · ')]);
  if (a.iso3) rows.push([t('details.isoCode'), a.iso3]);
  if (a.region) {
    const region = facetLabel(t, 'region', a.region); // the sub-region is data, in the documents' words
    rows.push([t('details.region'), a.subregion ? `${region} — ${a.subregion}` : region]);
  }
  if (a.northSouth) rows.push([t('details.dimension'), t(`facets.dimension.${a.northSouth}`)]);
  if (a.orgType) rows.push([t('details.type'), facetLabel(t, 'orgType', a.orgType)]);
  if (a.country && graph.hasNode(a.country))
    rows.push([a.kind === 'forum' ? t('details.heldIn') : t('details.country'), <NodeLink node={a.country} key="c" />]);
  if (a.place) rows.push([t('details.place'), a.place]);
  if (a.year) rows.push([t('details.year'), String(a.year)]);
  if (a.start || a.end) rows.push([t('details.period'), `${a.start ?? '?'}–${a.end ?? ''}`]);
  if (a.pillar) rows.push([t('details.pillar'), facetLabel(t, 'pillar', a.pillar)]);
  if (a.themes?.length) rows.push([t('details.themes'), list('theme', a.themes)]);
  if (a.modality?.length) rows.push([t('details.modality'), list('modality', a.modality)]);
  return rows;
}

export function NodeDetails({ node }: { node: string }) {
  const { t, i18n } = useTranslation();
  const graph = useAtlas((s) => s.graph)!;
  const relations = useAtlas(selectSelectedRelations);
  const titles = useAtlas(selectSourceTitles);
  const showEvidence = useAtlas((s) => s.showEvidence);
  const a = graph.getNodeAttributes(node);
  // A country is named in the interface language; other labels stay as in the documents.
  const name = nodeName(a, i18n.language);

  return (
    <section className="details" aria-label={name}>
      <h2>{name}</h2>
      <p className="kind">
        <span className="swatch" style={{ background: KIND_COLORS[a.kind] }} aria-hidden="true" />
        {t(`kind.${a.kind}`)}
      </p>
      <p lang="en">{a.description}</p>
      <dl className="attributes">
        {attributeRows(graph, a, t).map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        <div>
          <dt>{t('details.mentionedIn')}</dt>
          <dd>{a.sources.map((source) => titles.get(source) ?? source).join('; ')}</dd>
        </div>
      </dl>
      <NodeArrangements node={node} />
      <h3>{t('details.relations')}</h3>
      {relations && relations.hiddenCount > 0 && (
        <p className="hint" data-testid="hidden-relations">
          {t('details.hidden', {
            count: relations.hiddenCount,
            formatted: formatCount(relations.hiddenCount, i18n.language),
          })}
        </p>
      )}
      {relations?.groups.length === 0 && <p className="hint">{t('details.noVisible')}</p>}
      {relations?.groups.map((group) => (
        <RelationGroup key={`${group.type}-${group.direction}`} group={group} titles={titles} onShow={showEvidence} />
      ))}
    </section>
  );
}

/** One group of relations ("Learned from (2)"): the other ends, each with its initiative and quotes. */
function RelationGroup({
  group,
  titles,
  onShow,
}: {
  group: Group;
  titles: ReadonlyMap<string, string>;
  onShow: (evidence: Evidence) => void;
}) {
  const { t, i18n } = useTranslation();
  // relations.group.<type>.out / .in
  const relation = t(`relations.group.${group.type}.${group.direction === 'in' ? 'in' : 'out'}`);
  const label = t('relations.group.heading', { relation, formatted: formatCount(group.items.length, i18n.language) });
  return (
    <section className="relation-group" aria-label={label}>
      <h4>
        <span className="swatch-line" style={{ background: RELATION_COLORS[group.type] }} aria-hidden="true" />
        {label.charAt(0).toLocaleUpperCase(i18n.language) + label.slice(1)}
      </h4>
      <ul>
        {group.items.map((item) => (
          <li key={item.edge}>
            {item.initiative && item.initiative !== item.other ? (
              <span className="within">
                <Trans
                  t={t}
                  i18nKey="relations.group.within"
                  components={{
                    other: <NodeLink node={item.other} />,
                    initiative: <NodeLink node={item.initiative} />,
                  }}
                />
              </span>
            ) : (
              <NodeLink node={item.other} />
            )}
            <EvidenceList evidence={item.evidence} titles={titles} onShow={onShow} showLabel={t('evidence.show')} />
          </li>
        ))}
      </ul>
    </section>
  );
}
