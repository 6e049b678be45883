/** Node positions, parallel to FullGraph.nodes. */
export interface Positions {
  x: Float32Array;
  y: Float32Array;
}
