/** Relation and node-kind toggles with colours and live counts. */
import { NODE_KINDS, RELATIONS, type NodeKind, type Relation } from "../../../extract/schema/graph";
import type { VisibleGraph } from "../../filters/types";
import { KIND_COLORS, KIND_LABELS, RELATION_COLORS, RELATION_LABELS } from "../../render/palette";
import { Section } from "../common/Section";
import { ToggleRow } from "./ToggleRow";

const RELATION_HINTS: Record<Relation, string> = {
  ally: "Formal or declared alliance between states",
  partner: "Strategic or economic partnership short of alliance",
  "non-aligned": "Declared non-alignment between the two states",
  opposes: "Hostility, rivalry or war; the arrow points at the target",
  "leader-of": "Leader → the state led",
  "party-to": "State → treaty it signed",
};

export function RelationFilters(props: {
  relations: Relation[];
  kinds: NodeKind[];
  visible: VisibleGraph;
  onToggleRelation: (r: Relation) => void;
  onSetRelations: (r: Relation[]) => void;
  onToggleKind: (k: NodeKind) => void;
}) {
  const { relations, kinds, visible } = props;
  return (
    <>
      <Section
        title="Relations"
        actions={
          <>
            <button type="button" className="link" onClick={() => props.onSetRelations([...RELATIONS])}>
              All
            </button>
            <button type="button" className="link" onClick={() => props.onSetRelations([])}>
              None
            </button>
          </>
        }
      >
        {RELATIONS.map((r) => (
          <ToggleRow
            key={r}
            label={RELATION_LABELS[r]}
            color={RELATION_COLORS[r]}
            swatch={r === "opposes" ? "arrow" : "line"}
            checked={relations.includes(r)}
            count={visible.relationCounts[r]}
            onChange={() => props.onToggleRelation(r)}
            testId={`relation-${r}`}
            hint={RELATION_HINTS[r]}
          />
        ))}
      </Section>
      <Section title="Node kinds">
        {NODE_KINDS.map((k) => (
          <ToggleRow
            key={k}
            label={KIND_LABELS[k]}
            color={KIND_COLORS[k]}
            swatch="dot"
            checked={kinds.includes(k)}
            count={visible.kindCounts[k]}
            onChange={() => props.onToggleKind(k)}
            testId={`kind-${k}`}
          />
        ))}
      </Section>
    </>
  );
}
