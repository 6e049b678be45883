/**
 * English time expressions, resolved to spans of partial dates with the same model as the Chinese
 * path (extract/time): points ("in 1896", "on 25 December 1978"), open spans ("since 2014", "until
 * 1977"), decades ("in the 1960s"), centuries, ranges ("from 1939 to 1945"), dates relative to the
 * publication date ("last June", "on Nov. 13", "yesterday", "for seven years now", "two years ago"),
 * anniversaries ("the 40th anniversary") and named eras ("the Second World War").
 */
import type { PartialDate } from "../schema/graph";
import { addMonths, daysInMonth, formatDate, parsePartialDate, type DateParts } from "../time/date";
import type { TimeExpression } from "../time/types";
import type { ClaimTime } from "../types";
import { LEXICON } from "./data";

const MONTH_NAMES = Object.keys(LEXICON.months).sort((a, b) => b.length - a.length);
const MONTH = `(${MONTH_NAMES.map((m) => m[0].toUpperCase() + m.slice(1)).join("|")})\\.?`;
const NUMBER_WORDS = Object.keys(LEXICON.numbers).sort((a, b) => b.length - a.length);
const NUM = `(\\d{1,3}|(?:${NUMBER_WORDS.join("|")})(?:-(?:${NUMBER_WORDS.join("|")}))?)`;
const ORDINAL_WORDS = Object.keys(LEXICON.ordinals).sort((a, b) => b.length - a.length);
const ORD = `(\\d{1,3}(?:st|nd|rd|th)|${ORDINAL_WORDS.join("|")})`;
const YEAR = "(1[0-9]\\d\\d|20\\d\\d)";
const UNIT_AFTER =
  /^\s*(?:pct|per\s?cent|percent|%|mln|million|billion|bln|dlrs?|dollars?|tonnes?|tons?|bags|barrels|gmt|hours|kilos|kms?|miles|yen|marks|francs|pounds|crowns|shares|points|troops|soldiers|people)\b/i;

function monthNumber(s: string): number {
  return LEXICON.months[s.toLowerCase().replace(/\.$/, "")] ?? 0;
}

function numberValue(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  const parts = s.toLowerCase().split("-");
  let n = 0;
  for (const p of parts) {
    const v = LEXICON.numbers[p];
    if (v === undefined) return null;
    n += v;
  }
  return n;
}

function ordinalValue(s: string): number | null {
  const m = /^(\d+)(?:st|nd|rd|th)$/i.exec(s);
  if (m) return Number(m[1]);
  return LEXICON.ordinals[s.toLowerCase()] ?? null;
}

function fmt(p: DateParts): PartialDate | null {
  return formatDate(p);
}

interface Ref {
  y: number;
  m?: number;
  d?: number;
  date: PartialDate;
}

function refOf(published: PartialDate | null): Ref | null {
  if (!published) return null;
  const p = parsePartialDate(published);
  return p ? { ...p, date: published } : null;
}

/** The year of a month-day with no year: the one nearest the publication date. */
function yearForMonthDay(ref: Ref, month: number): number {
  if (ref.m === undefined) return ref.y;
  const diff = month - ref.m;
  if (diff > 6) return ref.y - 1;
  if (diff < -6) return ref.y + 1;
  return ref.y;
}

type Rule = {
  re: RegExp;
  make: (m: RegExpExecArray, ref: Ref | null) => Omit<TimeExpression, "start" | "end" | "text"> | null;
};

