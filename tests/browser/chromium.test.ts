// Finding Chromium for the browser tests: a given path wins; with none, a non-root or non-Debian
// machine gets one line saying how to install one (never a silent skip).
import { describe, expect, it } from 'vitest';
import { ensureChromium, findChromium } from './chromium.ts';

describe('ensureChromium', () => {
  it('returns the first existing candidate', () => {
    expect(findChromium(['/nonexistent/chrome', process.execPath])).toBe(process.execPath);
    expect(ensureChromium({ paths: [process.execPath] })).toBe(process.execPath);
  });

  it('fails with one line that says how to install Chromium when it cannot install one', () => {
    const attempt = () =>
      ensureChromium({ paths: ['/nonexistent/chrome'], isRoot: false, isDebian: true, log: () => {} });
    expect(attempt).toThrowError(
      /^browser tests: no Chromium found\. Install one \(Debian: `sudo apt-get install chromium`\) or set CHROMIUM_PATH/,
    );
    expect(() => ensureChromium({ paths: [], isRoot: true, isDebian: false })).toThrowError(/CHROMIUM_PATH/);
  });
});
