// `npm run data` checks tours (graph-data/tours/*.yaml) with file:line errors and compiles the good
// ones: one fixture per kind of error.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraphJson } from '../../src/pipeline/data.ts';
import { GOOD_ENTITIES, GOOD_RELATIONS, makeDataDir } from './fixture.ts';

const GOOD_TOUR = `id: brazil-paraguay
title: Brazil and Paraguay
summary: How Paraguay learned from Brazil.
steps:
  - title: The transfer
    caption: Brazil shared its experience against child labour with Paraguay.
    view:
      analysis: { kind: path, from: bra, to: pry }
    duration: 10
    evidence:
      source: doc
      quote: Brazil shared its experience in combating child labour with Paraguay.
  - title: The support
    caption: The ILO supported the project.
    view:
      selectedNode: ilo
    frame: [ilo, project]
    evidence: { source: doc, quote: The ILO supported the project. }
`;

function build(tours: Record<string, string>) {
  const dir = makeDataDir({ 'a.yaml': GOOD_ENTITIES, 'b.yaml': GOOD_RELATIONS });
  mkdirSync(join(dir, 'tours'));
  for (const [name, text] of Object.entries(tours)) writeFileSync(join(dir, 'tours', name), text);
  return buildGraphJson(dir);
}
const problemsOf = (tour: string) => build({ 't.yaml': tour }).problems;

describe('npm run data: tours', () => {
  it('compiles a good tour into tours.json, steps and views as written', () => {
    const { toursJson, problems } = build({ 't.yaml': GOOD_TOUR });
    expect(problems).toEqual([]);
    const { tours } = JSON.parse(toursJson!);
    expect(tours).toHaveLength(1);
    expect(tours[0].id).toBe('brazil-paraguay');
    expect(tours[0].steps.map((s: { view: unknown }) => s.view)).toEqual([
      { analysis: { kind: 'path', from: 'bra', to: 'pry' } },
      { selectedNode: 'ilo' },
    ]);
    expect(tours[0].steps[1].frame).toEqual(['ilo', 'project']);
  });

  it('reports an unknown node at its line', () => {
    const problems = problemsOf(GOOD_TOUR.replace('to: pry', 'to: paraguy'));
    expect(problems).toEqual([expect.stringMatching(/tours\/t\.yaml:8: unknown node "paraguy"$/)]);
  });

  it('reports an unknown node in the frame list at its line', () => {
    expect(problemsOf(GOOD_TOUR.replace('frame: [ilo, project]', 'frame: [ilo, nowhere]'))).toEqual([
      expect.stringMatching(/t\.yaml:17: unknown node "nowhere"$/),
    ]);
  });

  it('reports a quote that is not in its document, at the quote', () => {
    const problems = problemsOf(GOOD_TOUR.replace('quote: The ILO supported', 'quote: The ILO funded'));
    expect(problems).toEqual([expect.stringMatching(/t\.yaml:18: evidence\.quote: not found in doc: "The ILO funded/)]);
  });

  it('reports a caption that is too long, with its length', () => {
    const long = 'Brazil shared its experience. '.repeat(10).trim();
    const problems = problemsOf(GOOD_TOUR.replace('caption: The ILO supported the project.', `caption: ${long}`));
    expect(problems).toEqual([expect.stringMatching(/t\.yaml:14: caption: 299 characters, at most 280$/)]);
  });

  it('reports an empty tour', () => {
    const problems = problemsOf(`${GOOD_TOUR.split('steps:')[0]}steps: []\n`);
    expect(problems).toEqual([expect.stringMatching(/t\.yaml:4: steps: the tour is empty \(no steps\)$/)]);
  });

  it('reports a missing field at its parent, and a bad analysis kind', () => {
    const problems = problemsOf(
      GOOD_TOUR.replace('kind: path', 'kind: route').replace('  - title: The support\n    caption:', '  - caption:'),
    );
    expect(problems).toEqual([
      expect.stringMatching(/t\.yaml:8: analysis: kind must be one of arrangement, path, ego, transfers$/),
      expect.stringMatching(/t\.yaml:13: title: required text$/),
    ]);
  });

  it('reports an arrangement on a node that is no initiative, and duplicate tour ids', () => {
    const other = GOOD_TOUR.replace('{ kind: path, from: bra, to: pry }', '{ kind: arrangement, initiative: bra }');
    expect(problemsOf(other)).toEqual([expect.stringMatching(/t\.yaml:8: "bra" is a country, not an initiative$/)]);
    expect(build({ 'a.yaml': GOOD_TOUR, 'b.yaml': GOOD_TOUR }).problems).toEqual([
      expect.stringMatching(/b\.yaml:1: duplicate tour id "brazil-paraguay" \(first in .*a\.yaml\)$/),
    ]);
  });
});
