// The shape of one URL parameter's codec over the view state, shared by url-state.ts and the
// codecs kept beside it (url-arrangement.ts).
import type { AtlasGraph } from '../graph/types.ts';
import type { ViewState } from './view-state.ts';
import type { Reason } from './message.ts';

export interface Codec {
  params: readonly string[];
  encode: (view: ViewState) => [string, string][];
  /** Reads its parameters into the draft; returns why a value was dropped (a message), if it was. */
  decode: (get: (param: string) => string | null, draft: ViewState, graph: AtlasGraph | null) => Reason | void;
}

/** A value as a notice shows it: cut short, so a long value cannot flood the screen (the message quotes it). */
export const shown = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);
