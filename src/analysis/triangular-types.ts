// The result of the triangular-arrangement finder: plain, serializable data (arrays, strings,
// numbers), as the store, the panels, the URL codec and `npm run report -- triangles --json` use it.
import type { Evidence } from '../graph/types.ts';

export type TriangularRole = 'facilitator' | 'pivot' | 'beneficiary';
export const TRIANGULAR_ROLES: readonly TriangularRole[] = ['facilitator', 'pivot', 'beneficiary'];

/** An actor in a role; `country` is the country it counts for (itself for a country, absent for an international body). */
export interface RoleActor {
  country?: string;
  actor: string;
}

export interface Leg {
  /**
   * 'transfer': pivot → beneficiary (a knowledge_transfer edge);
   * 'implementation': a Southern implementer of an initiative the documents call triangular, hence its pivot;
   * 'facilitation': a 'North' or multilateral partner funds, supports, implements, organizes or joins it;
   * 'part': the `part_of` edge that ties a sub-event or a programme where another leg was found.
   */
  role: 'transfer' | 'implementation' | 'facilitation' | 'part';
  edgeKey: string;
  evidence: Evidence[];
  /** The sub-event or programme where the edge was found, when it is not the arrangement's initiative. */
  level?: string;
}

export interface TriangularArrangement {
  /** `triangular:<initiative>` */
  id: string;
  /** The initiative (or forum) the arrangement is found in; its sub-events are in `parts`. */
  initiative: string;
  /** Sub-events (`part_of` the initiative, directly or through another sub-event) folded into it. */
  parts: string[];
  facilitators: RoleActor[];
  pivots: RoleActor[];
  beneficiaries: RoleActor[];
  /** Roles nobody was found for (their lists are empty). */
  unknownRoles: TriangularRole[];
  /** Whether the initiative's `modality` includes 'triangular' (the curators' reading). */
  marked: boolean;
  /** 'stated': a document calls it triangular (`statement`); 'inferred': the finder infers it from the roles. */
  basis: 'stated' | 'inferred';
  /** The sentence that calls it triangular, and the edge it is quoted on. */
  statement?: Evidence & { edgeKey: string };
  /**
   * Countries (or international actors) that are both pivot and beneficiary: the partners learn from
   * one another (Panama, Nicaragua and Paraguay), rather than one sharing with the others.
   */
  mutual: string[];
  period: { start?: number; end?: number };
  legs: Leg[];
  /** Every node involved: the initiative, its parts, actors in a role and the countries they count for. */
  nodes: string[];
  edges: string[];
}
