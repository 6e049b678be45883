import type { NodeKind, Relation } from "../../extract/schema/graph";

/** Inclusive year range. */
export interface Era {
  from: number;
  to: number;
}

/** The serialisable filter state: the same object goes to the URL and the pipeline. */
export interface FilterState {
  /** null = all time. */
  era: Era | null;
  relations: Relation[];
  kinds: NodeKind[];
  /** Show edges with neither start nor end. */
  undated: boolean;
  /** Draw claims the extractor saw but does not assert. */
  excluded: boolean;
}

/** One pipeline step, in application order. */
export type Filter =
  | { type: "kinds"; kinds: NodeKind[] }
  | { type: "relations"; relations: Relation[] }
  | { type: "era"; era: Era | null }
  | { type: "undated"; show: boolean };

export interface StepCount {
  type: Filter["type"];
  /** Nodes still shown (kind filter) and edges still visible after this step. */
  nodes: number;
  edges: number;
}

/** The filtered view of a FullGraph: masks indexed like FullGraph tables, plus counts. */
export interface VisibleGraph {
  /** Node passes the kind filter (drawn; otherwise hidden). */
  nodeShown: Uint8Array;
  /** Node has at least one visible edge (otherwise drawn faded). */
  nodeActive: Uint8Array;
  edgeVisible: Uint8Array;
  excludedVisible: Uint8Array;
  steps: StepCount[];
  /** Edges of each relation passing every filter except the relation toggles. */
  relationCounts: Record<Relation, number>;
  /** Nodes of each kind with an edge passing every filter except the kind toggles. */
  kindCounts: Record<NodeKind, number>;
  totals: { nodes: number; activeNodes: number; edges: number; excluded: number };
}
