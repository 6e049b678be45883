/**
 * Migrations of graph.json files written under older schema versions, run by `parseGraphJson`
 * before validation (so the CLI, the eval and the viewer all read old files alike).
 *
 * - 1 → 2: every edge gets `periods` from its claims (extract/graph/periods.ts) and its
 *   `start`/`end` become their hull. Claims are kept as they are (version 1 has no `future` claims:
 *   a claim dated after its document's publication counts up to that date in the periods).
 *
 * Anything that is not a well-formed version-1 file is returned unchanged, so validation names
 * the problem.
 *
 * @example
 * const r = parseGraphJson(JSON.parse(readFileSync("old-graph.json", "utf8"))); // migrated, then validated
 */
import { edgePeriods, periodsHull, type TimedClaim } from "../graph/periods";

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const isDate = (v: unknown): v is string | null => v === null || typeof v === "string";

function timedClaims(claims: unknown): TimedClaim[] | null {
  if (!Array.isArray(claims)) return null;
  const out: TimedClaim[] = [];
  for (const c of claims) {
    if (!isObj(c) || typeof c.doc !== "string" || !isDate(c.start) || !isDate(c.end)) return null;
    out.push({ doc: c.doc, start: c.start, end: c.end, future: c.future === true });
  }
  return out;
}

function migrate1to2(data: Obj, attributes: Obj): Obj {
  const published = new Map<string, string | null>();
  if (Array.isArray(attributes.documents)) {
    for (const d of attributes.documents) {
      if (isObj(d) && typeof d.id === "string")
        published.set(d.id, typeof d.published === "string" ? d.published : null);
    }
  }
  const publishedOf = (doc: string): string | null => published.get(doc) ?? null;
  const edges = Array.isArray(data.edges)
    ? data.edges.map((e: unknown) => {
        if (!isObj(e) || !isObj(e.attributes)) return e;
        const claims = timedClaims(e.attributes.claims);
        if (!claims) return e;
        const periods = edgePeriods(claims, publishedOf);
        return { ...e, attributes: { ...e.attributes, ...periodsHull(periods), periods } };
      })
    : data.edges;
  return { ...data, attributes: { ...attributes, schemaVersion: 2 }, edges };
}

/** Brings a parsed graph.json of an older schema version up to the current one (see above). */
export function migrateGraphJson(data: unknown): unknown {
  if (!isObj(data) || !isObj(data.attributes)) return data;
  if (data.attributes.schemaVersion === 1) return migrate1to2(data, data.attributes);
  return data;
}
