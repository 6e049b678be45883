/** The era bar under the graph: play, typed years, presets, and the histogram brush. */
import { useCallback, useMemo, useState } from "react";
import type { Relation } from "../../../extract/schema/graph";
import type { Era } from "../../filters/types";
import { ERA_PRESETS } from "../../time/eras";
import { sliceHistogram, type Histogram } from "../../time/histogram";
import { fmt } from "../common/format";
import { EraBrush } from "./EraBrush";
import { usePlayback } from "./usePlayback";
import { YearInput } from "./YearInput";

export function Timeline({
  h: all,
  focus,
  relations,
  era,
  onEra,
}: {
  h: Histogram;
  /** The years where the claims are (1st–99th percentile): the axis shows these unless asked for all. */
  focus: [number, number] | null;
  relations: Relation[];
  era: Era | null;
  onEra: (e: Era | null) => void;
}) {
  const [wholeAxis, setWholeAxis] = useState(false);
  const [refused, setRefused] = useState<string | null>(null);
  const clipped =
    !wholeAxis &&
    focus !== null &&
    (focus[0] > all.from || focus[1] < all.to) &&
    (!era || (era.from >= focus[0] && era.to <= focus[1]));
  const h = useMemo(() => (clipped ? sliceHistogram(all, focus[0], focus[1]) : all), [all, focus, clipped]);
  const domain: [number, number] = [h.from, h.to];
  const setFrom = (y: number) => {
    if (era && y > era.to) return setRefused(`From ${y} is after To ${era.to}: not applied.`);
    setRefused(null);
    onEra({ from: y, to: era?.to ?? all.to });
  };
  const setTo = (y: number) => {
    if (era && y < era.from) return setRefused(`To ${y} is before From ${era.from}: not applied.`);
    setRefused(null);
    onEra({ from: era?.from ?? all.from, to: y });
  };
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
            min={all.from}
            max={all.to}
            onCommit={setFrom}
            testId="era-from"
          />
          <span className="dash">–</span>
          <YearInput
            label="To"
            value={era?.to ?? null}
            placeholder={h.to}
            min={all.from}
            max={all.to}
            onCommit={setTo}
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
        {refused && (
          <span className="era-refused" role="alert" data-testid="era-refused">
            {refused}
          </span>
        )}
        {focus && (focus[0] > all.from || focus[1] < all.to) && (
          <button
            type="button"
            className="link axis-toggle"
            onClick={() => setWholeAxis(clipped)}
            title={
              clipped
                ? `The axis shows ${focus[0]}–${focus[1]}, where 98% of the claims are`
                : "Back to the years where the claims are"
            }
            data-testid="axis-toggle"
          >
            {clipped ? `All years (${all.from}–${all.to})` : `Claims' years (${focus[0]}–${focus[1]})`}
          </button>
        )}
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
