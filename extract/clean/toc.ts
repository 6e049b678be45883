/**
 * Tables of contents: a numbered list near the top of a page whose entries come back later as the
 * headings of the sections they announce (a broadcast's "本期节目主要内容" list, a digest's 目录).
 * The entries say again, in headline shorthand, what the sections say in full, so they are dropped.
 */
import { isJsSpace } from "../ingest/whitespace";

/** A kept block as the table-of-contents rule sees it. */
export interface TocLine {
  text: string;
  kind: "heading" | "paragraph" | "item";
}

/** An entry number: 1. / 1、 / （1） / (1). */
const ENTRY_MARK = /^(?:\d{1,2}[.．、]|[（(]\d{1,2}[)）])\s*/;
/** A trailing note in brackets after an entry (（《新闻联播》 20230412 21:00）). */
const TRAILING_NOTE = /[（(][^（）()]*[)）]\s*$/;
/** Section headings are short; running text is not compared. */
const MAX_HEADING = 100;
/** Shorter shared starts are not evidence. */
const MIN_SHARED = 8;
/** Fewer matched entries are no table of contents. */
const MIN_ENTRIES = 3;
/** Entries looked at (bounds the work on pages made of long numbered lists). */
const MAX_ENTRIES = 200;

/** Length of `t` once trailing ；;。，,、：: and whitespace are stripped (/[；;。，,、：:\s]+$/). */
function trimmedEnd(t: string): number {
  let end = t.length;
  for (; end > 0; end--) {
    const c = t.charCodeAt(end - 1);
    if (isJsSpace(c)) continue;
    // ；;。，,、：:
    if (c === 0xff1b || c === 0x3b || c === 0x3002 || c === 0xff0c || c === 0x2c || c === 0x3001 || c === 0xff1a)
      continue;
    if (c === 0x3a) continue;
    break;
  }
  return end;
}

function key(text: string): string {
  let t = text.replace(ENTRY_MARK, "");
  const last = t.charCodeAt(t.length - 1);
  // TRAILING_NOTE needs a closing bracket at the end (spaces aside).
  if (last === 0x29 || last === 0xff09 || isJsSpace(last)) {
    const note = t.replace(TRAILING_NOTE, "");
    if (trimmedEnd(note) >= 2) t = note;
  }
  t = t.slice(0, trimmedEnd(t));
  for (let i = 0; i < t.length; i++) if (isJsSpace(t.charCodeAt(i))) return t.replace(/\s+/g, "");
  return t;
}

/** The first code unit of `text` that is not JavaScript whitespace (the first of its key), or -1. */
function firstNonSpace(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isJsSpace(c)) return c;
  }
  return -1;
}

function announces(entry: string, heading: string): boolean {
  if (entry === heading) return true;
  if (heading.length >= MIN_SHARED && entry.startsWith(heading)) return true;
  return entry.length >= MIN_SHARED && heading.startsWith(entry);
}

/**
 * The indices of the lines that form a table of contents: from its label line (本期节目主要内容：)
 * through its last entry, when at least three numbered entries (an entry ending in "：" may continue
 * on the next line) announce later headings or short lines.
 *
 * @example
 * tableOfContents([{ text: "主要内容：", kind: "paragraph" }, { text: "1.甲国与乙国举行会谈；", kind: "paragraph" }, …])
 */
export function tableOfContents(lines: TocLine[]): number[] {
  const entries: { first: number; last: number; key: string }[] = [];
  for (let i = 0; i < lines.length && entries.length < MAX_ENTRIES; i++) {
    if (lines[i].kind === "heading" || !ENTRY_MARK.test(lines[i].text)) continue;
    let last = i;
    let text = lines[i].text;
    const next = lines[i + 1];
    if (/[:：]\s*$/.test(text) && next && next.kind !== "heading" && !ENTRY_MARK.test(next.text)) {
      text += next.text;
      last = i + 1;
    }
    entries.push({ first: i, last, key: key(text) });
  }
  if (entries.length < MIN_ENTRIES) return [];
  // The keys of the lines after the first entry, each computed once, indexed so that an entry is
  // compared only with the keys that can announce it: an equal key, or (for keys of MIN_SHARED
  // characters or more) one sharing its first MIN_SHARED characters — a prefix of the entry, or
  // the entry a prefix of it. Each index keeps the line numbers it came from, in order.
  // A key equal to an entry's, or sharing its first characters, starts with the same character:
  // lines starting with a character no entry key starts with are never looked up.
  const firsts = new Set<number>();
  for (const e of entries) if (e.key.length > 0) firsts.add(e.key.charCodeAt(0));
  const exact = new Map<string, number[]>();
  const byStart = new Map<string, { key: string; line: number }[]>();
  for (let j = entries[0].last + 1; j < lines.length; j++) {
    const text = lines[j].text;
    if (text.length > MAX_HEADING || !firsts.has(firstNonSpace(text)) || ENTRY_MARK.test(text)) continue;
    const k = key(text);
    const at = exact.get(k);
    if (at) at.push(j);
    else exact.set(k, [j]);
    if (k.length >= MIN_SHARED) {
      const start = k.slice(0, MIN_SHARED);
      const list = byStart.get(start);
      if (list) list.push({ key: k, line: j });
      else byStart.set(start, [{ key: k, line: j }]);
    }
  }
  const matched = entries.filter((e) => {
    if (e.key.length === 0) return false;
    const same = exact.get(e.key);
    if (same && same[same.length - 1] > e.last) return true;
    if (e.key.length < MIN_SHARED) return false;
    for (const c of byStart.get(e.key.slice(0, MIN_SHARED)) ?? []) {
      if (c.line > e.last && announces(e.key, c.key)) return true;
    }
    return false;
  });
  if (matched.length < MIN_ENTRIES) return [];
  let from = matched[0].first;
  const to = matched[matched.length - 1].last;
  const label = lines[from - 1];
  if (label && label.kind !== "heading" && label.text.length <= 16 && /[:：]\s*$/.test(label.text)) from--;
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}
