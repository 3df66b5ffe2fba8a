// @vitest-environment jsdom
// The Share dialog as a person uses it: the QR code and the link follow the view, the local-address
// warning and a bad config.json are shown; the QR modules decode (jsQR) back to the text, UTF-8 too;
// the image buttons call the exporter the renderer registered, with the view's words.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import jsQR from 'jsqr';
import { useAtlas } from '../../src/store/store.ts';
import { ShareDialog } from '../../src/panels/ShareDialog.tsx';
import { qrPath } from '../../src/components/QrCode.tsx';
import type { ImageRequest } from '../../src/store/image-text.ts';
import { makeGraph } from '../fixtures/graph.ts';
import { resetAtlas } from '../fixtures/atlas.ts';

beforeEach(() => resetAtlas(makeGraph()));

/** Rasterises qrPath's modules (4 px each) and decodes them with jsQR. */
function decode(text: string): string | null {
  const { size, path } = qrPath(text);
  const scale = 4;
  const width = size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y] of path.matchAll(/M(\d+) (\d+)/g))
    for (let dy = 0; dy < scale; dy++)
      for (let dx = 0; dx < scale; dx++) {
        const i = 4 * ((Number(y) * scale + dy) * width + Number(x) * scale + dx);
        pixels.fill(0, i, i + 3);
      }
  return jsQR(pixels, width, width)?.data ?? null;
}

describe('QR code', () => {
  it('encodes a link and UTF-8 text so that a decoder reads them back', () => {
    const link = 'https://atlas.example.org/expo/?node=pry&hide=funding&cam=0.4%2C0.6%2C0.5';
    expect(decode(link)).toBe(link);
    expect(decode('São Tomé — Açores')).toBe('São Tomé — Açores');
  });
});

describe('ShareDialog', () => {
  const local = { base: 'http://localhost:4173/', problem: null, configured: false };

  it('shows the link of the current view and follows it', () => {
    render(<ShareDialog base={local} onClose={() => {}} />);
    const input = screen.getByLabelText('Link to this view', { exact: true }) as HTMLInputElement;
    expect(input.value).toBe('http://localhost:4173/');
    expect(screen.getByRole('img', { name: 'QR code of the link to this view' })).toBeTruthy();
    act(() => useAtlas.getState().selectNode('pry'));
    act(() => useAtlas.getState().toggleRelationType('funding'));
    expect(input.value).toBe('http://localhost:4173/?node=pry&hide=funding');
    expect(screen.getByTestId('local-address').textContent).toMatch(/only works on this machine/);
  });

  it('names a bad config.json and does not warn about a configured public address', () => {
    const { unmount } = render(
      <ShareDialog base={{ ...local, problem: 'config.json: "shareBase" must be …' }} onClose={() => {}} />,
    );
    expect(screen.getByRole('alert').textContent).toMatch(/config\.json: "shareBase".*this page’s address instead/);
    unmount();
    render(<ShareDialog base={{ base: 'https://x.org/', problem: null, configured: true }} onClose={() => {}} />);
    expect(screen.queryByTestId('local-address')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('asks the registered exporter for a 2× image with the view’s title and downloads it', async () => {
    const requests: ImageRequest[] = [];
    const exporter = vi.fn(async (request: ImageRequest) => {
      requests.push(request);
      return new Blob(['png'], { type: 'image/png' });
    });
    URL.createObjectURL = vi.fn(() => 'blob:test');
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    act(() => useAtlas.setState({ imageExporter: exporter }));
    act(() => useAtlas.getState().selectNode('bra'));
    render(<ShareDialog base={local} onClose={() => {}} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'PNG, 2× for print' })));
    expect(requests).toHaveLength(1);
    expect(requests[0]!.scale).toBe(2);
    expect(requests[0]!.text.title).toBe('Brazil');
    expect(click).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status').textContent).toBe('Saved sstc-atlas-view@2x.png.');
    click.mockRestore();
  });

  it('disables the image buttons while no canvas has registered an exporter', () => {
    render(<ShareDialog base={local} onClose={() => {}} />);
    expect((screen.getByRole('button', { name: 'PNG, screen size' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
