// The interface languages (ILO working languages and Portuguese for the Lusophone partners), by code.
export const LANGS = ['en', 'fr', 'es', 'pt'] as const;
export type Lang = (typeof LANGS)[number];
/** Each language named in itself, for the language switch. */
export const LANG_NAMES: Record<Lang, string> = { en: 'English', fr: 'Français', es: 'Español', pt: 'Português' };
