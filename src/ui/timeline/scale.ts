/** Year ⇄ pixel mapping for the timeline (pure). A year occupies [x(year), x(year + 1)). */
export interface YearScale {
  from: number;
  to: number;
  left: number;
  width: number;
}

export function yearToX(s: YearScale, year: number): number {
  return s.left + ((year - s.from) / (s.to - s.from + 1)) * s.width;
}

/** The year under pixel `x`, clamped to the domain. */
export function xToYear(s: YearScale, x: number): number {
  const y = s.from + Math.floor(((x - s.left) / s.width) * (s.to - s.from + 1));
  return Math.max(s.from, Math.min(s.to, y));
}

/** Moves an inclusive window by `delta` years without leaving the domain or changing its width. */
export function shiftWindow(from: number, to: number, delta: number, min: number, max: number): [number, number] {
  const width = to - from;
  let a = from + delta;
  if (a < min) a = min;
  if (a + width > max) a = max - width;
  return [a, a + width];
}

/** Tick years: every `step` years inside the domain. */
export function ticks(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let y = Math.ceil(from / step) * step; y <= to; y += step) out.push(y);
  return out;
}

export type BrushPart = "left" | "right" | "move";

function keyDelta(key: string, shift: boolean): number | null {
  const step = shift ? 10 : 1;
  if (key === "ArrowLeft" || key === "ArrowDown") return -step;
  if (key === "ArrowRight" || key === "ArrowUp") return step;
  if (key === "PageDown") return -10;
  if (key === "PageUp") return 10;
  return null;
}

/** The era after a key press on a brush part (handle or window), or null when the key does nothing. */
export function keyEra(
  part: BrushPart,
  key: string,
  shift: boolean,
  era: { from: number; to: number },
  domain: [number, number],
) {
  const [min, max] = domain;
  let delta: number | null;
  if (key === "Home") delta = part === "right" ? era.from - era.to : min - era.from;
  else if (key === "End") delta = part === "left" ? era.to - era.from : max - era.to;
  else delta = keyDelta(key, shift);
  if (delta === null) return null;
  if (part === "left") return { from: Math.max(min, Math.min(era.from + delta, era.to)), to: era.to };
  if (part === "right") return { from: era.from, to: Math.min(max, Math.max(era.to + delta, era.from)) };
  const [from, to] = shiftWindow(era.from, era.to, delta, min, max);
  return { from, to };
}
