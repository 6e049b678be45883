/** A node name that selects the node when clicked. */
import type { Lang } from "../../../extract/schema/graph";
import type { FullGraph } from "../../data/types";
import { labelFor } from "../../render/appearance";
import { KIND_COLORS } from "../../render/palette";

export function NodeLink({
  full,
  index,
  lang,
  onSelect,
}: {
  full: FullGraph;
  index: number;
  lang: Lang;
  onSelect: (key: string) => void;
}) {
  const a = full.nodes.attrs[index];
  return (
    <button type="button" className="node-link" onClick={() => onSelect(full.nodes.keys[index])}>
      <span className="dot" style={{ background: KIND_COLORS[a.kind] }} aria-hidden="true" />
      {labelFor(a, lang)}
    </button>
  );
}
