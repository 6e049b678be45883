/** The era bar under the graph: play, typed years, presets, and the histogram brush. */
import { useCallback, useState } from "react";
import type { Relation } from "../../../extract/schema/graph";
import type { Era } from "../../filters/types";
import { ERA_PRESETS } from "../../time/eras";
import type { Histogram } from "../../time/histogram";
import { fmt } from "../common/format";
import { EraBrush } from "./EraBrush";
import { usePlayback } from "./usePlayback";
import { YearInput } from "./YearInput";

export function Timeline({
  h,
  relations,
  era,
  onEra,
}: {
  h: Histogram;
  relations: Relation[];
  era: Era | null;
  onEra: (e: Era | null) => void;
}) {
  const domain: [number, number] = [h.from, h.to];
  const [playing, toggle] = usePlayback(era, domain, onEra);
  const [hover, setHover] = useState<{ year: number; count: number } | null>(null);
  const onHover = useCallback(
    (year: number | null, count: number) => setHover(year === null ? null : { year, count }),
    [],
  );
  return (
    <section className="timeline" aria-label="Timeline">
      <div className="timeline-controls">
        <button
          type="button"
          className={`play ${playing ? "on" : ""}`}
          onClick={toggle}
          aria-pressed={playing}
          aria-label={playing ? "Pause" : "Play through time"}
          data-testid="play"
        >
          {playing ? (
            <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
              <rect x="2" y="1" width="3" height="10" fill="currentColor" />
              <rect x="7" y="1" width="3" height="10" fill="currentColor" />
            </svg>
          ) : (
            <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
              <path d="M2 1 L11 6 L2 11 Z" fill="currentColor" />
            </svg>
          )}
        </button>
        <div className="era-fields">
          <YearInput
            label="From"
            value={era?.from ?? null}
            placeholder={h.from}
            min={h.from}
            max={h.to}
            onCommit={(y) => onEra({ from: y, to: Math.max(y, era?.to ?? h.to) })}
            testId="era-from"
          />
          <span className="dash">–</span>
          <YearInput
            label="To"
            value={era?.to ?? null}
            placeholder={h.to}
            min={h.from}
            max={h.to}
            onCommit={(y) => onEra({ from: Math.min(y, era?.from ?? h.from), to: y })}
            testId="era-to"
          />
        </div>
        <div className="presets" role="group" aria-label="Era presets">
          <button
            type="button"
            aria-pressed={era === null}
            className={era === null ? "on" : ""}
            onClick={() => onEra(null)}
            data-testid="era-all"
          >
            All time
          </button>
          {ERA_PRESETS.map((p) => {
            const on = era?.from === p.from && era?.to === p.to;
            return (
              <button
                key={p.id}
                type="button"
                aria-pressed={on}
                className={on ? "on" : ""}
                onClick={() => onEra({ from: p.from, to: p.to })}
                title={`${p.label}, ${p.from}–${p.to}`}
                data-testid={`preset-${p.id}`}
              >
                {p.short}
              </button>
            );
          })}
        </div>
        <span className="brush-readout">
          {hover ? (
            <>
              <b className="num">{hover.year}</b> · <span className="num">{fmt(hover.count)}</span> claim
              {hover.count === 1 ? "" : "s"}
            </>
          ) : (
            <span className="muted">
              {era
                ? "Drag the window or its edges · double-click for all time"
                : "Drag across the years to choose an era"}
            </span>
          )}
        </span>
        {h.undated > 0 && (
          <span className="muted undated-note" title="Claims with no date are counted apart">
            +{fmt(h.undated)} undated
          </span>
        )}
      </div>
      <EraBrush h={h} relations={relations} era={era} onEra={onEra} onHover={onHover} />
    </section>
  );
}
