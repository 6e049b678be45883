/**
 * Historical states, resolved by the claim's date. States the COW state list codes apart from any
 * present state (Korea 730 — Joseon / the Korean Empire —, the two Germanies 260/265,
 * Czechoslovakia 315) are nodes of their own, `country:cow-<ccode>`, with `cow`, `existed` (COW
 * periods) and `successor` (the present states). A claim that the mention stage gave to a present
 * state in their `claims` (朝鲜 → PRK) goes to the historical node when the claim is dated before
 * that present state began (its COW start after the historical one) — for the Germanies only when
 * the sentence names the one (东德, West Germany). Korea's claims dated between the end of the
 * Korean state (1905) and the DPRK/ROK (1948/1949) are left unresolved: no Korean state existed.
 * States COW continues under one code (Soviet Union/Russia, Qing/China, Ottoman Empire/Turkey,
 * Yugoslavia/Serbia) stay on the successor, whose `names` carry the historical names.
 *
 * Data: extract/data/historical-states.json (scripts/historical-states.ts, from COW).
 *
 * @example
 * resolveHistorical("country:PRK", { start: "1896", end: "1896", source: "text" }, "1896年，朝鲜……")
 * // "country:cow-730"
 */
import { z } from "zod";
import data from "../data/historical-states.json";
import type { NodeAttributes, PartialDate } from "../schema/graph";
import { compareDates } from "../time/span";
import type { ClaimTime } from "../types";

const Interval = z.object({ start: z.string(), end: z.string() });
const HistoricalState = z.object({
  key: z.string().regex(/^country:cow-\d+$/),
  cow: z.number().int(),
  cowName: z.string(),
  label: z.string().min(1),
  labelEn: z.string().min(1),
  names: z.array(z.string().min(1)),
  existed: z.array(Interval).min(1),
  claims: z.record(z.string().regex(/^country:[A-Z]{3}$/), z.string()),
  surfaces: z.array(z.string().min(1)).optional(),
  unresolvedGap: z.boolean(),
  lat: z.number(),
  lng: z.number(),
});
type HistoricalState = z.infer<typeof HistoricalState>;

function load(): HistoricalState[] {
  const r = z.object({ about: z.string(), states: z.array(HistoricalState) }).safeParse(data);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new Error(`extract/data/historical-states.json is invalid at ${i.path.join(".")}: ${i.message}`);
  }
  return r.data.states;
}

const STATES = load();
const BY_KEY = new Map(STATES.map((s) => [s.key, s]));
/** For each present state, the historical states that may take its claims. */
const BY_PRESENT = new Map<string, HistoricalState[]>();
for (const s of STATES)
  for (const key of Object.keys(s.claims)) BY_PRESENT.set(key, [...(BY_PRESENT.get(key) ?? []), s]);

/** The node attributes of a historical state, or null when `key` is not one. */
export function historicalNode(key: string): NodeAttributes | null {
  const s = BY_KEY.get(key);
  if (!s) return null;
  return {
    kind: "country",
    label: s.label,
    labelEn: s.labelEn,
    names: [...s.names].sort(),
    lat: s.lat,
    lng: s.lng,
    cow: s.cow,
    existed: s.existed,
    successor: Object.keys(s.claims).sort(),
  };
}

/**
 * The node a claim endpoint resolves to at the claim's time: `key` itself, a historical state's
 * key, or null (unresolved: no such state then). Claims without a time from their text (dated by
 * the document, or undated) keep `key`.
 */
export function resolveHistorical(key: string, time: ClaimTime, sentence: string): string | null {
  const candidates = BY_PRESENT.get(key);
  if (!candidates || time.source !== "text") return key;
  const at: PartialDate | null = time.end ?? time.start;
  if (at === null) return key;
  for (const s of candidates) {
    if (compareDates(at, s.claims[key], "end", "start") >= 0) continue; // the present state existed
    if (s.surfaces && !s.surfaces.some((w) => sentence.includes(w))) continue;
    const lastEnd = s.existed[s.existed.length - 1].end;
    if (s.unresolvedGap && compareDates(at, lastEnd, "start", "end") > 0) return null;
    return s.key;
  }
  return key;
}
