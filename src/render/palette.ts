/** Colours and sizes baked into the render graph, and shown in the legend. Data only. */
import type { NodeKind, Relation } from "../../extract/schema/graph";

export const RELATION_COLORS: Record<Relation, string> = {
  ally: "#1f9d55",
  partner: "#1d8fd8",
  "non-aligned": "#8b95a7",
  opposes: "#dc3b3b",
  "leader-of": "#e0a030",
  "party-to": "#9a72d8",
};

export const RELATION_LABELS: Record<Relation, string> = {
  ally: "Ally",
  partner: "Partner",
  "non-aligned": "Non-aligned",
  opposes: "Opposes",
  "leader-of": "Leader of",
  "party-to": "Party to",
};

export const KIND_COLORS: Record<NodeKind, string> = {
  country: "#2b4c7e",
  leader: "#c77d14",
  treaty: "#7048b8",
};

/** Node colour when nothing visible touches it: the kind colour washed toward the background. */
export const KIND_FADED: Record<NodeKind, string> = {
  country: "#cfd6e1",
  leader: "#eadbc4",
  treaty: "#ddd3ee",
};

export const KIND_LABELS: Record<NodeKind, string> = { country: "Countries", leader: "Leaders", treaty: "Treaties" };

export const EXCLUDED_COLOR = "#a3a9b4";
export const LABEL_COLOR = "#1c2430";
export const LABEL_FADED = "#a9b1bd";

export const KIND_BASE_SIZE: Record<NodeKind, number> = { country: 7, leader: 4.5, treaty: 4.5 };
