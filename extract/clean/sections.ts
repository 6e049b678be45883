/**
 * Rules over runs of blocks: a "相关文章 / 相关推荐 / 往期回顾…" heading starts a related-articles
 * section that runs until article text resumes (two body paragraphs in a row) or the page ends;
 * a "参考资料" heading starts a reference list that runs while lines look like references.
 */
import { findDates } from "../meta/dates";
import { LEX, charStats, endsSentence, isBodyLike } from "./markers";

function headingCore(m: string): string {
  let core = m.trim().replace(/[\s:：>»›|·•\-—_()（）[\]【】]+$/, "");
  let changed = true;
  while (changed) {
    changed = false;
    for (const tail of LEX.headingTails) {
      if (core.length > tail.length && core.endsWith(tail)) {
        core = core.slice(0, -tail.length).replace(/[\s:：>»›|·•\-—_()（）[\]【】]+$/, "");
        changed = true;
      }
    }
  }
  return core.replace(/^[\s#*•·【[(（]+/, "").replace(/[\]】)）]+$/, "");
}

const firstChars = new WeakMap<readonly string[], Set<number> | null>();

/**
 * Whether `m` may contain one of `headings`: some character of it starts one (null set: a heading
 * is empty, so any text may).
 */
function mayContain(m: string, headings: readonly string[]): boolean {
  let set = firstChars.get(headings);
  if (set === undefined) {
    set = headings.includes("") ? null : new Set(headings.map((h) => h.charCodeAt(0)));
    firstChars.set(headings, set);
  }
  if (set === null) return true;
  for (let i = 0; i < m.length; i++) if (set.has(m.charCodeAt(i))) return true;
  return false;
}

function matchesHeading(m: string, headings: readonly string[]): boolean {
  if (m.length > 24 || /[.。]$/.test(m)) return false;
  // The core is a slice of m, and a match starts with a heading: m must contain one.
  if (!mayContain(m, headings)) return false;
  const core = headingCore(m);
  if (!core) return false;
  for (const h of headings) {
    if (core === h) return true;
    if (core.startsWith(h) && core.length <= h.length + 3) return true;
  }
  return false;
}

/** "相关文章更多", "往期回顾 全部", "热点推荐", "猜你喜欢". */
export function isRelatedHeading(m: string): boolean {
  return matchesHeading(m, LEX.relatedHeadings);
}

/** "参考资料", "参考文献：". */
export function isReferenceHeading(m: string): boolean {
  return matchesHeading(m, LEX.referenceHeadings);
}

/** A line of a reference list: a short line with a date, a numbered entry, a 《title》 or a URL. */
export function isReferenceItem(m: string): boolean {
  if (m.length > 160) return false;
  if (LEX.footerStarts.startOf(m.replace(/^[\s【[(（]+/, ""))) return false;
  if (m.length > 80 && /[。]$/.test(m)) return false;
  return (
    findDates(m).length > 0 ||
    /^\s*(?:\[\d+\]|\d{1,3}[.、)]|[-*•])/.test(m) ||
    /《[^》]+》/.test(m) ||
    /https?:\/\//.test(m)
  );
}

/**
 * Running article text, as opposed to a related-list entry: long, punctuated, ending a sentence,
 * mostly Chinese or words, not link-heavy.
 */
export function isResumedBody(text: string, linkDensity: number): boolean {
  if (!isBodyLike(text) || text.length < 50 || linkDensity >= 0.3) return false;
  if (!endsSentence(text)) return false;
  const { han, words } = charStats(text);
  return han + words * 2 >= text.length * 0.5;
}