const RULES: Rule[] = [
  // since December 1978 / since 2014 / ever since 1949
  {
    re: new RegExp(`\\b[Ss]ince (?:(?:early |late |mid-?)?${MONTH} (?:of )?)?${YEAR}\\b`, "g"),
    make: (m, ref) => {
      const from = fmt({ y: Number(m[2]), ...(m[1] ? { m: monthNumber(m[1]) } : {}) });
      return { from, to: ref?.date ?? null, kind: "since" };
    },
  },
  // until / till / up to 1977
  {
    re: new RegExp(`\\b(?:[Uu]ntil|[Tt]ill|[Uu]p to|[Tt]hrough) (?:${MONTH} )?${YEAR}\\b`, "g"),
    make: (m) => ({
      from: null,
      to: fmt({ y: Number(m[2]), ...(m[1] ? { m: monthNumber(m[1]) } : {}) }),
      kind: "until",
    }),
  },
  // from 1939 to 1945 / between 1960 and 1969 / 1939-1945
  {
    re: new RegExp(`\\b(?:[Ff]rom |[Bb]etween )?${YEAR} ?(?:to|and|until|-|–|—) ?${YEAR}\\b`, "g"),
    make: (m) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      if (b < a || b - a > 200) return null;
      return { from: fmt({ y: a }), to: fmt({ y: b }), kind: "range" };
    },
  },
  // 25 December 1978 / 25 and 26 December 1979 / 5th of December, 1978
  {
    re: new RegExp(
      `\\b(\\d{1,2})(?:st|nd|rd|th)?(?: (?:and|-|to) \\d{1,2}(?:st|nd|rd|th)?)? (?:of )?${MONTH},? ${YEAR}\\b`,
      "g",
    ),
    make: (m) => {
      const d = fmt({ y: Number(m[3]), m: monthNumber(m[2]), d: Number(m[1]) });
      return d ? { from: d, to: d, kind: "point" } : null;
    },
  },
  // December 25, 1978 / Nov. 13, 1987
  {
    re: new RegExp(`\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?,? ${YEAR}\\b`, "g"),
    make: (m) => {
      const d = fmt({ y: Number(m[3]), m: monthNumber(m[1]), d: Number(m[2]) });
      return d ? { from: d, to: d, kind: "point" } : null;
    },
  },
  // July 1986 / December of 1978 / spring of 1940
  {
    re: new RegExp(`\\b(?:early |late |mid-?)?${MONTH} (?:of )?${YEAR}\\b`, "g"),
    make: (m) => {
      const d = fmt({ y: Number(m[2]), m: monthNumber(m[1]) });
      return d ? { from: d, to: d, kind: "point" } : null;
    },
  },
  // in the 1960s / the early 1980s / the mid-1970s
  {
    re: /\b(?:the )?(early |mid-?|late )?(1\d\d|20\d)0['’]?s\b/g,
    make: (m) => {
      const base = Number(m[2]) * 10;
      const part = (m[1] ?? "").trim().replace(/-$/, "");
      const [a, b] = part === "early" ? [0, 3] : part === "mid" ? [4, 6] : part === "late" ? [7, 9] : [0, 9];
      return { from: fmt({ y: base + a }), to: fmt({ y: base + b }), kind: "decade" };
    },
  },
  // the 19th century / the nineteenth century
  {
    re: new RegExp(`\\bthe (early |late |mid-?)?${ORD} century\\b`, "gi"),
    make: (m) => {
      const n = ordinalValue(m[2]);
      if (n === null || n < 1 || n > 21) return null;
      return { from: fmt({ y: (n - 1) * 100 }), to: fmt({ y: n * 100 - 1 }), kind: "century" };
    },
  },
  // the 40th anniversary
  {
    re: new RegExp(`\\b${ORD} anniversary\\b`, "gi"),
    make: (m, ref) => {
      const n = ordinalValue(m[1]);
      if (n === null || !ref) return null;
      const y = fmt({ y: ref.y - n });
      return { from: y, to: y, kind: "anniversary" };
    },
  },
  // two years ago / a decade ago
  {
    re: new RegExp(`\\b${NUM} (years?|decades?|months?) ago\\b`, "gi"),
    make: (m, ref) => {
      const n = numberValue(m[1]);
      if (n === null || !ref) return null;
      if (/^month/i.test(m[2])) {
        if (ref.m === undefined) return null;
        const r = addMonths(ref.y, ref.m, -n);
        const d = fmt({ y: r.y, m: r.m });
        return { from: d, to: d, kind: "relative" };
      }
      const y = fmt({ y: ref.y - n * (/^decade/i.test(m[2]) ? 10 : 1) });
      return { from: y, to: y, kind: "relative" };
    },
  },
  // for seven years now / for the past two years / over the last decade / in the past 10 years
  {
    re: new RegExp(`\\b(?:for|over|in|during)( the)?( past| last)? (?:${NUM} )?(years?|decades?)( now)?\\b`, "gi"),
    make: (m, ref) => {
      if (!ref) return null;
      const n = m[3] ? numberValue(m[3]) : 1;
      if (n === null) return null;
      const span = n * (/^decade/i.test(m[4]) ? 10 : 1);
      const recent = !!m[2] || !!m[5];
      if (!recent && !m[3]) return null;
      if (recent) return { from: fmt({ y: ref.y - span }), to: ref.date, kind: "since" };
      return { from: null, to: ref.date, kind: "until" };
    },
  },
  // last June / next March / this month / last year / earlier this month
  {
    re: new RegExp(
      `\\b(last|next|this|earlier this|later this|early this|late last) (year|month|week|spring|summer|autumn|fall|winter|${MONTH_NAMES.filter((x) => x.length > 3).join("|")})\\b`,
      "gi",
    ),
    make: (m, ref) => {
      if (!ref) return null;
      const which = m[1].toLowerCase();
      const unit = m[2].toLowerCase();
      const dir = which === "next" ? 1 : which.endsWith("last") ? -1 : 0;
      if (unit === "year") {
        const y = fmt({ y: ref.y + dir });
        return { from: y, to: y, kind: "relative" };
      }
      if (ref.m === undefined) {
        const y = fmt({ y: ref.y });
        return { from: y, to: y, kind: "relative" };
      }
      if (unit === "month") {
        const r = addMonths(ref.y, ref.m, dir);
        const d = fmt({ y: r.y, m: r.m });
        return { from: d, to: d, kind: "relative" };
      }
      if (unit === "week")
        return { from: fmt({ y: ref.y, m: ref.m }), to: fmt({ y: ref.y, m: ref.m }), kind: "relative" };
      const month = monthNumber(unit);
      if (month > 0) {
        let y = ref.y;
        if (dir < 0 && month >= ref.m) y -= 1;
        if (dir > 0 && month <= ref.m) y += 1;
        const d = fmt({ y, m: month });
        return { from: d, to: d, kind: "relative" };
      }
      const y = fmt({
        y: ref.y + (dir < 0 && unit !== "winter" ? (ref.m <= 6 ? -1 : 0) : dir > 0 ? (ref.m >= 6 ? 1 : 0) : 0),
      });
      return { from: y, to: y, kind: "relative" };
    },
  },
  // on Nov. 13 / April 17 / on 23 June (no year: the nearest to the publication date)
  {
    re: new RegExp(
      `\\b(?:${MONTH} (\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH})\\b(?!,? \\d{4})`,
      "g",
    ),
    make: (m, ref) => {
      if (!ref) return null;
      const month = monthNumber(m[1] ?? m[4]);
      const day = Number(m[2] ?? m[3]);
      if (!month || day < 1 || day > 31) return null;
      const y = yearForMonthDay(ref, month);
      const d = fmt({ y, m: month, d: Math.min(day, daysInMonth(y, month)) });
      return d ? { from: d, to: d, kind: "relative" } : null;
    },
  },
  // yesterday / today / tomorrow / on Monday
  {
    re: new RegExp(
      `\\b(yesterday|today|tomorrow|tonight|(?:on |last |next )?(?:${LEXICON.weekdays.map((w) => w[0].toUpperCase() + w.slice(1)).join("|")}))\\b`,
      "g",
    ),
    make: (_m, ref) => (ref ? { from: ref.date, to: ref.date, kind: "relative" } : null),
  },
  // in 1896 / the 1976 agreement (a bare year)
  {
    re: new RegExp(`(?<![\\d,.$£-])\\b${YEAR}\\b(?![\\d,]\\d)`, "g"),
    make: (m) => ({ from: fmt({ y: Number(m[1]) }), to: fmt({ y: Number(m[1]) }), kind: "point" }),
  },
];

