// In French, Spanish and Portuguese, no English message of the interface is left on screen in the app's
// main states (home, details, each analysis, the List, the map, the share dialog, a rejected link): every
// English message fragment of three words or more is looked for in the visible text and labels, outside
// the parts marked lang="en" (quotes, documents) and once the graph's own words (names, quotes) are out;
// and common English words that appear in no message file, for text hard-coded in English.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { findTriangularArrangements } from '../../src/analysis/triangular.ts';
import { MESSAGES } from '../../src/i18n/i18n.ts';
import { atlasGraph } from './atlas-data.ts';
import { openPage, sharedHarness } from './harness.ts';
import { dataStrings } from '../i18n/pseudo.ts';

const harness = sharedHarness();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ENGLISH_WORDS =
  /\b(the|of|and|with|from|this|that|which|shown|hidden|nodes|edges|show|hide|click|press|select|graph|network|loading|filters)\b/gi;

function leaves(tree: Record<string, unknown>): string[] {
  return Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : leaves(v as Record<string, unknown>)));
}

/** English message fragments (between placeholders and tags) of ≥ 3 words that the language does not share. */
function englishFragments(lang: 'fr' | 'es' | 'pt'): string[] {
  const theirs = leaves(MESSAGES[lang]).join('\n');
  const fragments = leaves(MESSAGES.en).flatMap((message) =>
    message.split(/\{\{[^}]*\}\}|<[^>]*>|[“”"«»—:()…]/).map((part) => part.trim()),
  );
  return [...new Set(fragments)].filter((f) => f.split(/\s+/).length >= 3 && !theirs.includes(f));
}

/** Visible text nodes and labelling attributes, outside elements in another language than the page's. */
const screenTexts = (page: Page) =>
  page.evaluate(() => {
    const lang = document.documentElement.lang;
    const foreign = (el: Element | null) => {
      const marked = el?.closest('[lang]');
      return (
        marked !== null &&
        marked !== undefined &&
        marked !== document.documentElement &&
        marked.getAttribute('lang') !== lang
      );
    };
    const texts: { text: string; where: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || foreign(parent) || parent.closest('script,style,noscript')) continue;
      if (parent.getClientRects().length === 0 && !parent.closest('[role=status],[aria-live]')) continue;
      texts.push({ text: node.nodeValue ?? '', where: `${parent.tagName.toLowerCase()}.${parent.className}` });
    }
    for (const el of document.body.querySelectorAll('[aria-label],[title],[placeholder],[alt],[aria-roledescription]'))
      if (!foreign(el))
        for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-roledescription']) {
          const value = el.getAttribute(name);
          if (value) texts.push({ text: value, where: `${el.tagName.toLowerCase()}[${name}]` });
        }
    return texts;
  });

const STATES: [string, string, ((page: Page) => Promise<void>)?][] = [
  ['home', ''],
  ['a node selected', 'node=bra'],
  ['the paths between Zambia and Paraguay', 'tab=analyse&path=zmb,pry'],
  ['the ego network of Kenya', 'tab=analyse&ego=ken,1,both'],
  ['a triangular arrangement', `tab=analyse&tri=${findTriangularArrangements(atlasGraph())[0]!.initiative}`],
  ['the List', 'view=list&node=pry'],
  ['the map', 'layout=map'],
  ['a rejected link', 'node=atlantis&cam=9,9,99'],
  [
    'every section open',
    'tab=analyse',
    (page) => page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true))),
  ],
];

describe('no English left on screen in another language', () => {
  // Longest first, so that a name inside a description does not break the description's match.
  // Not the graph's ids and vocabularies ("network", "country"): lower-case single words are never shown as they are.
  const data = [...new Set(dataStrings(atlasGraph()))]
    .filter((s) => s.length > 2 && !/^[a-z0-9_-]+$/.test(s))
    .sort((a, b) => b.length - a.length);
  it.each(['fr', 'es', 'pt'] as const)(
    '%s',
    async (lang) => {
      const fragments = englishFragments(lang);
      expect(fragments.length).toBeGreaterThan(100);
      const found: string[] = [];
      for (const [state, link, act] of STATES) {
        const { page, close } = await openPage(harness(), `?lang=${lang}${link ? `&${link}` : ''}`);
        await page.getByTestId('graph-size').waitFor();
        await page.waitForTimeout(300);
        if (act) await act(page);
        for (const { text, where } of await screenTexts(page)) {
          let rest = text;
          for (const value of data)
            if (rest.includes(value))
              rest = rest.replace(new RegExp(`(?<![\\p{L}])${escape(value)}(?![\\p{L}])`, 'gu'), ' ');
          for (const fragment of fragments)
            if (rest.includes(fragment))
              found.push(`${state}: "${fragment}" in ${where} "${text.trim().slice(0, 90)}"`);
          // Hard-coded English that no message file holds: words no French, Spanish or Portuguese text uses.
          for (const match of rest.matchAll(ENGLISH_WORDS))
            found.push(`${state}: "${match[0]}" in ${where} "${text.trim().slice(0, 90)}"`);
        }
        await close();
      }
      expect([...new Set(found)]).toEqual([]);
    },
    120_000,
  );
});
