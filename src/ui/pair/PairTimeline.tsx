/**
 * The pair timeline: one row per relation between two states, claims per year as bars in the
 * relation's colour and the periods drawn as lines under them (an open end runs to the axis edge
 * with an arrow). Drag across it to set the era; the current era is shaded.
 */
import { useRef, useState, type PointerEvent } from "react";
import type { Era } from "../../filters/types";
import { RELATION_COLORS, RELATION_LABELS } from "../../render/palette";
import { formatSpan } from "../../time/dates";
import { ticks, xToYear, yearToX, type YearScale } from "../timeline/scale";
import { useElementWidth } from "../timeline/useElementWidth";
import type { PairHistory } from "./history";

const ROW = 34;
const LABEL = 78;
const AXIS = 16;
const PAD = 6;

function tickStep(years: number): number {
  return years > 80 ? 20 : years > 40 ? 10 : years > 16 ? 5 : years > 8 ? 2 : 1;
}

export function PairTimeline({
  history,
  era,
  onEra,
}: {
  history: PairHistory;
  era: Era | null;
  onEra: (e: Era | null) => void;
}) {
  const svg = useRef<SVGSVGElement>(null);
  const width = useElementWidth(svg);
  const [drag, setDrag] = useState<{ anchor: number; at: number } | null>(null);
  if (!history.range) return <p className="muted">No dated claim between these two.</p>;
  const [from, to] = [history.range[0] - 1, history.range[1] + 1];
  const scale: YearScale = { from, to, left: LABEL, width: Math.max(60, width - LABEL - PAD) };
  const height = history.rows.length * ROW + AXIS;
  const yearAt = (e: PointerEvent<SVGSVGElement>) =>
    xToYear(scale, e.clientX - e.currentTarget.getBoundingClientRect().left);
  const shade = drag ? { from: Math.min(drag.anchor, drag.at), to: Math.max(drag.anchor, drag.at) } : era;
  const x = (y: number) => yearToX(scale, y);
  return (
    <svg
      ref={svg}
      className="pair-timeline"
      width="100%"
      height={height}
      role="img"
      aria-label="Claims per year between the two, by relation, with periods; drag to choose an era"
      data-testid="pair-timeline"
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        const y = yearAt(e);
        setDrag({ anchor: y, at: y });
      }}
      onPointerMove={(e) => drag && setDrag({ ...drag, at: yearAt(e) })}
      onPointerUp={() => {
        if (drag) onEra({ from: Math.min(drag.anchor, drag.at), to: Math.max(drag.anchor, drag.at) });
        setDrag(null);
      }}
    >
      {shade && shade.to >= from && shade.from <= to && (
        <rect
          className="pair-era"
          x={x(Math.max(from, shade.from))}
          width={x(Math.min(to, shade.to) + 1) - x(Math.max(from, shade.from))}
          y={0}
          height={height - AXIS}
          data-testid="pair-era"
        />
      )}
      {history.rows.map((row, r) => {
        const top = r * ROW;
        const max = Math.max(1, ...row.years.values());
        const barW = Math.max(1, scale.width / (to - from + 1) - 1);
        const color = RELATION_COLORS[row.relation];
        return (
          <g key={row.relation} data-testid={`pair-row-${row.relation}`} data-claims={row.claims}>
            <text x={0} y={top + 14} className="pair-label">
              {RELATION_LABELS[row.relation]}
            </text>
            <text x={0} y={top + 26} className="pair-count">
              {row.claims} claim{row.claims === 1 ? "" : "s"}
            </text>
            {[...row.years].map(([year, n]) => {
              const h = Math.max(2, (Math.sqrt(n / max) * (ROW - 12)) | 0);
              return (
                <rect key={year} x={x(year)} y={top + ROW - 8 - h} width={barW} height={h} fill={color}>
                  <title>{`${year}: ${n} claim${n === 1 ? "" : "s"}`}</title>
                </rect>
              );
            })}
            {row.periods.map((p, i) => {
              if (!p.start && !p.end) return null;
              const a = p.start ? x(Number(p.start.slice(0, 4))) : scale.left;
              const b = p.end ? x(Number(p.end.slice(0, 4)) + 1) : scale.left + scale.width;
              return (
                <g key={i} data-testid="pair-period" data-span={formatSpan(p.start, p.end)}>
                  <line x1={a} x2={b} y1={top + ROW - 4} y2={top + ROW - 4} stroke={color} strokeWidth={3} />
                  {!p.start && <path d={`M${a} ${top + ROW - 4} l5 -4 v8 Z`} fill={color} />}
                  {!p.end && <path d={`M${b} ${top + ROW - 4} l-5 -4 v8 Z`} fill={color} />}
                  <title>{`${RELATION_LABELS[row.relation]}: ${formatSpan(p.start, p.end)} (${p.claims} claims)`}</title>
                </g>
              );
            })}
          </g>
        );
      })}
      <g className="pair-axis">
        {ticks(from, to, tickStep(to - from)).map((y) => (
          <text key={y} x={x(y)} y={height - 3}>
            {y}
          </text>
        ))}
      </g>
    </svg>
  );
}
