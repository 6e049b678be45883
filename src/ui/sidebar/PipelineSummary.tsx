/** The filter pipeline, step by step, with what remains after each (like a funnel). */
import type { FullGraph } from "../../data/types";
import type { StepCount, VisibleGraph } from "../../filters/types";
import { fmt } from "../common/format";
import { Section } from "../common/Section";

const STEP_LABELS: Record<StepCount["type"], string> = {
  kinds: "Node kinds",
  relations: "Relations",
  era: "Era",
  undated: "Undated",
};

export function PipelineSummary({ full, visible }: { full: FullGraph; visible: VisibleGraph }) {
  const total = full.edges.keys.length;
  return (
    <Section title="Filter pipeline">
      <ol className="pipeline" data-testid="pipeline">
        <li>
          <span>All</span>
          <span className="num">{fmt(full.nodes.keys.length)} n</span>
          <span className="num">{fmt(total)} e</span>
        </li>
        {visible.steps.map((s) => (
          <li key={s.type} data-testid={`step-${s.type}`}>
            <span>{STEP_LABELS[s.type]}</span>
            <span className="num">{fmt(s.nodes)} n</span>
            <span className="num">
              {fmt(s.edges)} e
              <span className="bar" style={{ width: `${total ? (100 * s.edges) / total : 0}%` }} aria-hidden="true" />
            </span>
          </li>
        ))}
      </ol>
    </Section>
  );
}
