// Says a store message (a notice, a load error) in the current language: its numbers formatted as the
// language writes them, `count` kept for the plural form, a reason translated into its `{{reason}}`.
import type { TFunction } from 'i18next';
import { formatCount } from '../i18n/i18n.ts';
import type { Message, MessageParams, Reason } from '../store/message.ts';

function values(params: MessageParams | undefined): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params ?? {}))
    out[name] = typeof value === 'number' ? formatCount(value) : value;
  if (typeof params?.count === 'number')
    Object.assign(out, { count: params.count, formatted: formatCount(params.count) });
  return out;
}

/** The message as a sentence in the language `t` speaks. */
export function messageText(t: TFunction, message: Message | Reason): string {
  const reason = 'reason' in message && message.reason ? { reason: messageText(t, message.reason) } : {};
  return t(message.key, { ...values(message.params), ...reason });
}
