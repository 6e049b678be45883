/**
 * The three graph shapes of the viewer:
 * - `FullGraph`: everything in graph.json, validated, indexed into typed arrays for fast filtering.
 * - `VisibleGraph` (filters/types.ts): masks and counts after the filter pipeline.
 * - `RenderGraph` (render/types.ts): the graphology graph sigma draws, with baked appearance.
 */
import type {
  DocumentInfo,
  EdgeAttributes,
  ExcludedClaim,
  GraphJson,
  NodeAttributes,
  NodeKind,
  Relation,
} from "../../extract/schema/graph";

export interface NodeTable {
  keys: string[];
  attrs: NodeAttributes[];
  /** Index into NODE_KINDS. */
  kind: Uint8Array;
  degree: Uint32Array;
  index: Map<string, number>;
}

export interface EdgeTable {
  keys: string[];
  attrs: EdgeAttributes[];
  source: Uint32Array;
  target: Uint32Array;
  /** Index into RELATIONS. */
  relation: Uint8Array;
  /** The hull of the periods: fractional years, [start, end); ±Infinity when open. */
  start: Float64Array;
  end: Float64Array;
  /** 1 when the edge has no periods (no claim has a time). */
  undated: Uint8Array;
  /** The edge's periods, flat: edge i's are [periodOffset[i], periodOffset[i + 1]), as [start, end). */
  periodOffset: Uint32Array;
  periodStart: Float64Array;
  periodEnd: Float64Array;
  directed: Uint8Array;
  claimCount: Uint32Array;
  index: Map<string, number>;
}

/** Claims the extractor saw but does not assert, indexed like edges. */
export interface ExcludedTable {
  claims: ExcludedClaim[];
  source: Uint32Array;
  target: Uint32Array;
  relation: Uint8Array;
  start: Float64Array;
  end: Float64Array;
  undated: Uint8Array;
}

export interface FullGraph {
  options: GraphJson["options"];
  nodes: NodeTable;
  edges: EdgeTable;
  excluded: ExcludedTable;
  documents: Map<string, DocumentInfo>;
  /** Inclusive year range covering the data and the era presets. */
  yearDomain: [number, number];
}

export type { NodeKind, Relation };
