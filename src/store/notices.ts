// Notices stay short and few: a long value in one is cut with an ellipsis, the same notice is shown
// once (the repeat moves to the end), and only the newest few are kept. A notice is a message key
// with its values (message.ts), translated where it is shown.
import type { Message, MessageParams } from './message.ts';

export const MAX_VALUE_LENGTH = 60;
export const MAX_NOTICE_LENGTH = 240;
export const MAX_NOTICES = 4;

export type Notice = Message;

/** Cuts `text` to at most `max` characters, ending in "…" when something was cut. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

const shortParams = (params: MessageParams | undefined) =>
  params &&
  Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === 'string' ? truncate(value, MAX_VALUE_LENGTH) : value,
    ]),
  );

/** The notice with every text value cut to MAX_VALUE_LENGTH characters. */
export function shortenNotice(notice: Notice): Notice {
  const short: Notice = { key: notice.key };
  if (notice.params) short.params = shortParams(notice.params);
  if (notice.reason)
    short.reason = {
      key: notice.reason.key,
      ...(notice.reason.params && { params: shortParams(notice.reason.params) }),
    };
  return short;
}

/** A shown notice as one line of at most MAX_NOTICE_LENGTH characters. */
export function shortenText(text: string): string {
  return truncate(text.replace(/\s+/g, ' ').trim(), MAX_NOTICE_LENGTH);
}

const same = (a: Notice) => JSON.stringify(a);

/** The notices after `incoming` arrive: shortened, each once (newest last), at most `max`. */
export function mergeNotices(current: readonly Notice[], incoming: readonly Notice[], max = MAX_NOTICES): Notice[] {
  const merged = [...current];
  for (const notice of incoming.map(shortenNotice)) {
    const at = merged.findIndex((other) => same(other) === same(notice));
    if (at >= 0) merged.splice(at, 1);
    merged.push(notice);
  }
  return merged.slice(Math.max(0, merged.length - max));
}
