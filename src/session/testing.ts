/** Shared test data for the session, ingest and export unit tests: real extractions of test pages. */
import { extractGraph } from "../../extract/pipeline";
import type { GraphJson } from "../../extract/schema/graph";
import {
  ALLIANCE_1995_TXT,
  ALLIANCE_2015_TXT,
  INVASION_MD,
  SANCTION_HTML,
  gbk,
  utf8,
} from "../../tests/browser/fixtures/issue5/documents";
import { smallGraph } from "../../tests/browser/fixtures/small";
import { DEFAULT_VIEW } from "../state";
import { newSession } from "./model";
import type { Session } from "./schema";

/** Extracts test pages with the real pipeline. */
export function extract(files: Record<string, Uint8Array>): GraphJson {
  return extractGraph(
    Object.entries(files).map(([id, bytes]) => ({ id, bytes })),
    { version: "test" },
  ).graph;
}

/** The GBK sanction page (USA → PRK, opposes). */
export const sanction = () => extract({ "sanction.html": gbk(SANCTION_HTML) });
/** An English note (RUS → UKR, opposes, 2022). */
export const invasion = () => extract({ "invasion.md": utf8(INVASION_MD) });
/** Two documents on one alliance (USA–JPN, 1995 and 2015): one edge with two claims. */
export const alliance = () => extract({ "a-2015.txt": utf8(ALLIANCE_2015_TXT), "b-1995.txt": utf8(ALLIANCE_1995_TXT) });

export { smallGraph };

export function session(over: Partial<Session> = {}): Session {
  return {
    ...newSession({
      id: "s1",
      name: "Cold War",
      graph: "graph.json",
      view: DEFAULT_VIEW,
      camera: null,
      now: "2026-01-01T00:00:00.000Z",
    }),
    ...over,
  };
}
