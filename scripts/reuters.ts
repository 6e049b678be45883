/**
 * Reads Reuters-21578 SGML (../shared/corpora/reuters21578): one record per story, in file order,
 * with its fields unescaped and its <DATE> as YYYY-MM-DD. Shared by the English eval documents and
 * the English bench.
 *
 * @example
 * for (const s of reutersStories(join(corpora, "reuters21578"))) console.log(s.id, s.published);
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface ReutersStory {
  /** NEWID */
  id: number;
  title: string;
  dateline: string;
  /** The body without its closing "REUTER" signature; "" when the story has none. */
  body: string;
  /** From <DATE>, or null when it is missing. */
  published: string | null;
}

const MONTHS: Record<string, string> = {
  JAN: "01",
  FEB: "02",
  MAR: "03",
  APR: "04",
  MAY: "05",
  JUN: "06",
  JUL: "07",
  AUG: "08",
  SEP: "09",
  OCT: "10",
  NOV: "11",
  DEC: "12",
};

function unescapeSgml(s: string): string {
  return s
    .replace(/&#(\d+);/g, (_, n: string) => {
      const code = Number(n);
      return code < 32 && code !== 10 ? "" : String.fromCharCode(code);
    })
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

function field(block: string, tag: string): string {
  const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(block);
  return m ? unescapeSgml(m[1]) : "";
}

/** Every story of the reut2-NNN.sgm files in `dir`, in file order. */
export function* reutersStories(dir: string): Generator<ReutersStory> {
  const decoder = new TextDecoder("latin1");
  for (const name of readdirSync(dir).sort()) {
    if (!/^reut2-\d+\.sgm$/.test(name)) continue;
    const sgml = decoder.decode(readFileSync(join(dir, name)));
    for (const m of sgml.matchAll(/<REUTERS [^>]*NEWID="(\d+)"[^>]*>([\s\S]*?)<\/REUTERS>/g)) {
      const block = m[2];
      const date = /<DATE>\s*(\d{1,2})-([A-Z]{3})-(\d{4})/.exec(block);
      yield {
        id: Number(m[1]),
        title: field(block, "TITLE").trim(),
        dateline: field(block, "DATELINE").trim(),
        body: field(block, "BODY")
          .replace(/\s*\bREUTER\s*$/i, "")
          .trim(),
        published: date ? `${date[3]}-${MONTHS[date[2]]}-${date[1].padStart(2, "0")}` : null,
      };
    }
  }
}
