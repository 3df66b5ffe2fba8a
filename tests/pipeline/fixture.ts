// Writes a small graph-data/ folder to a temporary directory for pipeline tests.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

export const SOURCE_TEXT = `Brazil shared its experience
in combating child labour with Paraguay.
The ILO supported the project.`;

export const GOOD_ENTITIES = `entities:
  - id: bra
    kind: country
    label: Brazil
    aliases: [Brasil]
    description: A country.
    iso3: BRA
    region: Americas
    northSouth: south
    sources: [doc]
  - id: pry
    kind: country
    label: Paraguay
    aliases: []
    description: A country.
    iso3: PRY
    region: Americas
    northSouth: south
    sources: [doc]
  - id: ilo
    kind: organization
    label: International Labour Organization
    aliases: [ILO]
    description: A UN agency.
    orgType: multilateral
    sources: [doc]
  - id: project
    kind: initiative
    label: Child labour project
    aliases: []
    description: A project.
    start: 2009
    end: 2012
    sources: [doc]
`;

export const GOOD_RELATIONS = `relations:
  - source: bra
    target: pry
    type: knowledge_transfer
    initiative: project
    evidence:
      - source: doc
        quote: "Brazil shared its experience in combating child labour with Paraguay."
  - source: ilo
    target: project
    type: facilitation
    evidence:
      - source: doc
        quote: The ILO supported the project.
`;

export const MANIFEST = 'sources:\n  - id: doc\n    file: doc.txt\n    title: A document\n    year: 2013\n';

/** Creates a data folder; `files` maps curated file names to YAML text (or bytes). */
export function makeDataDir(
  files: Record<string, string | Uint8Array>,
  sourceText: string | Uint8Array = SOURCE_TEXT,
  manifest = MANIFEST,
): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-data-'));
  mkdirSync(join(dir, 'sources'));
  mkdirSync(join(dir, 'curated'));
  writeFileSync(join(dir, 'sources.yaml'), manifest);
  writeFileSync(join(dir, 'sources', 'doc.txt'), sourceText);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'curated', name), text);
  return dir;
}

/** The `file:line` prefix the pipeline prints for a file of `dir` (paths are relative to the cwd). */
export const at = (dir: string, file: string, line: number, column?: number): string =>
  `${relative(process.cwd(), join(dir, file))}:${line}${column === undefined ? '' : `:${column}`}:`;