const ERA_RE = new RegExp(
  `\\b(?:the )?(${LEXICON.eras
    .flatMap((e) => e.names)
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|")})\\b`,
  "g",
);

/** A time expression; `attributive` when it modifies a noun ("the 1976 Berne Agreement"). */
export interface EnglishTime extends TimeExpression {
  attributive?: boolean;
}

const ATTRIBUTIVE_BEFORE = /\b(?:the|a|an|its|their|his|her|this|that)\s+$/i;
const ATTRIBUTIVE_AFTER = /^\s+(?!and\b|to\b|or\b|when\b|until\b|through\b)[\p{L}]/u;

/**
 * Time expressions in an English text, resolved against the publication date (relative forms are
 * dropped when it is unknown). Overlapping matches keep the earliest, then longest.
 *
 * @example
 * findEnglishTimes("Vietnamese forces invaded Kampuchea on 25 December 1978.", "1980")
 * // [{ from: "1978-12-25", to: "1978-12-25", kind: "point", text: "25 December 1978", … }]
 */
export function findEnglishTimes(text: string, published: PartialDate | null): EnglishTime[] {
  const ref = refOf(published);
  const found: TimeExpression[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (rule === RULES[RULES.length - 1] && UNIT_AFTER.test(text.slice(end, end + 12))) continue;
      const r = rule.make(m, ref);
      if (r && (r.from !== null || r.to !== null)) found.push({ ...r, start, end, text: m[0] });
    }
  }
  ERA_RE.lastIndex = 0;
  for (let m = ERA_RE.exec(text); m; m = ERA_RE.exec(text)) {
    const era = LEXICON.eras.find((e) => e.names.includes(m![1]));
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (!era || /\b(?:post|pre)-$/i.test(before)) continue;
    const dated = /\b(?:during|in|since|after|before|until|throughout|by|of)\s+$/i.test(before);
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      from: era.from,
      to: era.to,
      kind: "era",
      text: m[0],
      ...(dated ? {} : { bare: true }),
    });
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: EnglishTime[] = [];
  for (const t of found) {
    const last = out[out.length - 1];
    if (last && t.start < last.end) continue;
    const attributive =
      t.kind === "point" &&
      ATTRIBUTIVE_BEFORE.test(text.slice(Math.max(0, t.start - 8), t.start)) &&
      ATTRIBUTIVE_AFTER.test(text.slice(t.end, t.end + 3));
    out.push(attributive ? { ...t, attributive } : t);
  }
  return out;
}

/**
 * The time of a claim whose trigger sits at `at` (an offset in the same text as `times`): the
 * nearest dated expression, preferring one in the trigger's clause (from `clauseStart`); a year
 * modifying a noun dates only that noun; else the publication date (source "document"); else a
 * bare era name (the Cold War as a topic); else none.
 */
export function timeAt(
  times: EnglishTime[],
  at: number,
  clauseStart: number,
  published: PartialDate | null,
): ClaimTime {
  let best: TimeExpression | null = null;
  let bestScore = Infinity;
  for (const t of times) {
    if (t.bare) continue;
    if (t.attributive && !(at >= t.end && at - t.end <= 30)) continue;
    const dist = t.end <= at ? at - t.end : t.start >= at ? t.start - at : 0;
    const inClause = t.start >= clauseStart;
    const score = dist * (inClause ? 1 : 2) * (t.start > at ? 1.5 : 1);
    if (score < bestScore) {
      bestScore = score;
      best = t;
    }
  }
  if (best) return { start: best.from, end: best.to, source: "text" };
  if (published) return { start: published, end: published, source: "document" };
  best = times.find((t) => t.bare) ?? null;
  if (best) return { start: best.from, end: best.to, source: "text" };
  return { start: null, end: null, source: "none" };
}
