// Where nodes are drawn when it is not where the graph says: the map layout, or a step of the animation
// between layouts. The atlas graph's attributes are never written; framing and the probe read positions
// through one NodePositions, which the map controller points at what sigma draws.
export interface Point {
  x: number;
  y: number;
}

export interface PositionLookup {
  get(node: string): Point | undefined;
}

export class NodePositions {
  /** Positions shown instead of the graph's x, y; null: the network layout. */
  current: PositionLookup | null = null;

  /** Where `node` is drawn, given its attributes (the network layout). */
  of(node: string, attributes: Point): Point {
    return this.current?.get(node) ?? attributes;
  }
}
