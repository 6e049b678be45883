/** Every disputed pair in the graph (contradictory relations in overlapping time); click to compare. */
import type { Lang } from "../../../extract/schema/graph";
import type { FullGraph } from "../../data/types";
import { formatOverlap, type DisputeIndex } from "../../disputes/find";
import { labelFor } from "../../render/appearance";
import { RELATION_LABELS } from "../../render/palette";
import type { Selection } from "../../state/types";
import { Section } from "../common/Section";

const SHOWN = 30;

export function DisputeList({
  full,
  disputes,
  lang,
  selection,
  onSelect,
}: {
  full: FullGraph;
  disputes: DisputeIndex;
  lang: Lang;
  selection: Selection | null;
  onSelect: (s: Selection) => void;
}) {
  const list = disputes.list;
  return (
    <Section title={`Disputes (${list.length})`} className="disputes">
      {list.length === 0 ? (
        <p className="muted small" data-testid="dispute-list">
          No pair is asserted in contradictory relations over the same years.
        </p>
      ) : (
        <ul className="dispute-list" data-testid="dispute-list">
          {list.slice(0, SHOWN).map((d) => {
            const on = selection?.type === "pair" && selection.key === d.pair;
            const [a, b] = d.nodes.map((n) => labelFor(full.nodes.attrs[n], lang));
            return (
              <li key={`${d.pair}-${d.relations.join("/")}`}>
                <button
                  type="button"
                  className={`link ${on ? "on" : ""}`}
                  onClick={() => onSelect({ type: "pair", key: d.pair })}
                  data-testid="dispute-item"
                  data-pair={d.pair}
                >
                  {a} — {b}
                  <span className="muted">
                    {" "}
                    · {RELATION_LABELS[d.relations[0]]} vs {RELATION_LABELS[d.relations[1]].toLowerCase()},{" "}
                    {formatOverlap(d.overlap)}
                  </span>
                </button>
              </li>
            );
          })}
          {list.length > SHOWN && <li className="muted">and {list.length - SHOWN} more</li>}
        </ul>
      )}
    </Section>
  );
}
