/**
 * Pass 2 of findTimes: turns atoms into expressions by applying connectors (2001年至2021年, from … to),
 * prefixes (自, 从, 直到, since, after) and suffixes (以来, 之后, 以前, 为止, 期间; 爆发后 for events).
 */
import { addMonths, daysInMonth, parsePartialDate } from "./date";
import { englishConnector, englishPrefix, englishSinceSuffix } from "./english";
import type { SuffixType } from "./lexicon";
import { endingWord, skipSpaces, skipSpacesBack, spanOf, startingWord, type Atom, type ScanCtx } from "./resolve";
import { compareDates } from "./span";
import type { TimeExpression } from "./types";

const CLAUSE_BREAK = new Set(["，", ",", "。", "；", ";", "！", "!", "？", "?", "\n", "：", ":", "、"]);

type PrefixType = "since" | "from" | "between" | "until" | "before" | "after" | "point" | "eventAfter";

/** The word introducing a date just before `start` (自, 从, 直到, since, after the …). */
function prefixAt(ctx: ScanCtx, start: number, isEvent: boolean): { type: PrefixType; start: number } | null {
  const text = ctx.text;
  const M = ctx.lex.markers;
  const p = skipSpacesBack(text, start);
  const since = endingWord(text, p, M.sincePrefix);
  if (since && !endingWord(text, p - since.length, M.sincePrefixBlockPrev))
    return { type: "since", start: p - since.length };
  const until = endingWord(text, p, M.untilPrefix);
  if (until) return { type: "until", start: p - until.length };
  if (isEvent && endingWord(text, p, ctx.lex.eventPrefixAfter)) return { type: "eventAfter", start: p - 1 };
  if (endingWord(text, p, ["早在", "在", "于"])) return { type: "point", start };
  return englishPrefix(ctx, start);
}

/** The suffix after a date at `end` (以来, 之后, 以前, 为止, 期间; 爆发后 for events); 以来 may stand a few words later. */
function suffixAt(
  ctx: ScanCtx,
  end: number,
  limit: number,
  isEvent: boolean,
  hasPrefix: boolean,
): { type: SuffixType | "none"; verb?: "start" | "end"; end: number } {
  const text = ctx.text;
  const lex = ctx.lex;
  let p = skipSpaces(text, end);
  let verb: "start" | "end" | undefined;
  if (isEvent) {
    const vs = startingWord(text, p, lex.eventVerbs.start);
    const ve = vs ? null : startingWord(text, p, lex.eventVerbs.end);
    if (vs || ve) {
      verb = vs ? "start" : "end";
      p += (vs ?? ve ?? "").length;
    }
  }
  const en = englishSinceSuffix(ctx, p);
  if (en >= 0) return { type: "since", verb, end: en };
  for (const s of lex.suffixes) {
    if (!text.startsWith(s.w, p)) continue;
    const block = lex.markers.suffixBlockNext[s.w];
    if (block && startingWord(text, p + s.w.length, block)) continue;
    if (s.type === "sinceWithPrefix" && !hasPrefix) continue;
    return { type: s.type === "sinceWithPrefix" ? "since" : s.type, verb, end: p + s.w.length };
  }
  // 以来 a few words later: 自普京2000年上台以来
  const stop = Math.min(limit, p + 12);
  for (let j = p; j < stop - 1; j++) {
    if (CLAUSE_BREAK.has(text[j])) break;
    if (text[j] === "以" && text[j + 1] === "来") return { type: "since", verb, end: j + 2 };
  }
  return { type: "none", verb, end: verb ? p : end };
}

/** The second half of a range written without a year (6月至8月, 13日至15日) takes the first half's year/month. */
function inherit(b: Atom, aTo: string): { from: string; to: string | null } | null {
  const y = b.yearless;
  const a = parsePartialDate(aTo);
  if (!y || !a) return { from: b.from ?? "", to: b.to };
  if (y.m !== undefined) {
    const yy = a.m !== undefined && y.m < a.m ? a.y + 1 : a.y;
    return spanOf({ y: yy, m: y.m, d: y.d });
  }
  if (y.d !== undefined && a.m !== undefined) {
    const next = a.d !== undefined && y.d < a.d ? addMonths(a.y, a.m, 1) : { y: a.y, m: a.m };
    if (y.d > daysInMonth(next.y, next.m)) return null;
    return spanOf({ ...next, d: y.d });
  }
  return { from: b.from ?? "", to: b.to };
}

