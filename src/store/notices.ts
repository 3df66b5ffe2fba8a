// Notices stay short and few: a long quoted value is cut with an ellipsis, the same text is shown
// once (the repeat moves to the end), and only the newest few are kept.
export const MAX_VALUE_LENGTH = 60;
export const MAX_NOTICE_LENGTH = 240;
export const MAX_NOTICES = 4;

/** Cuts `text` to at most `max` characters, ending in "…" when something was cut. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** Cuts every double-quoted value longer than MAX_VALUE_LENGTH, then the whole notice. */
export function shortenNotice(text: string): string {
  const values = text.replace(/"((?:[^"\\]|\\.)*)"/g, (_, value: string) => `"${truncate(value, MAX_VALUE_LENGTH)}"`);
  return truncate(values.replace(/\s+/g, ' ').trim(), MAX_NOTICE_LENGTH);
}

/** The notices after `incoming` arrive: shortened, each text once (newest last), at most `max`. */
export function mergeNotices(current: readonly string[], incoming: readonly string[], max = MAX_NOTICES): string[] {
  const merged = [...current];
  for (const notice of incoming.map(shortenNotice)) {
    if (!notice) continue;
    const at = merged.indexOf(notice);
    if (at >= 0) merged.splice(at, 1);
    merged.push(notice);
  }
  return merged.slice(Math.max(0, merged.length - max));
}
