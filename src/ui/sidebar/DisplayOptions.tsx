/** Undated / excluded toggles, edge-thickness rule, and the list of excluded claims in view. */
import { useMemo } from "react";
import type { Lang } from "../../../extract/schema/graph";
import type { FullGraph } from "../../data/types";
import type { VisibleGraph } from "../../filters/types";
import { labelFor } from "../../render/appearance";
import { RELATION_LABELS } from "../../render/palette";
import type { Selection, Thickness } from "../../state/types";
import { fmt } from "../common/format";
import { Section } from "../common/Section";
import { Segmented } from "../common/Segmented";
import { Switch } from "../common/Switch";

function undatedCount(full: FullGraph): number {
  let c = 0;
  for (let i = 0; i < full.edges.undated.length; i++) c += full.edges.undated[i];
  return c;
}

export function DisplayOptions(props: {
  full: FullGraph;
  visible: VisibleGraph;
  undated: boolean;
  excluded: boolean;
  thickness: Thickness;
  lang: Lang;
  selection: Selection | null;
  onUndated: (v: boolean) => void;
  onExcluded: (v: boolean) => void;
  onThickness: (t: Thickness) => void;
  onSelect: (s: Selection) => void;
}) {
  const { full, visible, lang } = props;
  const undated = useMemo(() => undatedCount(full), [full]);
  const name = (i: number) => labelFor(full.nodes.attrs[i], lang);
  const shown = useMemo(
    () =>
      props.excluded
        ? full.excluded.claims.map((c, i) => ({ c, i })).filter(({ i }) => visible.excludedVisible[i])
        : [],
    [full, visible, props.excluded],
  );
  return (
    <Section title="Display">
      <Switch
        checked={props.undated}
        onChange={props.onUndated}
        testId="toggle-undated"
        hint="Edges with neither start nor end date"
      >
        Undated edges <span className="muted num">{fmt(undated)}</span>
      </Switch>
      <Switch
        checked={props.excluded}
        onChange={props.onExcluded}
        testId="toggle-excluded"
        hint="Negated, speculative or reported claims the extractor saw but does not assert"
      >
        Excluded claims <span className="muted num">{fmt(full.excluded.claims.length)}</span>
      </Switch>
      {props.excluded && (
        <ul className="excluded-list" data-testid="excluded-list">
          {shown.length === 0 && <li className="muted">None in this era.</li>}
          {shown.slice(0, 200).map(({ c, i }) => (
            <li key={i}>
              <button
                type="button"
                className={props.selection?.type === "excluded" && props.selection.index === i ? "on" : ""}
                onClick={() => props.onSelect({ type: "excluded", index: i })}
              >
                <span>
                  {name(full.excluded.source[i])} – {name(full.excluded.target[i])}
                </span>
                <span className="muted">
                  {RELATION_LABELS[c.relation]} · {c.reason}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="field-row">
        <span className="field-label">Thickness</span>
        <Segmented
          label="Edge thickness"
          value={props.thickness}
          onChange={props.onThickness}
          options={[
            { value: "confidence", label: "Confidence" },
            { value: "claims", label: "Claims" },
          ]}
          testId="thickness"
        />
      </div>
    </Section>
  );
}
