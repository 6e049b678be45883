/** A filter toggle: checkbox, colour swatch (a line, an arrow or a dot), label and live count. */
import { fmt } from "../common/format";

export type Swatch = "line" | "arrow" | "dot" | "dashed";

function SwatchIcon({ kind, color }: { kind: Swatch; color: string }) {
  if (kind === "dot")
    return (
      <svg className="swatch" width="18" height="12" aria-hidden="true">
        <circle cx="9" cy="6" r="5" fill={color} />
      </svg>
    );
  return (
    <svg className="swatch" width="18" height="12" aria-hidden="true">
      <line
        x1="1"
        y1="6"
        x2={kind === "arrow" ? 12 : 17}
        y2="6"
        stroke={color}
        strokeWidth="2.5"
        strokeDasharray={kind === "dashed" ? "3 2" : undefined}
      />
      {kind === "arrow" && <path d="M11 2 L17 6 L11 10 Z" fill={color} />}
    </svg>
  );
}

export function ToggleRow(props: {
  label: string;
  color: string;
  swatch: Swatch;
  checked: boolean;
  count: number;
  onChange: () => void;
  testId: string;
  hint?: string;
}) {
  return (
    <label className={`toggle-row ${props.checked ? "" : "off"}`} title={props.hint} data-testid={props.testId}>
      <input type="checkbox" checked={props.checked} onChange={props.onChange} />
      <span className="check" aria-hidden="true" />
      <SwatchIcon kind={props.swatch} color={props.color} />
      <span className="toggle-label">{props.label}</span>
      <span className="count" data-testid={`${props.testId}-count`}>
        {fmt(props.count)}
      </span>
    </label>
  );
}
