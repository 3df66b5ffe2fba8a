// Colours and shapes for node kinds and relation types: 15 colours searched so that every pair stays
// at least ΔE2000 10 apart under normal vision and simulated deuteranopia, protanopia and tritanopia
// (tests/appearance/palette.test.ts), each ≥ 3:1 against the dark canvas; kinds also differ in shape.
import type { NodeKind, RelationType } from '../graph/types.ts';

export const KIND_COLORS: Record<NodeKind, string> = {
  country: '#66bbee',
  organization: '#aa9966',
  forum: '#ff77aa',
  initiative: '#88bb00',
};

export type NodeShape = 'circle' | 'square' | 'ring' | 'diamond';

/** The renderer draws each kind in its shape (sigma program names), the legend shows the same. */
export const KIND_SHAPES: Record<NodeKind, NodeShape> = {
  country: 'circle',
  organization: 'square',
  forum: 'ring',
  initiative: 'diamond',
};

export const KIND_LABELS: Record<NodeKind, string> = {
  country: 'Country',
  organization: 'Organization',
  forum: 'Forum',
  initiative: 'Initiative',
};

export const RELATION_COLORS: Record<RelationType, string> = {
  knowledge_transfer: '#eeee00',
  funding: '#ee0022',
  membership: '#4477ff',
  hosting: '#cc2288',
  participation: '#886677',
  implementation: '#338800',
  facilitation: '#eebbbb',
  partnership: '#77ffff',
  founding: '#aa00ff',
  organizing: '#ccee99',
  part_of: '#667755',
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
