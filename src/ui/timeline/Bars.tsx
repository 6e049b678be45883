/** The stacked claims-per-year histogram: one SVG path per relation (cheap to redraw). */
import { memo } from "react";
import { RELATIONS, type Relation } from "../../../extract/schema/graph";
import { RELATION_COLORS } from "../../render/palette";
import type { Histogram } from "../../time/histogram";
import { yearToX, type YearScale } from "./scale";

export const Bars = memo(function Bars(props: {
  h: Histogram;
  relations: Relation[];
  scale: YearScale;
  max: number;
  top: number;
  height: number;
}) {
  const { h, relations, scale, max, top, height } = props;
  const bins = h.to - h.from + 1;
  const base = new Float64Array(bins);
  const barW = Math.max(1, scale.width / bins - 1);
  const paths = RELATIONS.filter((r) => relations.includes(r)).map((r) => {
    const row = h.byRelation[RELATIONS.indexOf(r)];
    let d = "";
    for (let i = 0; i < bins; i++) {
      if (!row[i]) continue;
      // sqrt scale keeps small years visible next to busy ones
      const y0 = Math.sqrt(base[i] / max) * height;
      base[i] += row[i];
      const y1 = Math.sqrt(base[i] / max) * height;
      const x = yearToX(scale, h.from + i);
      d += `M${x.toFixed(1)} ${(top + height - y1).toFixed(1)}h${barW.toFixed(1)}v${(y1 - y0).toFixed(1)}h${(-barW).toFixed(1)}Z`;
    }
    return <path key={r} d={d} fill={RELATION_COLORS[r]} />;
  });
  return <g className="bars">{paths}</g>;
});
