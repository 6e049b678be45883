/**
 * Finds time expressions in a text and resolves them against the publication date.
 *
 * One left-to-right pass emits atoms (dates, decades, centuries, event names, relative words); a
 * second pass over the atoms applies connectors (2001年至2021年), prefixes (自, 直到, since) and
 * suffixes (以来, 之后, 以前, 期间). Every step looks at a bounded window, so the cost is linear.
 *
 * Pass the normalised text (CleanDocument.norm: Simplified, half-width); offsets are the same.
 */
import { isAsciiLetter } from "./chars";
import { combine } from "./combine";
import { addMonths, parsePartialDate } from "./date";
import { scanEnglishWord, wordEnd } from "./english";
import { timeLexicon, type LexEntry } from "./lexicon";
import { digitValue, isCjkNumeralCode, readDigits, readNumber } from "./numerals";
import { centuryAtom, monthAtom, scanCjkNumeral, scanDigits, yearContinuation } from "./numeric";
import {
  endingWord,
  inYearRange,
  resolveRecent,
  resolveRelative,
  skipSpaces,
  spanOf,
  startingWord,
  ys,
  type Scan,
  type ScanCtx,
} from "./resolve";
import type { TimeExpression, TimeRef } from "./types";

export type { TimeExpression, TimeKind, TimeRef } from "./types";

/**
 * Finds and resolves the time expressions in `text` (non-overlapping, in text order).
 * Relative forms (今年, 去年10月, 两年前, 建交75周年, last June) need `ref.published`; without it they
 * are skipped. Numbers that are not dates (签订了20年的, 1万名, 第10次, 123号) yield nothing.
 *
 * @example findTimes("自2014年乌克兰危机以来", { published: null })
 * // [{ kind: "since", from: "2014", to: null, text: "自2014年乌克兰危机以来", … }]
 */
export function findTimes(text: string, ref: TimeRef): TimeExpression[] {
  const ctx = scanCtx(text, ref);
  const n = text.length;
  for (let i = 0; i < n;) i = scanAt(ctx, i);
  return combine(ctx);
}

/**
 * The expressions of `findTimes(text, ref)`, in the same order, until `stop` returns true for one
 * (that one included): the text is scanned only as far as the expressions asked for need. Same
 * result as `findTimes` cut after the first expression `stop` accepts.
 *
 * @example findTimesUntil(text, ref, (e) => e.kind === "relative") // stops at the first 今年
 */
export function findTimesUntil(text: string, ref: TimeRef, stop: (e: TimeExpression) => boolean): TimeExpression[] {
  const ctx = scanCtx(text, ref);
  const { atoms } = ctx;
  const n = text.length;
  let i = 0;
  // atoms[k] is final once an atom follows it (a decade may replace the atom just before it).
  const has = (k: number): boolean => {
    while (i < n && atoms.length <= k + 1) i = scanAt(ctx, i);
    return k < atoms.length;
  };
  return combine(ctx, has, stop);
}

function scanCtx(text: string, ref: TimeRef): ScanCtx {
  const pub = ref.published ? parsePartialDate(ref.published) : null;
  return { text, pub, atoms: [], lex: timeLexicon() };
}

/** Scans at i (pushing any atom found); returns where to go on. */
function scanAt(ctx: ScanCtx, i: number): number {
  const { text } = ctx;
  const c = text.charCodeAt(i);
  if (isAsciiLetter(c)) {
    if (i > 0 && isAsciiLetter(text.charCodeAt(i - 1))) return wordEnd(text, i);
    const r = lexiconAt(ctx, i) ?? scanEnglishWord(ctx, i);
    if (r) {
      if (r.atom) ctx.atoms.push(r.atom);
      return Math.max(r.end, i + 1);
    }
    return wordEnd(text, i);
  }
  let best: Scan | null = null;
  let skip = i + 1;
  if (digitValue(c) >= 0) {
    skip = readDigits(text, i);
    best = scanDigits(ctx, i, skip);
  } else if (isCjkNumeralCode(c)) best = scanCjkNumeral(ctx, i);
  if (ctx.lex.trie.startsWithCode(c)) {
    const hit = lexiconAt(ctx, i);
    if (hit && (!best || hit.end > best.end)) best = hit;
  }
  if (best) {
    if (best.atom) ctx.atoms.push(best.atom);
    return Math.max(best.end, i + 1);
  }
  return skip;
}

