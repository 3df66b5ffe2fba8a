// Seeded text for synthetic graphs: place names, organization, forum and initiative labels,
// acronyms, descriptions and evidence quotes of about the curated data's length.
import { THEMES, type RelationType } from '../../src/graph/types.ts';

const SYLLABLES = [
  'ka',
  'lo',
  'ri',
  'ma',
  'ven',
  'ta',
  'su',
  'ne',
  'bo',
  'gha',
  'zan',
  'mo',
  'pe',
  'ru',
  'di',
  'an',
  'sel',
  'tu',
];
const ENDINGS = ['ia', 'land', 'stan', 'a', 'o', 'ique', 'ay', 'ea'];
const ORG_PATTERNS = [
  (p: string) => `Ministry of Labour of ${p}`,
  (p: string) => `${p} Workers' Confederation`,
  (p: string) => `${p} Employers' Federation`,
  (p: string, t: string) => `National Institute for ${t} (${p})`,
  (p: string) => `${p} Agency for International Cooperation`,
  (p: string, t: string) => `${t} Network of ${p}`,
  (p: string) => `University of ${p}`,
];
const VERBS: Record<RelationType, string> = {
  knowledge_transfer: 'shared its experience with',
  funding: 'provided funding for',
  membership: 'is a member of',
  hosting: 'hosted',
  participation: 'took part in',
  implementation: 'implemented',
  facilitation: 'facilitated',
  partnership: 'worked in partnership with',
  founding: 'founded',
  organizing: 'organized',
  part_of: 'is part of',
};

const TRANSLATIONS: Record<string, string> = {
  Ministry: 'Ministério',
  Labour: 'Trabajo',
  "Workers'": 'des Travailleurs',
  "Employers'": 'Empleadores',
  Confederation: 'Confederación',
  Federation: 'Federación',
  National: 'Nacional',
  Institute: 'Instituto',
  University: 'Universidad',
  Agency: 'Agência',
  Network: 'Réseau',
  of: 'de',
  for: 'para',
};

const title = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const themeName = (theme: string) => title(theme.replace(/-/g, ' '));

export function createWords(random: () => number) {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const theme = () => themeName(pick(THEMES));
  return {
    place: () => {
      const parts = 2 + Math.floor(random() * 2);
      let name = '';
      for (let i = 0; i < parts; i++) name += pick(SYLLABLES);
      return title(name + pick(ENDINGS));
    },
    iso3: (index: number) =>
      [index / 676, index / 26, index].map((n) => String.fromCharCode(65 + (Math.floor(n) % 26))).join(''),
    organization: (place: string) => pick(ORG_PATTERNS)(place, theme()),
    forum: (place: string, year: number) => `${theme()} Forum ${year} (${place})`,
    initiative: (place: string) =>
      `${pick(['Programme', 'Project', 'Partnership', 'Exchange'])} on ${theme()} in ${place}`,
    acronym: (label: string) =>
      label
        .split(/[\s()]+/)
        .filter((word) => /^[A-Z]/.test(word))
        .map((word) => word[0])
        .join('') || label.slice(0, 3).toUpperCase(),
    /** A non-English name, as curated aliases often are. */
    translation: (label: string) => label.replace(/[A-Za-z']+/g, (word) => TRANSLATIONS[word] ?? word),
    sentence: (label: string, what: string) =>
      `${label} is ${what} named in the cooperation documents. It works on ${theme().toLowerCase()} and ` +
      `${theme().toLowerCase()} with partners in its region and beyond.`,
    quote: (source: string, type: RelationType, target: string) =>
      `${source} ${VERBS[type]} ${target}, ${pick([
        'with technical support from the ILO',
        'as part of a South-South exchange of good practices',
        'through study visits and peer learning between ministries',
        'within a triangular arrangement co-financed by a donor',
      ])}.`,
  };
}

export type Words = ReturnType<typeof createWords>;
