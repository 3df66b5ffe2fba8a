// Node attributes for synthetic graphs, kind by kind, with the shapes the schema expects
// (country iso3/region/northSouth, organization orgType/country, forum year, initiative facets).
import {
  MODALITIES,
  ORG_TYPES,
  PILLARS,
  THEMES,
  type NodeAttributes,
  type NodeKind,
  type Region,
} from '../../src/graph/types.ts';
import type { Words } from './words.ts';

export const SOURCES = [
  { id: 'good-practices-2013', title: 'Good practices in South-South cooperation (synthetic)', year: 2013 },
  { id: 'nominations-2014', title: 'Nominations for the Solution Forum (synthetic)', year: 2014 },
  { id: 'forum-report-2014', title: 'Solution Forum report (synthetic)', year: 2014 },
  { id: 'forum-posters-2014', title: 'Solution Forum posters (synthetic)', year: 2014 },
  { id: 'sstc-strategy-2018', title: 'SSTC strategy (synthetic)', year: 2018 },
].map((source) => ({ ...source, file: `${source.id}.txt` }));

export interface Draw {
  random: () => number;
  pick: <T>(list: readonly T[]) => T;
  words: Words;
}

/** Where a node is drawn: a place name and home country from its cluster, the cluster's region. */
export interface Place {
  place: string;
  home: { country?: string };
  region: Region;
  index: number;
}

export function drawNode(draw: Draw, kind: NodeKind, at: Place): Omit<NodeAttributes, 'x' | 'y'> {
  const { pick, random, words } = draw;
  const { place, home, region, index } = at;
  const sources = [...new Set([pick(SOURCES).id, ...(random() < 0.3 ? [pick(SOURCES).id] : [])])];
  if (kind === 'country') {
    const label = words.place();
    return {
      label,
      kind,
      aliases: random() < 0.6 ? [`Republic of ${label}`] : [],
      description: words.sentence(label, 'a country'),
      sources,
      iso3: words.iso3(index),
      region,
      subregion: `${pick(['Northern', 'Southern', 'Eastern', 'Western', 'Middle'])} ${region}`,
      northSouth: random() < 0.2 ? 'north' : 'south',
    };
  }
  if (kind === 'organization') {
    const label = words.organization(place);
    return {
      label,
      kind,
      aliases: [
        ...(random() < 0.8 ? [words.acronym(label)] : []),
        ...(random() < 0.3 ? [words.translation(label)] : []),
      ],
      description: words.sentence(label, 'an organization'),
      sources,
      orgType: pick(ORG_TYPES),
      ...(random() < 0.85 ? home : { northSouth: random() < 0.3 ? 'north' : 'south' }),
    };
  }
  if (kind === 'forum') {
    const year = 1995 + Math.floor(random() * 25);
    const label = words.forum(place, year);
    const aliases = random() < 0.3 ? [label.replace(/ \(.*\)$/, '')] : [];
    return { label, kind, aliases, description: words.sentence(label, 'a forum'), sources, year, ...home };
  }
  const label = words.initiative(place);
  const start = 1995 + Math.floor(random() * 25);
  return {
    label,
    kind,
    aliases: random() < 0.7 ? [words.acronym(label)] : [],
    description: words.sentence(label, 'an initiative'),
    sources,
    start,
    ...(random() < 0.7 ? { end: start + Math.floor(random() * 8) } : {}),
    pillar: pick(PILLARS),
    themes: [...new Set([pick(THEMES), pick(THEMES), pick(THEMES)].slice(0, 1 + Math.floor(random() * 3)))],
    modality: [...new Set([pick(MODALITIES), ...(random() < 0.3 ? [pick(MODALITIES)] : [])])],
  };
}