function guarded(text: string, start: number, end: number, e: { blockPrev?: string[]; blockNext?: string[] }): boolean {
  if (e.blockPrev && endingWord(text, start, e.blockPrev) !== null) return true;
  if (e.blockNext && startingWord(text, end, e.blockNext) !== null) return true;
  return false;
}

/** A lexicon word at i (event, reign, relative word …). */
function lexiconAt(ctx: ScanCtx, i: number): Scan | null {
  const m = ctx.lex.trie.longestAt(ctx.text, i);
  if (!m) return null;
  for (const e of m.values) {
    if (guarded(ctx.text, i, m.end, e)) continue;
    const r = fromEntry(ctx, i, m.end, e);
    if (r) return r;
  }
  return null;
}

function fromEntry(ctx: ScanCtx, i: number, end: number, e: LexEntry): Scan | null {
  const { text, pub } = ctx;
  switch (e.t) {
    case "event": {
      if (endingWord(text, i, ctx.lex.eventBlockPrev) || startingWord(text, end, ctx.lex.eventBlockNext)) return null;
      const ev = { from: e.from, to: e.to };
      return { atom: { start: i, end, from: e.from, to: e.to, kind: "era", event: ev, bare: true }, end };
    }
    case "reign": {
      const p = skipSpaces(text, end);
      let n: number | null = null;
      let q = p;
      if (text[p] === "元") {
        n = 1;
        q = p + 1;
      } else {
        const num = readNumber(text, p, 4);
        if (num) {
          n = num.value;
          q = num.end;
        }
      }
      if (n === null || text[q] !== "年" || n < (e.min ?? 1) || (e.years !== undefined && n > e.years)) return null;
      const y = e.first + n - 1;
      if (!inYearRange(y)) return null;
      return { atom: { start: i, end: q + 1, from: ys(y), to: ys(y), kind: "point" }, end: q + 1 };
    }
    case "rel": {
      if (!pub) return { atom: null, end };
      if (e.unit === "year") return yearContinuation(ctx, i, end, pub.y + e.offset, "relative");
      if (e.unit === "month" && pub.m !== undefined) {
        const { y, m } = addMonths(pub.y, pub.m, e.offset);
        return monthAtom(ctx, i, end, y, m, "relative");
      }
      const s = resolveRelative(pub, e.unit, e.offset);
      return { atom: s ? { start: i, end, ...s, kind: "relative" } : null, end };
    }
    case "now": {
      if (!pub) return { atom: null, end };
      const s = spanOf(pub);
      return { atom: s ? { start: i, end, ...s, kind: "relative" } : null, end };
    }
    case "beforeNow": {
      if (!pub) return { atom: null, end };
      const s = spanOf(pub);
      return { atom: s ? { start: i, end, from: null, to: s.to, kind: "relative", fixed: true } : null, end };
    }
    case "recent": {
      if (!pub) return { atom: null, end };
      const s = resolveRecent(pub, e.years);
      return { atom: s ? { start: i, end, ...s, kind: "relative", fixed: true } : null, end };
    }
    case "agoVague": {
      if (!pub) return { atom: null, end };
      const s = spanOf({ y: pub.y - e.fromYears }, { y: pub.y - e.toYears });
      return { atom: s ? { start: i, end, ...s, kind: "relative", fixed: true } : null, end };
    }
    case "centuryRel": {
      const y = pub ? pub.y : 2001;
      const base = Math.floor(y / 100) * 100 + 100 * e.offset;
      return centuryAtom(ctx, i, end, base);
    }
  }
}
