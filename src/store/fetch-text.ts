// Fetching a text file with a deadline: a server that never answers gives a clear error naming the
// URL, instead of an endless "Loading…". The request is aborted when the deadline passes. The error
// also carries its message key (message.ts), so that the interface says it in the chosen language.
import type { Message } from './message.ts';

export const LOAD_TIMEOUT_MS = 15_000;

/** An error of the request itself (no answer in time, a bad status), as English text and as a message. */
export class FetchError extends Error {
  constructor(
    text: string,
    readonly why: Message,
  ) {
    super(text);
    this.name = 'FetchError';
  }
}

const seconds = (ms: number) => Math.round(ms / 100) / 10;

/** The body of `url` as text; rejects with an error naming the URL on a bad status or after `timeoutMs`. */
export async function fetchText(url: string, timeoutMs = LOAD_TIMEOUT_MS): Promise<string> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      const within = seconds(timeoutMs);
      const why: Message = { key: 'notice.load.timeout', params: { url, seconds: within } };
      reject(new FetchError(`${url}: the server did not answer within ${within} s`, why));
    }, timeoutMs);
  });
  const request = (async () => {
    const response = await fetch(url, { signal: controller.signal });
    if (!response.ok) {
      const { status, statusText } = response;
      const why: Message = { key: 'notice.load.status', params: { url, status: String(status), statusText } };
      throw new FetchError(`${url}: the server answered ${status} ${statusText}`, why);
    }
    return response.text();
  })();
  request.catch(() => {}); // once the deadline has won, the aborted request's rejection is expected
  try {
    return await Promise.race([request, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
