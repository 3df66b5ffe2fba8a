// The link a visitor takes away: the current view's parameters on a base address. A kiosk served
// from localhost sets its public address as `shareBase` in config.json (read from the app's own
// origin); the value is checked to be an absolute http(s) address before a QR code carries it.
import { encodeView } from './url-state.ts';
import type { ViewState } from './view-state.ts';

export const SHARE_CONFIG_URL = 'config.json';

export interface ShareBase {
  /** The address the view's parameters are appended to, ending in `/` or a file name. */
  base: string;
  /** Why the configured address was not used, naming the file and field; null when all is well. */
  problem: string | null;
  /** Whether the base came from config.json (rather than the page's own address). */
  configured: boolean;
}

/** The page's own address without its query and fragment: what a link opens when nothing is set. */
export function pageBase(pageUrl: string): string {
  const url = new URL(pageUrl);
  return `${url.origin}${url.pathname}`;
}

/**
 * Checks a configured base address: an absolute http or https URL with no query, fragment or
 * credentials. A path without a trailing slash gets one (the app loads its files relative to it),
 * unless it names a file such as index.html.
 */
export function parseShareBase(value: unknown): { base: string } | { problem: string } {
  const field = 'config.json: "shareBase"';
  if (typeof value !== 'string') return { problem: `${field} must be a text, not ${JSON.stringify(value)}` };
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return { problem: `${field} ${JSON.stringify(value)} is not an absolute address (expected https://…)` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { problem: `${field} must be an http or https address, not ${url.protocol.slice(0, -1)}` };
  if (url.username || url.password) return { problem: `${field} must not carry a user name or password` };
  if (url.search || url.hash) return { problem: `${field} must not carry a query (?…) or fragment (#…)` };
  const last = url.pathname.split('/').pop() ?? '';
  const path = url.pathname.endsWith('/') || last.includes('.') ? url.pathname : `${url.pathname}/`;
  return { base: `${url.origin}${path}` };
}

/** The base address to use: the configured one when it is valid, else the page's own address. */
export function resolveShareBase(configured: unknown, pageUrl: string): ShareBase {
  if (configured === undefined || configured === null || configured === '')
    return { base: pageBase(pageUrl), problem: null, configured: false };
  const parsed = parseShareBase(configured);
  if ('problem' in parsed) return { base: pageBase(pageUrl), problem: parsed.problem, configured: false };
  return { base: parsed.base, problem: null, configured: true };
}

/** Reads config.json from the app's own origin; a missing file means "use the page's address". */
export async function fetchShareBase(pageUrl: string, fetcher: typeof fetch = fetch): Promise<ShareBase> {
  let config: unknown;
  try {
    const response = await fetcher(SHARE_CONFIG_URL, { cache: 'no-cache' });
    if (response.status === 404) return resolveShareBase(undefined, pageUrl);
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    config = JSON.parse(await response.text());
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { base: pageBase(pageUrl), problem: `${SHARE_CONFIG_URL} could not be read: ${why}`, configured: false };
  }
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    const problem = `${SHARE_CONFIG_URL} must hold an object such as { "shareBase": "https://…" }`;
    return { base: pageBase(pageUrl), problem, configured: false };
  }
  return resolveShareBase((config as Record<string, unknown>).shareBase, pageUrl);
}

/** The link that opens this view: the base address plus exactly the view's URL parameters. */
export function shareLink(base: string, view: ViewState): string {
  const encoded = encodeView(view);
  return encoded ? `${base}?${encoded}` : base;
}

/** Whether an address only works on this machine (a phone scanning the code cannot open it). */
export function isLocalAddress(link: string): boolean {
  const host = new URL(link).hostname;
  return host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '[::1]';
}
