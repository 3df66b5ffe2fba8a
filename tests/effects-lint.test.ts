// Lint refuses an effect written as a concise arrow, whose value React would call as a cleanup
// (the "Show in document" crash: scrollIntoView returns a Promise in Chromium).
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: 'src/panels/Effect.tsx' });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

const component = (effect: string) =>
  `import React, { useEffect, useLayoutEffect } from 'react';\nexport function C({ e }: { e: HTMLElement }) {\n  ${effect};\n  return null;\n}\nexport const r = [React, useEffect, useLayoutEffect];\n`;

describe('effect lint', () => {
  it.each([
    "useEffect(() => e.scrollIntoView({ block: 'center' }), [e])",
    'useLayoutEffect(() => e.focus(), [e])',
    'React.useEffect(() => e.blur(), [e])',
  ])('rejects the concise arrow in %s', async (effect) => {
    expect(await ruleIds(component(effect))).toContain('no-restricted-syntax');
  });

  it('accepts a block body, with or without a returned cleanup', async () => {
    expect(
      await ruleIds(component("useEffect(() => {\n    e.scrollIntoView({ block: 'center' });\n  }, [e])")),
    ).toEqual([]);
    expect(await ruleIds(component('useEffect(() => {\n    return () => e.blur();\n  }, [e])'))).toEqual([]);
  });
});
