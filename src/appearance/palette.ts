// Colours for node kinds and relation types, chosen to stay distinct for common colour-vision
// deficiencies (Okabe–Ito based) and readable on the dark canvas.
import type { NodeKind, RelationType } from '../graph/types.ts';

export const KIND_COLORS: Record<NodeKind, string> = {
  country: '#56B4E9',
  organization: '#E69F00',
  forum: '#CC79A7',
  initiative: '#009E73',
};

export const KIND_LABELS: Record<NodeKind, string> = {
  country: 'Country',
  organization: 'Organization',
  forum: 'Forum',
  initiative: 'Initiative',
};

export const RELATION_COLORS: Record<RelationType, string> = {
  knowledge_transfer: '#F0E442',
  funding: '#D55E00',
  membership: '#56B4E9',
  hosting: '#CC79A7',
  participation: '#7f8c9a',
  implementation: '#009E73',
  facilitation: '#E69F00',
  partnership: '#0072B2',
  founding: '#b07aa1',
  organizing: '#ff9da7',
  part_of: '#9c755f',
};

export const RELATION_LABELS: Record<RelationType, string> = {
  knowledge_transfer: 'Knowledge transfer',
  funding: 'Funding',
  membership: 'Membership',
  hosting: 'Hosting',
  participation: 'Participation',
  implementation: 'Implementation',
  facilitation: 'Facilitation',
  partnership: 'Partnership',
  founding: 'Founding',
  organizing: 'Organizing',
  part_of: 'Part of',
};

/** How a relation reads from each end: "Brazil — shared with → Paraguay", "Paraguay — learned from → Brazil". */
export const RELATION_PHRASES: Record<RelationType, { out: string; in: string }> = {
  knowledge_transfer: { out: 'shared with', in: 'learned from' },
  funding: { out: 'funds', in: 'funded by' },
  membership: { out: 'member of', in: 'has member' },
  hosting: { out: 'hosts', in: 'hosted by' },
  participation: { out: 'takes part in', in: 'has participant' },
  implementation: { out: 'implements', in: 'implemented by' },
  facilitation: { out: 'facilitates', in: 'facilitated by' },
  partnership: { out: 'partner of', in: 'partner of' },
  founding: { out: 'founded', in: 'founded by' },
  organizing: { out: 'organizes', in: 'organized by' },
  part_of: { out: 'part of', in: 'includes' },
};

export const FADED_COLOR = '#2a3140';

/**
 * Roles in a triangular arrangement, as the canvas shows them when one is chosen: distinct from the
 * kind colours and from one another in hue and lightness (vermillion, yellow, white).
 */
export const ROLE_COLORS: Record<'facilitator' | 'pivot' | 'beneficiary', string> = {
  facilitator: '#D55E00',
  pivot: '#F0E442',
  beneficiary: '#FFFFFF',
};

export const ROLE_LABELS: Record<keyof typeof ROLE_COLORS, string> = {
  facilitator: 'Facilitator',
  pivot: 'Pivot',
  beneficiary: 'Beneficiary',
};
