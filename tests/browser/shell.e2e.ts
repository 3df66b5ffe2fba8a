// What a person sees on opening the app: the network drawn with WebGL, the main controls, no
// request to any other origin, and a clear error (never a blank page) when the data is broken.
import { describe, expect, it } from 'vitest';
import { countDrawnPixels, hasWebGL, openPage, sharedHarness } from './harness.ts';

const harness = sharedHarness();

describe('app shell', () => {
  it('draws the graph with WebGL and makes no request to another origin', async () => {
    const view = await openPage(harness());
    await view.page.getByTestId('graph-size').waitFor();
    await view.page.waitForTimeout(500);
    expect(await hasWebGL(view.page)).toBe(true);
    expect(await countDrawnPixels(view.page)).toBeGreaterThan(2000);
    await expect(view.page.getByRole('heading', { name: 'SSTC Atlas' }).isVisible()).resolves.toBe(true);
    expect(view.errors).toEqual([]);
    // Fetched once: the preload in index.html is the request the app uses.
    expect(view.requests.filter((url) => url.endsWith('data/graph.json'))).toHaveLength(1);
    expect(view.foreign()).toEqual([]);
    await view.close();
  });

  it('shows an error that names the file when the graph data is malformed', async () => {
    const context = await harness().browser.newContext();
    const page = await context.newPage();
    await page.route('**/data/graph.json', (route) =>
      route.fulfill({ status: 200, body: '{"nodes": [', contentType: 'application/json' }),
    );
    await page.goto(harness().baseUrl);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toContain('could not be loaded');
    expect(text).toContain('data/graph.json');
    expect(text).toContain('not valid JSON');
    await context.close();
  });
});
