// Details of the selected node: what it is, its attributes, and its relations grouped by type and
// direction, each with the quotes that back it. Clicking a neighbour selects it.
import { useAtlas } from '../store/store.ts';
import { selectSelectedRelations, selectSourceTitles } from '../store/selectors.ts';
import { KIND_COLORS, KIND_LABELS, RELATION_COLORS, RELATION_PHRASES } from '../appearance/palette.ts';
import type { AtlasGraph, NodeAttributes } from '../graph/types.ts';
import { EvidenceList } from '../components/EvidenceList.tsx';
import { NodeLink } from './NodeLink.tsx';
import { humanize } from './labels.ts';
import { NodeArrangements } from './NodeArrangements.tsx';

function attributeRows(graph: AtlasGraph, a: NodeAttributes): [string, React.ReactNode][] {
  const rows: [string, React.ReactNode][] = [];
  const list = (values?: string[]) => values?.map(humanize).join(', ');
  if (a.aliases.length > 0) rows.push(['Also called', a.aliases.join(' · ')]);
  if (a.iso3) rows.push(['ISO code', a.iso3]);
  if (a.region) rows.push(['Region', a.subregion ? `${a.region} — ${a.subregion}` : a.region]);
  if (a.northSouth) rows.push(["Guide's dimension", a.northSouth === 'north' ? "'North'" : "'South'"]);
  if (a.orgType) rows.push(['Type', humanize(a.orgType)]);
  if (a.country && graph.hasNode(a.country))
    rows.push([a.kind === 'forum' ? 'Held in' : 'Country', <NodeLink node={a.country} key="c" />]);
  if (a.place) rows.push(['Place', a.place]);
  if (a.year) rows.push(['Year', String(a.year)]);
  if (a.start || a.end) rows.push(['Period', `${a.start ?? '?'}–${a.end ?? ''}`]);
  if (a.pillar) rows.push(['Decent Work pillar', humanize(a.pillar)]);
  if (a.themes?.length) rows.push(['Themes', list(a.themes)]);
  if (a.modality?.length) rows.push(['Modality', list(a.modality)]);
  return rows;
}

export function NodeDetails({ node }: { node: string }) {
  const graph = useAtlas((s) => s.graph)!;
  const relations = useAtlas(selectSelectedRelations);
  const titles = useAtlas(selectSourceTitles);
  const showEvidence = useAtlas((s) => s.showEvidence);
  const a = graph.getNodeAttributes(node);

  return (
    <section className="details" aria-label={a.label}>
      <h2>{a.label}</h2>
      <p className="kind">
        <span className="swatch" style={{ background: KIND_COLORS[a.kind] }} aria-hidden="true" />
        {KIND_LABELS[a.kind]}
      </p>
      <p>{a.description}</p>
      <dl className="attributes">
        {attributeRows(graph, a).map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        <div>
          <dt>Mentioned in</dt>
          <dd>{a.sources.map((source) => titles.get(source) ?? source).join('; ')}</dd>
        </div>
      </dl>
      <NodeArrangements node={node} />
      <h3>Relations</h3>
      {relations && relations.hiddenCount > 0 && (
        <p className="hint" data-testid="hidden-relations">
          {relations.hiddenCount} relation(s) hidden by the filters.
        </p>
      )}
      {relations?.groups.length === 0 && <p className="hint">No visible relation.</p>}
      {relations?.groups.map((group) => {
        const phrase = RELATION_PHRASES[group.type][group.direction === 'in' ? 'in' : 'out'];
        return (
          <section
            key={`${group.type}-${group.direction}`}
            className="relation-group"
            aria-label={`${phrase} (${group.items.length})`}
          >
            <h4>
              <span className="swatch-line" style={{ background: RELATION_COLORS[group.type] }} aria-hidden="true" />
              {phrase.charAt(0).toUpperCase() + phrase.slice(1)} ({group.items.length})
            </h4>
            <ul>
              {group.items.map((item) => (
                <li key={item.edge}>
                  <NodeLink node={item.other} />
                  {item.initiative && item.initiative !== item.other && (
                    <span className="within">
                      {' '}
                      in <NodeLink node={item.initiative} />
                    </span>
                  )}
                  <EvidenceList evidence={item.evidence} titles={titles} onShow={showEvidence} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
