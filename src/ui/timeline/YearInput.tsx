/** A year field that commits on Enter or blur (typing "19" must not filter to year 19). */
import { useState } from "react";

export function YearInput(props: {
  label: string;
  value: number | null;
  placeholder: number;
  min: number;
  max: number;
  onCommit: (y: number) => void;
  testId: string;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft === null) return;
    const n = Number.parseInt(draft, 10);
    setDraft(null);
    if (Number.isFinite(n)) props.onCommit(Math.max(props.min, Math.min(props.max, n)));
  };
  return (
    <label className="year-input">
      <span>{props.label}</span>
      <input
        type="text"
        inputMode="numeric"
        pattern="[0-9]*"
        maxLength={4}
        value={draft ?? (props.value === null ? "" : String(props.value))}
        placeholder={String(props.placeholder)}
        onChange={(e) => setDraft(e.target.value.replace(/\D/g, ""))}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === "Enter") commit();
          if (e.key === "Escape") setDraft(null);
        }}
        aria-label={`${props.label} year`}
        data-testid={props.testId}
      />
    </label>
  );
}
