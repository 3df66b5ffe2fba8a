// Installed and generated files are never tracked: node_modules, the build, the compiled graph,
// benchmark output and test reports come from commands, not from git.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

export const GENERATED = ['node_modules', 'dist', 'public/data', '.bench', 'test-results', 'coverage'];

describe('repository hygiene', () => {
  it('tracks no installed or generated path', () => {
    const tracked = execFileSync('git', ['ls-files', '--', ...GENERATED], { encoding: 'utf8' }).trim();
    expect(tracked.split('\n').filter(Boolean).slice(0, 5)).toEqual([]);
  });

  it('ignores every generated path', () => {
    const out = execFileSync('git', ['check-ignore', '--no-index', ...GENERATED.map((p) => `${p}/x`)], {
      encoding: 'utf8',
    });
    expect(out.trim().split('\n')).toHaveLength(GENERATED.length);
  });
});