/** True when text[a, b) joins two dates into a range (至, 到, -, to, and after between). */
function isConnector(ctx: ScanCtx, a: number, b: number, between: boolean): boolean {
  if (b - a > 12) return false;
  const mid = ctx.text.slice(a, b).trim();
  if (mid.length === 0) return false;
  if (ctx.lex.markers.connectors.includes(mid)) return true;
  return englishConnector(ctx, a, b, between);
}

/**
 * Applies connectors, prefixes and suffixes to the atoms; drops spans with neither end.
 * `has(k)`: whether atom k exists (a lazy scanner scans on to it); `stop`: ends the pass after
 * the first expression it returns true for.
 */
export function combine(
  ctx: ScanCtx,
  has: (k: number) => boolean = (k) => k < ctx.atoms.length,
  stop?: (e: TimeExpression) => boolean,
): TimeExpression[] {
  const { text, atoms } = ctx;
  const out: TimeExpression[] = [];
  let stopped = false;
  const emit = (
    start: number,
    end: number,
    from: string | null,
    to: string | null,
    kind: TimeExpression["kind"],
    bare: boolean,
  ): void => {
    if (from === null && to === null) return;
    const e: TimeExpression = { start, end, from, to, kind, text: text.slice(start, end) };
    if (bare) e.bare = true;
    out.push(e);
    if (stop?.(e)) stopped = true;
  };
  for (let k = 0; !stopped && has(k); k++) {
    const a = atoms[k];
    if (a.fixed) {
      emit(a.start, a.end, a.from, a.to, a.kind, false);
      continue;
    }
    const start = a.start;
    let { end, from, to, kind } = a;
    let ev = a.event;
    let bare = a.bare ?? false;
    // an event name next to a date: 2014年乌克兰危机 (the explicit date wins)
    while (has(k + 1)) {
      const b = atoms[k + 1];
      if (b.fixed || !(ev || b.event) || skipSpaces(text, end) !== b.start) break;
      if (ev && !b.event) {
        ({ from, to, kind } = b);
        ev = undefined;
      }
      end = b.end;
      bare = false;
      k++;
    }
    const pre = prefixAt(ctx, start, ev !== undefined);
    // a range: 2001年至2021年, from 2001 to 2021, between 2001 and 2021
    if (has(k + 1) && !atoms[k + 1].fixed && from !== null) {
      const b = atoms[k + 1];
      if (isConnector(ctx, end, b.start, pre?.type === "between")) {
        const bs = inherit(b, to ?? from);
        if (bs && bs.to !== null && compareDates(from, bs.to, "start", "end") <= 0) {
          k++;
          emit(pre && pre.type !== "point" ? pre.start : start, b.end, from, bs.to, "range", false);
          continue;
        }
      }
    }
    const limit = has(k + 1) ? atoms[k + 1].start : text.length;
    const hasSincePrefix = pre?.type === "since" || pre?.type === "from";
    const suf = suffixAt(ctx, end, limit, ev !== undefined, hasSincePrefix);
    const pt = pre?.type;
    let rFrom = from;
    let rTo = to;
    let rKind = kind;
    const sinceLike = suf.type === "since" || suf.type === "after";
    const openSuffix = suf.type === "none" || suf.type === "point";
    if (sinceLike || (openSuffix && (pt === "since" || pt === "from" || pt === "after" || pt === "eventAfter"))) {
      // since / after an event counts from its end (二战以来 = since 1945) unless it says 爆发 / 开始
      rFrom = ev ? (suf.verb === "start" ? ev.from : (ev.to ?? ev.from)) : from;
      rTo = null;
      rKind = "since";
    } else if (suf.type === "until" || pt === "before") {
      rFrom = null;
      rTo = ev ? (suf.verb === "end" ? ev.to : ev.from) : from;
      rKind = "until";
    } else if (suf.type === "untilTo" || pt === "until") {
      rFrom = null;
      rTo = ev ? (suf.verb === "start" ? ev.from : ev.to) : to;
      rKind = "until";
    } else if (ev && suf.verb) {
      const d = suf.verb === "start" ? ev.from : (ev.to ?? ev.from);
      rFrom = d;
      rTo = d;
    }
    if (suf.type !== "none" || pt !== undefined || suf.verb) bare = false;
    const sStart = pre && pre.type !== "point" ? pre.start : start;
    emit(sStart, Math.max(end, suf.end), rFrom, rTo, rKind, bare);
  }
  return out;
}
