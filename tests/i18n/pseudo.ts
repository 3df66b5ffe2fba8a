// A pseudo-language for tests: every English message wrapped in ⟪ ⟫. Rendered in it, any English word
// on screen outside the brackets that is not data (a name, a quote, a document title) is hard-coded
// text that no translator can reach.
import type { AtlasGraph } from '../../src/graph/types.ts';
import { MESSAGES, i18n } from '../../src/i18n/i18n.ts';

export const PSEUDO = 'en-XA';

function wrap(tree: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(tree).map(([key, value]) => [
      key,
      typeof value === 'string' ? `⟪${value}⟫` : wrap(value as Record<string, unknown>),
    ]),
  );
}

/** Switches i18next to the pseudo-language (call in beforeEach; `leavePseudoLanguage` in afterEach). */
export async function usePseudoLanguage(): Promise<void> {
  i18n.addResourceBundle(PSEUDO, 'translation', wrap(MESSAGES.en), true, true);
  await i18n.changeLanguage(PSEUDO);
}

export async function leavePseudoLanguage(): Promise<void> {
  await i18n.changeLanguage('en');
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Every string the graph holds (names, quotes, document titles): text the interface may show as is. */
export function dataStrings(graph: AtlasGraph): string[] {
  const found = strings(graph.getAttributes());
  graph.forEachNode((_, attributes) => found.push(...strings(attributes)));
  graph.forEachEdge((_, attributes) => found.push(...strings(attributes)));
  return found;
}

const ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-roledescription'];

/** The texts in the element (its text and its labelling attributes), one per text node or attribute. */
function texts(root: Element): string[] {
  const found: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  // Adjacent text nodes of one element are joined: a message may be split by React into several nodes.
  const byParent = new Map<Node, string>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentNode!;
    if (parent.nodeName === 'SCRIPT' || parent.nodeName === 'STYLE') continue;
    byParent.set(parent, (byParent.get(parent) ?? '') + (node.nodeValue ?? ''));
  }
  found.push(...byParent.values());
  for (const element of [root, ...root.querySelectorAll('*')])
    for (const name of ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value) found.push(value);
    }
  return found;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The words under `root` that no message produced: English letters outside ⟪ ⟫ once every data string
 * (and any `allowed` string, such as a product name) is taken out. An empty list means all is translatable.
 */
export function untranslated(root: Element, data: Iterable<string>, allowed: Iterable<string> = []): string[] {
  const known = [...new Set([...data, ...allowed])]
    .filter((s) => s.trim().length > 1)
    .sort((a, b) => b.length - a.length);
  const words: string[] = [];
  for (const text of texts(root)) {
    let rest = text;
    // Messages may nest (a translated name inside a sentence): strip innermost brackets first.
    for (let before = ''; before !== rest;) {
      before = rest;
      rest = rest.replace(/⟪[^⟪⟫]*⟫/g, ' ');
    }
    for (const value of known)
      if (rest.includes(value)) rest = rest.replace(new RegExp(`(?<![A-Za-z])${escape(value)}(?![A-Za-z])`, 'g'), ' ');
    for (const match of rest.matchAll(/[A-Za-z]{2,}/g)) words.push(`${match[0]} (in "${text.trim().slice(0, 80)}")`);
  }
  return [...new Set(words)];
}
