// Every language has exactly English's messages (plural forms as its own plural rules need), every
// t('key') in the sources exists in English, and counts and country names follow the language.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES, countryName, formatCount, i18n, nodeName } from '../../src/i18n/i18n.ts';
import { LANGS } from '../../src/i18n/langs.ts';
import { NODE_KINDS, RELATION_TYPES } from '../../src/graph/types.ts';

const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(tree: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [prefix + key] : flatten(value as Record<string, unknown>, `${prefix}${key}.`),
  );
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('messages', () => {
  const english = new Set(flatten(MESSAGES.en).map((key) => key.replace(PLURAL, '')));

  it.each(LANGS.filter((lang) => lang !== 'en'))('%s has every English key and no other', (lang) => {
    const keys = new Set(flatten(MESSAGES[lang]).map((key) => key.replace(PLURAL, '')));
    expect(
      [...english].filter((key) => !keys.has(key)),
      'missing',
    ).toEqual([]);
    expect(
      [...keys].filter((key) => !english.has(key)),
      'extra',
    ).toEqual([]);
  });

  it.each(LANGS)('%s gives every plural key each form its plural rules use', (lang) => {
    const keys = flatten(MESSAGES[lang]);
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    const plural = new Set(keys.filter((key) => PLURAL.test(key)).map((key) => key.replace(PLURAL, '')));
    expect(plural.size).toBeGreaterThan(0);
    for (const base of plural)
      expect(
        categories.filter((c) => !keys.includes(`${base}_${c}`)),
        base,
      ).toEqual([]);
  });

  it("every t('key') in src/ exists in English, and each relation type and node kind has a name", () => {
    const used = sources('src').flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([\w.]+)'/g)].map((match) => match[1]!),
    );
    expect(used.length).toBeGreaterThan(50);
    expect([...new Set(used)].filter((key) => !english.has(key))).toEqual([]);
    const named = [...RELATION_TYPES.map((t) => `relation.${t}`), ...NODE_KINDS.map((k) => `kind.${k}`)];
    expect(named.filter((key) => !english.has(key))).toEqual([]);
  });

  it('plurals, counts and country names follow the language', async () => {
    await i18n.changeLanguage('fr');
    expect(i18n.t('details.hidden', { count: 1, formatted: '1' })).toBe('1 relation masquée par les filtres.');
    expect(i18n.t('details.hidden', { count: 3, formatted: '3' })).toBe('3 relations masquées par les filtres.');
    expect(formatCount(12345, 'fr').replace(/\s/g, ' ')).toBe('12 345');
    expect(formatCount(12345, 'en')).toBe('12,345');
    expect(countryName('BRA', 'fr')).toBe('Brésil');
    expect(countryName('BRA', 'pt')).toBe('Brasil');
    expect(countryName('KEN', 'pt')).toBe('Quénia'); // European Portuguese, as the messages
    expect(countryName('XXX', 'fr')).toBeNull();
    await i18n.changeLanguage('en');
    expect(i18n.t('details.hidden', { count: 2, formatted: '2' })).toBe('2 relations hidden by the filters.');
  });

  it("names a node as the documents do in English and a country in the reader's language otherwise", () => {
    const civ = { label: "Côte d'Ivoire", kind: 'country', iso3: 'CIV' };
    expect(nodeName(civ, 'en')).toBe("Côte d'Ivoire");
    expect(nodeName(civ, 'fr')).toBe(countryName('CIV', 'fr'));
    expect(nodeName({ label: 'Brazil', kind: 'country', iso3: 'BRA' }, 'pt')).toBe('Brasil');
    expect(nodeName({ label: 'ILO', kind: 'organization' }, 'fr')).toBe('ILO');
    expect(nodeName({ label: 'Atlantis', kind: 'country', iso3: 'XXX' }, 'es')).toBe('Atlantis');
  });
});
