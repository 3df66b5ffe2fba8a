// ISO 3166-1 alpha-3 → numeric codes (world-atlas keys its countries by the numeric code, "076" for
// Brazil), from the table that the i18n-iso-countries package maintains.
import codes from 'i18n-iso-countries/codes.json';

const numericByAlpha3: ReadonlyMap<string, string> = new Map(
  (codes as readonly (readonly string[])[]).map(([, alpha3, numeric]) => [alpha3!, numeric!]),
);

/** The three-digit numeric code of an alpha-3 code ("BRA" → "076"), or undefined if ISO has none. */
export function isoNumeric(alpha3: string): string | undefined {
  return numericByAlpha3.get(alpha3.toUpperCase());
}
