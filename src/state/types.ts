import type { Lang } from "../../extract/schema/graph";
import type { Era, FilterState } from "../filters/types";

/** `pair`: two states, key `<node key>|<node key>` (sorted), for the pair's history. */
export type Selection =
  | { type: "node"; key: string }
  | { type: "edge"; key: string }
  | { type: "pair"; key: string }
  | { type: "excluded"; index: number };

/** The document reader: which document, and the [start, end) range to scroll to and mark. */
export interface ReaderTarget {
  doc: string;
  range: [number, number] | null;
}

export type LayoutName = "force" | "geo";
export type Thickness = "confidence" | "claims";

/** Everything a link restores (the camera travels separately, see url/state.ts). */
export interface ViewState {
  filters: FilterState;
  selection: Selection | null;
  reader: ReaderTarget | null;
  layout: LayoutName;
  lang: Lang;
  thickness: Thickness;
}

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

export type Action =
  | { type: "setEra"; era: Era | null }
  | { type: "toggleRelation"; relation: FilterState["relations"][number] }
  | { type: "setRelations"; relations: FilterState["relations"] }
  | { type: "toggleKind"; kind: FilterState["kinds"][number] }
  | { type: "setUndated"; show: boolean }
  | { type: "setExcluded"; show: boolean }
  | { type: "select"; selection: Selection | null }
  | { type: "openReader"; reader: ReaderTarget | null }
  | { type: "setLayout"; layout: LayoutName }
  | { type: "setLang"; lang: Lang }
  | { type: "setThickness"; thickness: Thickness }
  | { type: "replace"; state: ViewState };
