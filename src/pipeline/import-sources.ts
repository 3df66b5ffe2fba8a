// One-off import: copies the seed documents from ../shared/seeds into graph-data/sources/
// with contact data redacted. Run with `npm run import-sources` when a seed document changes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { redactContacts } from '../graph/redact.ts';

const root = process.cwd();
const seeds = process.argv[2] ?? join(root, '..', 'shared', 'seeds');
const manifest = parse(readFileSync(join(root, 'graph-data', 'sources.yaml'), 'utf8')) as {
  sources: { id: string; file: string; seed: string }[];
};
for (const source of manifest.sources) {
  const text = readFileSync(join(seeds, source.seed), 'utf8');
  writeFileSync(join(root, 'graph-data', 'sources', source.file), redactContacts(text));
  console.log(`${source.seed} → graph-data/sources/${source.file}`);
}
