// Name normalization shared by the alias-clash check and search: case-, accent- and
// whitespace-insensitive.
export function normalizeName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`"“”]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
