// Removes personal contact data (e-mail addresses, phone numbers) from source text, line by line,
// so that line numbers of the original are kept. Used when importing documents and in data tests.
export const EMAIL_PATTERN = /(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
export const PHONE_PATTERN = /\+ ?\d[\d .\-()]{6,}\d/g;

export function redactContacts(text: string): string {
  return text.replace(EMAIL_PATTERN, '[e-mail removed]').replace(PHONE_PATTERN, '[phone removed]');
}

export function findContacts(text: string): string[] {
  return [...(text.match(EMAIL_PATTERN) ?? []), ...(text.match(PHONE_PATTERN) ?? [])];
}
