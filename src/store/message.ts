// A sentence the store needs shown (a notice, a load error) kept as a message key and its values, never
// as English text: the panel that shows it translates it in the language chosen at that moment.
import type en from '../i18n/en.json';

type Base<K> = K extends `${infer B}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? B : K;
type Notices = (typeof en)['notice'];
/** A sentence of the "notice" namespace (plural forms named by their base key). */
export type NoticeKey = Base<Exclude<keyof Notices, 'reason' | 'load'>>;
/** Why a link value was dropped: the part after "Ignored link parameter …:". */
export type ReasonKey = Base<keyof Notices['reason']>;
/** Why the graph could not be loaded. */
export type LoadKey = Base<keyof Notices['load']>;

/** Values a message interpolates; `count` also picks the plural form. */
export type MessageParams = Readonly<Record<string, string | number>>;

export interface Reason {
  key: `notice.reason.${ReasonKey}`;
  params?: MessageParams;
}

export interface Message {
  key: `notice.${NoticeKey}` | `notice.load.${LoadKey}`;
  params?: MessageParams;
  /** A reason the sentence shows in its `{{reason}}` place, translated with it. */
  reason?: Reason;
}

export const reason = (key: ReasonKey, params?: MessageParams): Reason => ({
  key: `notice.reason.${key}`,
  ...(params && { params }),
});

/** "Ignored link parameter "param": …" with the reason it was dropped. */
export const ignored = (param: string, why: Reason): Message => ({
  key: 'notice.ignoredParam',
  params: { param },
  reason: why,
});
