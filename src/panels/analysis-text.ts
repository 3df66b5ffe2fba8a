// The analyses' results said in the interface language: lists of names ("A, B and C"), an
// arrangement's sentence from its structured story, a path step, and decimal measures.
import type { TFunction } from 'i18next';
import type { ArrangementAction, ArrangementStory } from '../analysis/arrangement-story.ts';
import type { PathStep } from '../analysis/paths.ts';
import type { AtlasGraph } from '../graph/types.ts';
import { nodeName } from '../i18n/i18n.ts';

/** "A", "A and B", "A, B and C" in the language. */
export function joinNames(t: TFunction, names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return t('analysis.list.and', { rest: names.slice(0, -1).join(', '), last: names.at(-1) });
}

function action(t: TFunction, a: ArrangementAction): string {
  switch (a.kind) {
    case 'unnamed':
      return t('analysis.story.unnamed');
    case 'noBeneficiaries':
      return t('analysis.story.noBeneficiaries', { count: a.pivots.length, pivots: joinNames(t, a.pivots) });
    case 'noPivots':
      return t('analysis.story.noPivots', {
        count: a.beneficiaries.length,
        beneficiaries: joinNames(t, a.beneficiaries),
      });
    case 'oneAnother':
      return t('analysis.story.oneAnother', { names: joinNames(t, a.mutual) });
    case 'shared': {
      const params = { pivots: joinNames(t, a.pivots), beneficiaries: joinNames(t, a.beneficiaries) };
      if (a.mutual.length === 0) return t('analysis.story.shared', { count: a.pivots.length, ...params });
      const exchange = t('analysis.story.mutualClause', { count: a.mutual.length, names: joinNames(t, a.mutual) });
      return t('analysis.story.sharedMutual', { count: a.pivots.length, ...params, exchange });
    }
  }
}

/** "With funding from … and support from …, Brazil shared its experience with … (initiative)." */
export function arrangementSentence(t: TFunction, lang: string, story: ArrangementStory): string {
  const said = action(t, story.action);
  const params = {
    action: said,
    funders: joinNames(t, story.funders),
    supporters: joinNames(t, story.supporters),
    initiative: story.initiative,
  };
  const [funded, supported] = [story.funders.length > 0, story.supporters.length > 0];
  if (funded && supported) return t('analysis.story.fundingAndSupport', params);
  if (funded) return t('analysis.story.funding', params);
  if (supported) return t('analysis.story.support', params);
  const capital = said.charAt(0).toLocaleUpperCase(lang) + said.slice(1);
  return t('analysis.story.alone', { ...params, action: capital });
}

/** "Brazil shared with Paraguay (knowledge transfer), within the Child labour initiative." */
export function pathStepSentence(t: TFunction, lang: string, graph: AtlasGraph, step: PathStep): string {
  const label = (node: string) => nodeName(graph.getNodeAttributes(node));
  const params = {
    sentence: t(`analysis.connections.verb.${step.type}`, { source: label(step.source), target: label(step.target) }),
    relation: t(`relation.${step.type}`).toLocaleLowerCase(lang),
  };
  const initiative = graph.getEdgeAttribute(step.edge, 'initiative');
  return initiative !== undefined && graph.hasNode(initiative)
    ? t('analysis.connections.stepWithin', { ...params, initiative: label(initiative) })
    : t('analysis.connections.step', params);
}

/** A measure with a fixed number of decimals, as the language writes it (0.125 · 0,125). */
export function formatDecimal(value: number, lang: string, digits = 3): string {
  return new Intl.NumberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}
