// Fetching a text file with a deadline: a server that never answers gives a clear error naming the
// URL, instead of an endless "Loading…". The request is aborted when the deadline passes.
export const LOAD_TIMEOUT_MS = 15_000;

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

/** The body of `url` as text; rejects with an error naming the URL on a bad status or after `timeoutMs`. */
export async function fetchText(url: string, timeoutMs = LOAD_TIMEOUT_MS): Promise<string> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Error(`${url}: the server did not answer within ${seconds(timeoutMs)}`));
    }, timeoutMs);
  });
  const request = (async () => {
    const response = await fetch(url, { signal: controller.signal });
    if (!response.ok) throw new Error(`${url}: the server answered ${response.status} ${response.statusText}`);
    return response.text();
  })();
  request.catch(() => {}); // once the deadline has won, the aborted request's rejection is expected
  try {
    return await Promise.race([request, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
