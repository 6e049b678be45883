/**
 * Tables of contents: a numbered list near the top of a page whose entries come back later as the
 * headings of the sections they announce (a broadcast's "本期节目主要内容" list, a digest's 目录).
 * The entries say again, in headline shorthand, what the sections say in full, so they are dropped.
 */

/** A kept block as the table-of-contents rule sees it. */
export interface TocLine {
  text: string;
  kind: "heading" | "paragraph" | "item";
}

/** An entry number: 1. / 1、 / （1） / (1). */
const ENTRY_MARK = /^(?:\d{1,2}[.．、]|[（(]\d{1,2}[)）])\s*/;
/** A trailing note in brackets after an entry (（《新闻联播》 20230412 21:00）). */
const TRAILING_NOTE = /[（(][^（）()]*[)）]\s*$/;
const TRAILING_PUNCT = /[；;。，,、：:\s]+$/;
/** Section headings are short; running text is not compared. */
const MAX_HEADING = 100;
/** Shorter shared starts are not evidence. */
const MIN_SHARED = 8;
/** Fewer matched entries are no table of contents. */
const MIN_ENTRIES = 3;
/** Entries looked at (bounds the work on pages made of long numbered lists). */
const MAX_ENTRIES = 200;

function key(text: string): string {
  let t = text.replace(ENTRY_MARK, "");
  const note = t.replace(TRAILING_NOTE, "");
  if (note.replace(TRAILING_PUNCT, "").length >= 2) t = note;
  return t.replace(TRAILING_PUNCT, "").replace(/\s+/g, "");
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
  const matched = entries.filter((e) => {
    if (e.key.length === 0) return false;
    for (let j = e.last + 1; j < lines.length; j++) {
      const l = lines[j];
      if (l.text.length > MAX_HEADING || ENTRY_MARK.test(l.text)) continue;
      if (announces(e.key, key(l.text))) return true;
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
