// The typed shape of the SSTC knowledge graph: node, edge and graph attributes shared by the
// build pipeline, the loader and every analysis.
import type Graph from 'graphology';

export const NODE_KINDS = ['country', 'organization', 'forum', 'initiative'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const RELATION_TYPES = [
  'knowledge_transfer',
  'funding',
  'membership',
  'hosting',
  'participation',
  'implementation',
  'facilitation',
  'partnership',
  'founding',
  'organizing',
  'part_of',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Relation types whose source/target order carries no meaning. */
export const UNDIRECTED_TYPES: ReadonlySet<RelationType> = new Set(['partnership']);

export const ORG_TYPES = [
  'government',
  'multilateral',
  'workers',
  'employers',
  'civil-society',
  'academic',
  'donor-agency',
  'regional-intergovernmental',
  'private',
] as const;
export type OrgType = (typeof ORG_TYPES)[number];

export const PILLARS = ['rights', 'employment', 'social-protection', 'social-dialogue'] as const;
export type Pillar = (typeof PILLARS)[number];

export const THEMES = [
  'child-labour',
  'forced-labour',
  'employment',
  'youth-employment',
  'skills',
  'public-employment',
  'social-protection',
  'microinsurance',
  'social-dialogue',
  'social-and-solidarity-economy',
  'cooperatives',
  'fragile-states',
  'labour-inspection',
  'gender',
  'rural-development',
  'green-jobs',
  'local-development',
  'enterprise-development',
  'workers-education',
  'knowledge-management',
  'labour-standards',
  'occupational-safety-and-health',
  'migration',
  'domestic-work',
] as const;
export type Theme = (typeof THEMES)[number];

export const MODALITIES = ['south-south', 'triangular', 'fragile-to-fragile', 'regional', 'north-south'] as const;
export type Modality = (typeof MODALITIES)[number];

export const REGIONS = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'] as const;
export type Region = (typeof REGIONS)[number];

export interface Evidence {
  source: string;
  quote: string;
}

export interface NodeAttributes {
  label: string;
  kind: NodeKind;
  aliases: string[];
  description: string;
  sources: string[];
  x: number;
  y: number;
  // country
  iso3?: string;
  region?: Region;
  subregion?: string;
  northSouth?: 'north' | 'south';
  // organization, forum
  orgType?: OrgType;
  country?: string;
  year?: number;
  /** forum, organization, initiative: where it was held or is based, in the text's words (plain text) */
  place?: string;
  // initiative
  start?: number;
  end?: number;
  pillar?: Pillar;
  themes?: Theme[];
  modality?: Modality[];
}

export interface EdgeAttributes {
  type: RelationType;
  directed: boolean;
  evidence: Evidence[];
  initiative?: string;
}

export interface SourceDocument {
  id: string;
  title: string;
  year: number;
  file: string;
}

export interface GraphAttributes {
  title: string;
  sources: SourceDocument[];
}

export type AtlasGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export interface SerializedAtlasGraph {
  attributes: GraphAttributes;
  nodes: { key: string; attributes: NodeAttributes }[];
  edges: { key: string; source: string; target: string; attributes: EdgeAttributes }[];
}
