// The interface's messages (one JSON file per language, i18next with Intl plurals), counts formatted
// with Intl.NumberFormat, and country names in the chosen language from Intl.DisplayNames.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
// A CommonJS package: its default export, so that Node (the benchmark, tsx) reads it as Vite does.
import countries from 'i18n-iso-countries';
import en from './en.json';
import fr from './fr.json';
import es from './es.json';
import pt from './pt.json';
import type { Lang } from './langs.ts';

export const MESSAGES: Record<Lang, Record<string, unknown>> = { en, fr, es, pt };

void i18next.use(initReactI18next).init({
  lng: 'en',
  fallbackLng: 'en',
  resources: Object.fromEntries(Object.entries(MESSAGES).map(([lang, messages]) => [lang, { translation: messages }])),
  interpolation: { escapeValue: false }, // React escapes; messages are never injected as HTML
  initImmediate: false,
  showSupportNotice: false, // no advertisement in the visitors' console
});

export const i18n = i18next;

/** Switches the interface and the page's `<html lang>` to the language. */
export function applyLanguage(lang: Lang): void {
  if (i18next.language !== lang) void i18next.changeLanguage(lang);
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

/** A count as the language writes it (1,234 · 1 234 · 1.234). */
export function formatCount(value: number, lang: string = i18next.language): string {
  return new Intl.NumberFormat(lang).format(value);
}

const displayNames = new Map<string, Intl.DisplayNames>();

/** A country's name in the language, by its ISO 3166 alpha-3 code; null when the browser has none. */
export function countryName(iso3: string | undefined, lang: string = i18next.language): string | null {
  const alpha2 = iso3 ? countries.alpha3ToAlpha2(iso3.toUpperCase()) : undefined;
  if (!alpha2) return null;
  // The Portuguese messages are European Portuguese: so are the country names ("Quénia", not "Quênia").
  if (!displayNames.has(lang))
    displayNames.set(
      lang,
      new Intl.DisplayNames([lang === 'pt' ? 'pt-PT' : lang], { type: 'region', fallback: 'none' }),
    );
  return displayNames.get(lang)!.of(alpha2) ?? null;
}

/**
 * A node's name as the interface shows it: in English the documents' own name (the label: "Côte d'Ivoire",
 * not the browser's "Côte d’Ivoire"), in another language a country's name in that language.
 */
export function nodeName(
  node: { label: string; kind: string; iso3?: string },
  lang: string = i18next.language,
): string {
  if (lang === 'en' || lang.startsWith('en-') || node.kind !== 'country') return node.label;
  return countryName(node.iso3, lang) ?? node.label;
}

// Panels take the hook from here, so that importing it also initialises the messages.
export { useTranslation } from 'react-i18next';
