/**
 * The histogram with a draggable, resizable era brush. Drag on empty space to draw a range, drag the
 * body to move it, drag a handle to resize; double-click clears. Handles and body are sliders for
 * the keyboard (←/→ one year, Shift ten).
 */
import { useCallback, useMemo, useRef, type KeyboardEvent, type PointerEvent } from "react";
import type { Relation } from "../../../extract/schema/graph";
import type { Era } from "../../filters/types";
import { stackTotals, type Histogram } from "../../time/histogram";
import { Bars } from "./Bars";
import { keyEra, shiftWindow, ticks, xToYear, yearToX, type BrushPart, type YearScale } from "./scale";
import { useElementWidth } from "./useElementWidth";

const HEIGHT = 92;
const TOP = 14;
const AXIS = 18;
const PAD = 10;

type Mode = "new" | "move" | "left" | "right";

export function EraBrush(props: {
  h: Histogram;
  relations: Relation[];
  era: Era | null;
  onEra: (e: Era | null) => void;
  onHover: (year: number | null, count: number) => void;
}) {
  const { h, relations, era, onEra, onHover } = props;
  const svg = useRef<SVGSVGElement>(null);
  const width = useElementWidth(svg);
  const scale: YearScale = useMemo(
    () => ({ from: h.from, to: h.to, left: PAD, width: Math.max(50, width - 2 * PAD) }),
    [h, width],
  );
  const { totals, max } = useMemo(() => stackTotals(h, relations), [h, relations]);
  const barsHeight = HEIGHT - TOP - AXIS;

  const drag = useRef<{ mode: Mode; anchor: number; start: Era } | null>(null);
  // The browser already coalesces pointer moves to one per frame, and the filter pipeline plus
  // sigma's partial refresh fit in that frame: apply each move at once, skipping no-op moves.
  const last = useRef<Era | null>(era);
  const push = useCallback(
    (next: Era) => {
      if (last.current && last.current.from === next.from && last.current.to === next.to) return;
      last.current = next;
      onEra(next);
    },
    [onEra],
  );

  const yearAt = (e: PointerEvent) => xToYear(scale, e.clientX - svg.current!.getBoundingClientRect().left);

  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    if (e.button !== 0) return;
    const role = (e.target as Element).getAttribute("data-role");
    const mode: Mode = era && (role === "left" || role === "right" || role === "move") ? role : "new";
    const year = yearAt(e);
    drag.current = { mode, anchor: year, start: era ?? { from: year, to: year } };
    last.current = era;
    try {
      svg.current!.setPointerCapture(e.pointerId);
    } catch {
      // synthetic or already-released pointer: dragging still works inside the SVG
    }
    if (mode === "new") push({ from: year, to: year });
    e.preventDefault();
  };

  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const year = yearAt(e);
    const d = drag.current;
    if (!d) {
      onHover(year, totals[year - h.from]);
      return;
    }
    const s = d.start;
    if (d.mode === "new") push({ from: Math.min(d.anchor, year), to: Math.max(d.anchor, year) });
    else if (d.mode === "left") push({ from: Math.min(year, s.to), to: s.to });
    else if (d.mode === "right") push({ from: s.from, to: Math.max(year, s.from) });
    else {
      const [from, to] = shiftWindow(s.from, s.to, year - d.anchor, h.from, h.to);
      push({ from, to });
    }
  };

  const onPointerUp = (e: PointerEvent<SVGSVGElement>) => {
    if (!drag.current) return;
    drag.current = null;
    if (svg.current!.hasPointerCapture(e.pointerId)) svg.current!.releasePointerCapture(e.pointerId);
  };

  const onKey = (part: BrushPart) => (e: KeyboardEvent) => {
    if (!era) return;
    const next = keyEra(part, e.key, e.shiftKey, era, [h.from, h.to]);
    if (!next) return;
    e.preventDefault();
    onEra(next);
  };

  const x0 = era ? yearToX(scale, era.from) : 0;
  const x1 = era ? yearToX(scale, era.to + 1) : 0;
  return (
    <div className="brush-wrap">
      <svg
        ref={svg}
        className="brush"
        height={HEIGHT}
        width="100%"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onPointerLeave={() => onHover(null, 0)}
        onDoubleClick={() => onEra(null)}
        data-testid="era-brush"
        role="group"
        aria-label="Claims per year; drag to choose an era"
      >
        <rect x={0} y={0} width={width} height={HEIGHT} fill="transparent" />
        {max > 0 && <Bars h={h} relations={relations} scale={scale} max={max} top={TOP} height={barsHeight} />}
        <line
          x1={PAD}
          x2={PAD + scale.width}
          y1={TOP + barsHeight + 0.5}
          y2={TOP + barsHeight + 0.5}
          className="axis-line"
        />
        {ticks(h.from, h.to, 10).map((y) => (
          <g key={y} className="tick">
            <line x1={yearToX(scale, y)} x2={yearToX(scale, y)} y1={TOP + barsHeight} y2={TOP + barsHeight + 4} />
            <text x={yearToX(scale, y)} y={HEIGHT - 3} textAnchor="middle">
              {y}
            </text>
          </g>
        ))}
        {era && (
          <>
            <rect className="outside" x={PAD} y={0} width={Math.max(0, x0 - PAD)} height={TOP + barsHeight} />
            <rect
              className="outside"
              x={x1}
              y={0}
              width={Math.max(0, PAD + scale.width - x1)}
              height={TOP + barsHeight}
            />
            <rect
              className="window"
              data-role="move"
              x={x0}
              y={2}
              width={Math.max(2, x1 - x0)}
              height={TOP + barsHeight - 2}
              tabIndex={0}
              role="slider"
              aria-label="Era window"
              aria-valuemin={h.from}
              aria-valuemax={h.to}
              aria-valuenow={era.from}
              aria-valuetext={`${era.from} to ${era.to}`}
              onKeyDown={onKey("move")}
              data-testid="brush-window"
            />
            {(["left", "right"] as const).map((side) => (
              <rect
                key={side}
                className="handle"
                data-role={side}
                x={(side === "left" ? x0 : x1) - 4}
                y={TOP + barsHeight / 2 - 14}
                width={8}
                height={28}
                rx={3}
                tabIndex={0}
                role="slider"
                aria-label={side === "left" ? "Era start" : "Era end"}
                aria-valuemin={h.from}
                aria-valuemax={h.to}
                aria-valuenow={side === "left" ? era.from : era.to}
                onKeyDown={onKey(side)}
                data-testid={`brush-${side}`}
              />
            ))}
          </>
        )}
      </svg>
    </div>
  );
}
