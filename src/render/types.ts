import type Graph from "graphology";
import type { NodeKind, Relation } from "../../extract/schema/graph";

export interface RenderNodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  labelColor: string;
  kind: NodeKind;
  hidden: boolean;
  /** Index into FullGraph.nodes. */
  index: number;
}

export interface RenderEdgeAttributes {
  size: number;
  color: string;
  type: "line" | "arrow" | "curved" | "curvedArrow";
  curvature: number;
  hidden: boolean;
  relation: Relation;
  /** Index into FullGraph.edges, or into FullGraph.excluded when `excluded`. */
  index: number;
  excluded: boolean;
  /** ForceAtlas2 weight: excluded claims do not pull. */
  weight: number;
}

/** What sigma draws: one graphology graph with baked appearance, plus the excluded-claim keys. */
export interface RenderGraph {
  graph: Graph<RenderNodeAttributes, RenderEdgeAttributes>;
  /** Render keys of the excluded-claim edges, parallel to FullGraph.excluded.claims. */
  excludedKeys: string[];
}
