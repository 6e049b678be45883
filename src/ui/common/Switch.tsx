/** A labelled on/off switch (a native checkbox underneath, so it is keyboard- and screen-reader-ready). */
import type { ReactNode } from "react";

export function Switch(props: {
  checked: boolean;
  onChange: (v: boolean) => void;
  children: ReactNode;
  hint?: string;
  testId?: string;
}) {
  return (
    <label className="switch-row" title={props.hint}>
      <input
        type="checkbox"
        role="switch"
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
        data-testid={props.testId}
      />
      <span className="switch" aria-hidden="true" />
      <span className="switch-label">{props.children}</span>
    </label>
  );
}
