// The map's added download: builds a tiny entry that loads src/geo/map.ts lazily (as the renderer will)
// with Vite, and prints each chunk's size raw and gzipped. Run: npx tsx tests/bench/map-size.ts
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

export interface ChunkSize {
  file: string;
  bytes: number;
  gzip: number;
}

/** Sizes of the chunks of a build whose entry only does `import('src/geo/map.ts').then(loadMap)`. */
export async function measureMapSize(): Promise<{ entry: ChunkSize; lazy: ChunkSize[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-map-size-'));
  try {
    const entry = join(dir, 'entry.js');
    const map = resolve('src/geo/map.ts');
    writeFileSync(entry, `export const open = () => import(${JSON.stringify(map)}).then((m) => m.loadMap());\n`);
    await build({
      configFile: false,
      logLevel: 'silent',
      root: dir,
      build: {
        outDir: join(dir, 'dist'),
        target: 'es2022',
        minify: true,
        assetsDir: '',
        rollupOptions: {
          input: { entry },
          preserveEntrySignatures: 'exports-only',
          output: { entryFileNames: 'entry.js' },
        },
      },
    });
    const sizes = readdirSync(join(dir, 'dist')).map((file): ChunkSize => {
      const bytes = readFileSync(join(dir, 'dist', file));
      return { file, bytes: bytes.length, gzip: gzipSync(bytes).length };
    });
    const isEntry = (s: ChunkSize) => s.file.startsWith('entry');
    return { entry: sizes.find(isEntry)!, lazy: sizes.filter((s) => !isEntry(s)) };
  } finally {
    if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve('tests/bench/map-size.ts')) {
  const { entry, lazy } = await measureMapSize();
  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  console.log(`entry (paid by the network view): ${kb(entry.bytes)} raw, ${kb(entry.gzip)} gzip`);
  for (const chunk of lazy) console.log(`lazy ${chunk.file}: ${kb(chunk.bytes)} raw, ${kb(chunk.gzip)} gzip`);
  const total = lazy.reduce((sum, c) => sum + c.gzip, 0);
  console.log(`map total, loaded on demand: ${kb(lazy.reduce((s, c) => s + c.bytes, 0))} raw, ${kb(total)} gzip`);
}
