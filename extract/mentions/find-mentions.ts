/**
 * Mention finding: countries (names, former names, capitals, demonyms, single-character short forms,
 * joint abbreviations) and known leaders, in one Aho–Corasick pass over `CleanDocument.norm`.
 *
 * @example
 * findMentions("俄朝结盟引发全球震荡，普京突回应")
 * // [{ key: "country:RUS", states: ["country:RUS", "country:PRK"], surface: "俄朝", via: "joint", … },
 * //  { kind: "leader", key: "leader:vladimir-putin", states: ["country:RUS"], surface: "普京", … }]
 */
import type { Mention } from "../types";
import { shortFormLexicon } from "./lexicon";
import { matcher, type SurfaceEntry } from "./matcher";
import { resolveRun, type ShortHit } from "./shortforms";
import { isAsciiWord } from "./text";

interface Hit {
  begin: number;
  end: number;
  entry: SurfaceEntry;
}

function hits(norm: string): Hit[] {
  const { ac, entries } = matcher();
  const out: Hit[] = [];
  for (const m of ac.matchInText(norm)) {
    const entry = entries.get(m.keyword);
    if (!entry) continue;
    if (entry.latin && (isAsciiWord(norm[m.begin - 1]) || isAsciiWord(norm[m.end]))) continue;
    out.push({ begin: m.begin, end: m.end, entry });
  }
  return out;
}

/** A country name followed by an actor suffix (美国政府, 俄罗斯总统) becomes a demonym mention. */
function extendWithSuffix(norm: string, m: Mention, limit: number): Mention {
  const lex = shortFormLexicon();
  const suffix = lex.suffixWords.longestAt(norm, m.end);
  if (suffix === null || lex.breakers.has(suffix) || !lex.defaultSuffixes.has(suffix)) return m;
  const end = m.end + suffix.length;
  if (end > limit) return m;
  return { ...m, end, surface: norm.slice(m.start, end), via: "demonym" };
}

function wholeMention(norm: string, h: Hit, limit: number): Mention | null {
  const e = h.entry;
  const surface = norm.slice(h.begin, h.end);
  if (e.t === "leader") {
    return {
      kind: "leader",
      key: e.key,
      states: [`country:${e.code}`],
      start: h.begin,
      end: h.end,
      surface,
      via: "leader",
    };
  }
  if (e.t !== "country") return null;
  const key = `country:${e.code}`;
  const m: Mention = { kind: "country", key, states: [key], start: h.begin, end: h.end, surface, via: e.via };
  return e.via === "name" || e.via === "historical" ? extendWithSuffix(norm, m, limit) : m;
}

/**
 * Finds country and leader mentions in normalised text.
 *
 * Returns sorted, non-overlapping mentions; offsets index into `norm` (and so into the document text,
 * which has the same length). Joint forms (中俄, 澳英美) have `key` = first member and `states` = all.
 *
 * @example
 * findMentions("中俄两国同意延续条约").map((m) => m.states) // [["country:CHN", "country:RUS"]]
 */
export function findMentions(norm: string): Mention[] {
  const hs = hits(norm);
  const out: Mention[] = [];
  let prevEnd = 0;
  let i = 0;
  while (i < hs.length) {
    const h = hs[i];
    if (h.entry.t === "short") {
      const run: ShortHit[] = [];
      let j = i;
      while (j < hs.length) {
        const e = hs[j].entry;
        if (e.t !== "short" || (j > i && hs[j].begin !== hs[j - 1].end)) break;
        run.push({ begin: hs[j].begin, ch: e.ch, code: e.code });
        j++;
      }
      const limit = j < hs.length ? hs[j].begin : norm.length;
      for (const m of resolveRun(norm, run, prevEnd, limit)) out.push(m);
      prevEnd = hs[j - 1].end;
      i = j;
      continue;
    }
    const limit = i + 1 < hs.length ? hs[i + 1].begin : norm.length;
    const m = wholeMention(norm, h, limit);
    if (m) out.push(m);
    prevEnd = m ? m.end : h.end;
    i++;
  }
  return out;
}
