/**
 * Mention finding: countries (names, former names, capitals, demonyms, single-character short forms,
 * joint abbreviations) and known leaders, in one Aho–Corasick pass over `CleanDocument.norm`.
 *
 * @example
 * findMentions("俄朝结盟引发全球震荡，普京突回应")
 * // [{ key: "country:RUS", states: ["country:RUS", "country:PRK"], surface: "俄朝", via: "joint", … },
 * //  { kind: "leader", key: "leader:vladimir-putin", states: ["country:RUS"], surface: "普京", … }]
 */
import { foldTypography } from "../ingest/typography";
import type { Mention } from "../types";
import { shortFormLexicon } from "./lexicon";
import { matcher, type SurfaceEntry } from "./matcher";
import { nonStates } from "./nonstates";
import { boundaryBefore, precededByBlocker, resolveRun, type ShortHit } from "./shortforms";
import { countryKey, isAsciiWord, isHan, NAME_DOTS } from "./text";

interface Hit {
  begin: number;
  end: number;
  entry: SurfaceEntry;
}

function hits(norm: string): Hit[] {
  const { ac, entryByState } = matcher();
  const out: Hit[] = [];
  const flat = ac.matchStates(norm);
  for (let k = 0; k < flat.length; k += 3) {
    const entry = entryByState[flat[k + 2]];
    if (!entry) continue;
    const begin = flat[k];
    const end = flat[k + 1];
    if (entry.latin && (isAsciiWord(norm[begin - 1]) || isAsciiWord(norm[end]))) continue;
    out.push({ begin, end, entry });
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

/**
 * Whether a name starts inside a longer transliterated name: one to three Han characters after a
 * name dot (德米特里·特列宁 holds 列宁, who is not meant).
 */
function insideForeignName(norm: string, begin: number): boolean {
  for (let k = begin - 1, n = 0; k >= 0 && n <= 3; k--, n++) {
    if (NAME_DOTS.includes(norm[k])) return n > 0;
    if (!isHan(norm[k])) return false;
  }
  return false;
}

/**
 * A list of single short forms joined by 、 after a boundary (中、俄, 美、日、韩), starting at hit i:
 * the joint mention and the index after its last hit, or null.
 */
function listMention(norm: string, hs: Hit[], i: number): { mention: Mention; next: number } | null {
  const first = hs[i];
  if (first.entry.t !== "short" || !boundaryBefore(norm, first.begin) || precededByBlocker(norm, first.begin))
    return null;
  if (i > 0 && hs[i - 1].end === first.begin) return null;
  let j = i;
  while (
    j + 1 < hs.length &&
    hs[j + 1].entry.t === "short" &&
    norm[hs[j].end] === "、" &&
    hs[j + 1].begin === hs[j].end + 1
  )
    j++;
  if (j === i || (j + 1 < hs.length && hs[j + 1].begin === hs[j].end)) return null;
  const codes: string[] = [];
  for (let k = i; k <= j; k++) {
    const e = hs[k].entry;
    const lex = shortFormLexicon();
    if (e.t !== "short" || lex.prefixOnly.has(e.ch) || lex.jointOnly.has(e.ch) || codes.includes(e.code)) return null;
    codes.push(e.code);
  }
  const states = codes.map(countryKey);
  const start = first.begin;
  const end = hs[j].end;
  return {
    mention: { kind: "country", key: states[0], states, start, end, surface: norm.slice(start, end), via: "joint" },
    next: j + 1,
  };
}

/** Whether a mention is spelled with a short form: 伊, 伊方, 中伊 (not 伊朗, 巴基斯坦总理). */
function shortSpelled(m: Mention): boolean {
  if (m.via === "short" || m.via === "joint") return true;
  if (m.via !== "demonym") return false;
  const lex = shortFormLexicon();
  return lex.shortForms.has(m.surface[0]) && lex.suffixWords.longestAt(m.surface, 1) === m.surface.slice(1);
}

/**
 * Re-reads ambiguous short forms (伊: Iran or Iraq; 乌中: Ukraine, Uruguay, Uzbekistan or Uganda)
 * by the nearest state named in full (or by its capital or a leader) before or after them, in the
 * whole document. Returns the mentions that hold a context-only short form (中塞, 中突) no named
 * state decides: they are left unresolved rather than guessed.
 */
function disambiguate(out: Mention[]): Set<Mention> {
  const undecided = new Set<Mention>();
  const lex = shortFormLexicon();
  const named = out.filter(
    (m) => m.kind === "leader" || (m.kind === "country" && m.states.length === 1 && !shortSpelled(m)),
  );
  const stateOf = (m: Mention): string => m.states[0];
  for (const m of out) {
    if (m.kind !== "country" || !shortSpelled(m) || lex.jointOverrides.has(m.surface)) continue;
    const chars = m.via === "demonym" ? m.surface[0] : m.surface;
    for (const ch of chars) {
      const options = lex.ambiguous.get(ch);
      if (!options) continue;
      const current = m.states.findIndex((s) => options.includes(s.slice("country:".length)));
      if (current < 0) continue;
      const keys = options.map(countryKey);
      let before: Mention | undefined;
      for (let k = named.length - 1; k >= 0 && before === undefined; k--) {
        const f = named[k];
        if (f.end <= m.start && keys.includes(stateOf(f))) before = f;
      }
      const after = named.find((f) => f.start >= m.end && keys.includes(stateOf(f)));
      // The nearer of the two: a headline is read by the story under it, not by the one before.
      const found =
        before && after ? (m.start - before.end <= after.start - m.end ? before : after) : (before ?? after);
      const pick = found ? stateOf(found) : undefined;
      if (!pick && lex.contextOnly.has(ch)) undecided.add(m);
      if (!pick || pick === m.states[current] || m.states.includes(pick)) continue;
      if (m.key === m.states[current]) m.key = pick;
      m.states[current] = pick;
    }
  }
  return undecided;
}

/** Whether a name at [.., end) names a vessel or aircraft (罗斯福号, “里根”号), not its namesake. */
function namesake(norm: string, end: number): boolean {
  const at = norm[end] === "”" || norm[end] === '"' ? end + 1 : end;
  const ns = nonStates();
  return ns.namesakeTails.some((w) => norm.startsWith(w, at)) && !ns.namesakeNot.some((w) => norm.startsWith(w, at));
}

function wholeMention(norm: string, h: Hit, limit: number): Mention | null {
  const e = h.entry;
  const surface = norm.slice(h.begin, h.end);
  if (e.t === "leader") {
    if (insideForeignName(norm, h.begin) || namesake(norm, h.end)) return null;
    return {
      kind: "leader",
      key: e.key,
      states: [countryKey(e.code)],
      start: h.begin,
      end: h.end,
      surface,
      via: "leader",
    };
  }
  if (e.t !== "country") return null;
  const key = countryKey(e.code);
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
export function findMentions(text: string): Mention[] {
  const norm = foldTypography(text);
  const hs = hits(norm);
  const out: Mention[] = [];
  let prevEnd = 0;
  let i = 0;
  while (i < hs.length) {
    const h = hs[i];
    const list = h.entry.t === "short" ? listMention(norm, hs, i) : null;
    if (list) {
      out.push(list.mention);
      prevEnd = list.mention.end;
      i = list.next;
      continue;
    }
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
  const undecided = disambiguate(out);
  return undecided.size === 0 ? out : out.filter((m) => !undecided.has(m));
}
