// The lint rules that guard the architecture really fire: sigma outside src/renderer, React or
// zustand in the pure core, panels importing the renderer, and import cycles are errors.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

// The first lint of a run loads the TypeScript resolver: seconds on a busy machine.
describe('architecture lint', { timeout: 30_000 }, () => {
  it('rejects sigma outside src/renderer', async () => {
    expect(await ruleIds("import Sigma from 'sigma';\nexport const s = Sigma;\n", 'src/panels/Bad.tsx')).toContain(
      'no-restricted-imports',
    );
  });

  it('allows sigma inside src/renderer', async () => {
    expect(await ruleIds("import Sigma from 'sigma';\nexport const s = Sigma;\n", 'src/renderer/ok.ts')).not.toContain(
      'no-restricted-imports',
    );
  });

  it.each([
    'src/graph/bad.ts',
    'src/analysis/bad.ts',
    'src/appearance/bad.ts',
    'src/interchange/bad.ts',
    'src/geo/bad.ts',
    'src/pipeline/bad.ts',
    'src/cli/bad.ts',
  ])('rejects React and zustand in %s', async (file) => {
    expect(await ruleIds("import { useState } from 'react';\nexport const u = useState;\n", file)).toContain(
      'no-restricted-imports',
    );
    expect(await ruleIds("import { create } from 'zustand';\nexport const c = create;\n", file)).toContain(
      'no-restricted-imports',
    );
  });

  it('keeps panels and renderer apart', async () => {
    const code = "import { GraphCanvas } from '../renderer/GraphCanvas.tsx';\nexport const g = GraphCanvas;\n";
    expect(await ruleIds(code, 'src/panels/Bad.tsx')).toContain('import-x/no-restricted-paths');
  });

  it('keeps the pipeline on the graph core alone', async () => {
    const code = "import { shortestPaths } from '../analysis/paths.ts';\nexport const f = shortestPaths;\n";
    expect(await ruleIds(code, 'src/pipeline/bad.ts')).toContain('import-x/no-restricted-paths');
    const graphOnly = "import { normalizeName } from '../graph/names.ts';\nexport const n = normalizeName;\n";
    expect(await ruleIds(graphOnly, 'src/pipeline/ok.ts')).not.toContain('import-x/no-restricted-paths');
  });

  it('keeps the map core (src/geo) on the graph model alone', async () => {
    const store = "import { useAtlas } from '../store/store.ts';\nexport const u = useAtlas;\n";
    expect(await ruleIds(store, 'src/geo/bad.ts')).toContain('import-x/no-restricted-paths');
    const analysis = "import { shortestPaths } from '../analysis/paths.ts';\nexport const f = shortestPaths;\n";
    expect(await ruleIds(analysis, 'src/geo/bad.ts')).toContain('import-x/no-restricted-paths');
    const graphOnly = "import { normalizeName } from '../graph/names.ts';\nexport const n = normalizeName;\n";
    expect(await ruleIds(graphOnly, 'src/geo/ok.ts')).not.toContain('import-x/no-restricted-paths');
    const back = "import { project } from '../geo/projection.ts';\nexport const p = project;\n";
    expect(await ruleIds(back, 'src/graph/bad.ts')).toContain('import-x/no-restricted-paths');
  });

  it('keeps the graph core free of every other folder', async () => {
    const code =
      "import { findTriangularArrangements } from '../analysis/triangular.ts';\nexport const f = findTriangularArrangements;\n";
    expect(await ruleIds(code, 'src/graph/bad.ts')).toContain('import-x/no-restricted-paths');
  });

  it('keeps import and export on the graph model alone', async () => {
    const store = "import { useAtlas } from '../store/store.ts';\nexport const u = useAtlas;\n";
    expect(await ruleIds(store, 'src/interchange/bad.ts')).toContain('import-x/no-restricted-paths');
    const analysis = "import { shortestPaths } from '../analysis/paths.ts';\nexport const f = shortestPaths;\n";
    expect(await ruleIds(analysis, 'src/interchange/bad.ts')).toContain('import-x/no-restricted-paths');
    const graph = "import { checkEntity } from '../graph/schema.ts';\nexport const c = checkEntity;\n";
    expect(await ruleIds(graph, 'src/interchange/ok.ts')).not.toContain('import-x/no-restricted-paths');
    const back = "import { exportFiles } from '../interchange/export.ts';\nexport const e = exportFiles;\n";
    expect(await ruleIds(back, 'src/graph/bad.ts')).toContain('import-x/no-restricted-paths');
    expect(await ruleIds(back, 'src/pipeline/bad.ts')).toContain('import-x/no-restricted-paths');
  });

  it('keeps the command line off the UI', async () => {
    const code = "import { useAtlas } from '../store/store.ts';\nexport const u = useAtlas;\n";
    expect(await ruleIds(code, 'src/cli/bad.ts')).toContain('import-x/no-restricted-paths');
  });

  it('keeps the interface messages out of the core, the pipeline, the map core and the command line', async () => {
    const code = "import { formatCount } from '../i18n/i18n.ts';\nexport const f = formatCount;\n";
    for (const file of [
      'src/graph/bad.ts',
      'src/analysis/bad.ts',
      'src/interchange/bad.ts',
      'src/pipeline/bad.ts',
      'src/cli/bad.ts',
      'src/geo/bad.ts',
    ])
      expect(await ruleIds(code, file), file).toContain('import-x/no-restricted-paths');
    expect(await ruleIds(code, 'src/panels/Ok.tsx')).not.toContain('import-x/no-restricted-paths');
  });

  it('rejects an import cycle', async () => {
    // src/graph/schema.ts imports types.ts; a types.ts importing schema.ts closes a cycle.
    const code = "import { checkEntity } from './schema.ts';\nexport const c = checkEntity;\n";
    expect(await ruleIds(code, 'src/graph/types.ts')).toContain('import-x/no-cycle');
  });
});

// React calls whatever an effect returns as its cleanup: the "Show in document" crash came from a
// concise arrow returning scrollIntoView's Promise.
describe('effect lint', { timeout: 30_000 }, () => {
  const component = (effect: string) =>
    `import React, { useEffect, useLayoutEffect } from 'react';\nexport function C({ e }: { e: HTMLElement }) {\n  ${effect};\n  return null;\n}\nexport const r = [React, useEffect, useLayoutEffect];\n`;

  it.each([
    "useEffect(() => e.scrollIntoView({ block: 'center' }), [e])",
    'useLayoutEffect(() => e.focus(), [e])',
    'React.useEffect(() => e.blur(), [e])',
  ])('rejects the concise arrow in %s', async (effect) => {
    expect(await ruleIds(component(effect), 'src/panels/Effect.tsx')).toContain('no-restricted-syntax');
  });

  it('accepts a block body, with or without a returned cleanup', async () => {
    const scroll = "useEffect(() => {\n    e.scrollIntoView({ block: 'center' });\n  }, [e])";
    expect(await ruleIds(component(scroll), 'src/panels/Effect.tsx')).toEqual([]);
    const cleanup = 'useEffect(() => {\n    return () => e.blur();\n  }, [e])';
    expect(await ruleIds(component(cleanup), 'src/panels/Effect.tsx')).toEqual([]);
  });
});
