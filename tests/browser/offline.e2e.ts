// Survives a day alone: after one load the service worker has the app, the graph and the documents,
// so with the network gone (the browser offline and the server stopped) a reload still draws the
// canvas, opens a document and shares a view, with no console error and no request elsewhere.
import { describe, expect, it } from 'vitest';
import { readFile, readdir } from 'node:fs/promises';
import { preview } from 'vite';
import { countDrawnPixels, hasWebGL, sharedHarness } from './harness.ts';

const harness = sharedHarness();

describe('offline', () => {
  it('reloads and draws with no network after the first load', async () => {
    // Its own server, so that it can be stopped: nothing answers the page any more.
    const server = await preview({
      root: 'src',
      build: { outDir: '../dist' },
      preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
      logLevel: 'silent',
    });
    const address = server.httpServer.address();
    if (!address || typeof address === 'string') throw new Error('offline test: preview server has no port');
    const base = `http://127.0.0.1:${address.port}/`;
    const context = await harness().browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    context.on('request', (request) => requests.push(request.url()));

    await page.goto(`${base}?node=bra`);
    await page.getByRole('region', { name: 'Brazil', exact: true }).waitFor();
    // Installed (the precache is complete) and in control of the page.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // The Share control has re-read config.json through the worker, which keeps a copy.
    await page.waitForTimeout(500);

    await context.setOffline(true);
    await server.close();
    await page.reload();
    await page.getByRole('region', { name: 'Brazil', exact: true }).waitFor();
    await page.waitForTimeout(800);
    expect(await hasWebGL(page)).toBe(true);
    expect(await countDrawnPixels(page)).toBeGreaterThan(2000);

    // The documents are there too ("Show in document" works offline), and sharing works.
    await page.getByRole('button', { name: 'Show in document' }).first().click();
    await page.getByRole('dialog', { name: 'Source document' }).locator('mark').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Share' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this view' });
    await dialog.waitFor();
    expect(await dialog.getByRole('alert').count()).toBe(0);
    expect(await dialog.getByLabel('Link to this view', { exact: true }).inputValue()).toContain('node=bra');

    expect(errors).toEqual([]);
    // And the network really is gone: what the worker does not keep cannot be fetched.
    const fresh = await page.evaluate(() =>
      fetch(`not-kept-${Date.now()}.txt`).then(
        () => 'fetched',
        () => 'failed',
      ),
    );
    expect(fresh).toBe('failed');
    expect(
      requests.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== new URL(base).origin),
    ).toEqual([]);
    await context.close();
  });

  it('builds a service worker whose Workbox runtime is bundled beside it, not loaded from a CDN', async () => {
    const files = (await readdir('dist')).filter((file) => /^(sw|workbox-[\w-]+)\.js$/.test(file));
    expect(files).toContain('sw.js');
    expect(files.some((file) => file.startsWith('workbox-'))).toBe(true);
    const sw = await readFile('dist/sw.js', 'utf8');
    for (const file of files) {
      const text = await readFile(`dist/${file}`, 'utf8');
      expect(text).not.toMatch(/importScripts\(\s*["']https?:/);
      expect(text).not.toMatch(/storage\.googleapis|cdn\./);
    }
    for (const url of ['index.html', 'data/graph.json', 'data/sources/good-practices-2013.txt'])
      expect(sw).toContain(`url:"${url}"`);
    expect(sw).not.toContain('url:"config.json"');
  });
});
