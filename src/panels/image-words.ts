// The exported image's words in the interface language: the store's parts (title, counts, legend,
// sources) told with the `image.*`, `kind.*`, `relation.*` and analysis messages, for the renderer to draw.
import type { TFunction } from 'i18next';
import type { AtlasGraph } from '../graph/types.ts';
import { formatCount } from '../i18n/i18n.ts';
import type { ImageParts, ImageText, ImageTitle, LegendPart } from '../store/image-text.ts';
import { highlightSubject } from './highlight-text.ts';

function titleText(t: TFunction, graph: AtlasGraph, title: ImageTitle): string {
  switch (title.kind) {
    case 'analysis':
      return highlightSubject(t, graph, title.analysis);
    case 'node':
      return title.name;
    case 'edge':
      return t('image.edge', { source: title.source, target: title.target, relation: t(`relation.${title.relation}`) });
    case 'graph':
      return t('image.title', { name: title.name });
  }
}

function legendLabel(t: TFunction, part: LegendPart): string {
  switch (part.kind) {
    case 'kind':
      return t(`kind.${part.value}`);
    case 'relation':
      return t(`relation.${part.value}`);
    case 'measure':
      return t('image.nodeColour', { measure: t(`analysis.measures.${part.value}`) });
  }
}

function captionText(t: TFunction, lang: string, counts: ImageParts['counts']): string {
  const of = (key: 'actors' | 'relations', shown: number, total: number) =>
    t(`image.${key}`, { count: total, formatted: formatCount(total, lang), shown: formatCount(shown, lang) });
  return t(counts.filtered ? 'image.captionFiltered' : 'image.caption', {
    actors: of('actors', counts.nodes, counts.totalNodes),
    relations: of('relations', counts.edges, counts.totalEdges),
  });
}

/** The words drawn on the image, from its parts, in the language `t` speaks. */
export function imageText(t: TFunction, lang: string, graph: AtlasGraph, parts: ImageParts): ImageText {
  return {
    title: titleText(t, graph, parts.title),
    caption: captionText(t, lang, parts.counts),
    legend: parts.legend.map((part) => ({ label: legendLabel(t, part), color: part.color, line: part.line })),
    sources: t('image.sources', { list: parts.sources.join('; ') }),
  };
}
