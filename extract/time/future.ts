/**
 * Times after publication. A claim is dated after its document's publication date only when its
 * sentence says the time lies ahead (a plan, a deadline: 将, 计划, 2030年前, will, by 2030); it is
 * then marked `future`. Any other time after publication — a century or an event still going on
 * named as the topic (21世纪, 新冠疫情 reaching 2023 in a 2022 article) — is bounded by the
 * publication date. The cues are data: extract/data/time-future.json.
 *
 * @example
 * boundToPublication({ start: "2023", end: "2023", source: "text" }, "2022-11-16", "明年担任主席国")
 * // { start: "2023", end: "2023", source: "text", future: true }
 */
import { z } from "zod";
import futureJson from "../data/time-future.json";
import type { PartialDate } from "../schema/graph";
import type { ClaimTime } from "../types";
import { dateBound } from "./span";

const FutureLexicon = z.object({
  about: z.string(),
  zh: z.array(z.string().min(1)),
  zhNot: z.array(z.string().min(1)),
  zhDeadline: z.array(z.string().min(1)),
  en: z.array(z.string().regex(/^[a-z ]+$/)),
  enDeadline: z.array(z.string().regex(/^[a-z ]+$/)),
});

function loadLexicon(): z.infer<typeof FutureLexicon> {
  const r = FutureLexicon.safeParse(futureJson);
  if (!r.success) throw new Error(`extract/data/time-future.json is invalid: ${r.error.issues[0].message}`);
  return r.data;
}

const lex = loadLexicon();
const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const byLength = (ws: string[]): string[] => [...ws].sort((a, b) => b.length - a.length).map(escape);
/** Leftmost-longest: a `zhNot` word (将军) wins over the cue it contains (将). */
const ZH = new RegExp(`${byLength(lex.zhNot).join("|")}|(${byLength(lex.zh).join("|")})`, "g");
const ZH_DEADLINE = new RegExp(`\\d{4}(?:${byLength(lex.zhDeadline).join("|")})`);
const EN = new RegExp(`\\b(?:${byLength(lex.en).join("|")})\\b`, "i");
const EN_DEADLINE = new RegExp(`\\b(?:${byLength(lex.enDeadline).join("|")}) (?:the year )?\\d{4}\\b`, "i");

/** True when the sentence says that what it states lies ahead (a future marker or a deadline). */
export function saysFuture(sentence: string): boolean {
  if (ZH_DEADLINE.test(sentence) || EN.test(sentence) || EN_DEADLINE.test(sentence)) return true;
  for (const m of sentence.matchAll(ZH)) if (m[1] !== undefined) return true;
  return false;
}

/** True when the date lies wholly after the publication date ("2022" is not after "2022-02-11"). */
export function isAfter(d: PartialDate | null, published: PartialDate): boolean {
  return d !== null && dateBound(d, "start") > dateBound(published, "end");
}

/** A claim's time bounded by its document's publication date; `future` when the sentence says so. */
export type BoundedTime = ClaimTime & { future?: true };

/**
 * Bounds a claim's time by the publication date. A time after it stays, with `future: true`, when
 * the sentence has a future cue (an open end then says the relation goes on: also `future`); else
 * an end after publication becomes the publication date, and a time wholly after it is replaced by
 * the publication date (source "document"). Without a publication date, or for a time not after
 * it, the time is returned unchanged.
 */
export function boundToPublication(time: ClaimTime, published: PartialDate | null, sentence: string): BoundedTime {
  if (published === null || time.source !== "text") return time;
  const startAfter = isAfter(time.start, published);
  const endAfter = isAfter(time.end, published);
  if (!startAfter && !endAfter) return time;
  if (saysFuture(sentence)) return { ...time, future: true };
  if (startAfter) return { start: published, end: published, source: "document" };
  return { ...time, end: published };
}
