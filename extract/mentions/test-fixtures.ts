/**
 * Test helpers (not pipeline code): build a CleanDocument and sentences from plain text the way the
 * clean and sentence stages do, closely enough for mention tests. Node-only (reads seed files).
 */
import { readFileSync } from "node:fs";
import type { CleanDocument, Sentence } from "../types";
import { foldWidth } from "./text";

/** A CleanDocument over `text` with `norm` = full-width folded text (the test texts are Simplified). */
export function makeDoc(text: string, id = "test.txt"): CleanDocument {
  return {
    id,
    charset: "UTF-8",
    format: "txt",
    title: "",
    published: null,
    publishedSource: "none",
    lang: "zh",
    text,
    norm: foldWidth(text),
    dropped: [],
  };
}

/** Sentences split after 。！？!?; and at line ends. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    const endHere = i === text.length || ch === "\n" || "。！？!?；".includes(ch);
    if (!endHere) continue;
    const end = i === text.length || ch === "\n" ? i : i + 1;
    if (text.slice(start, end).trim() !== "") out.push({ start, end, text: text.slice(start, end) });
    start = i + 1;
  }
  return out;
}

/** A seed file with markup crudely stripped: tags removed, blank lines dropped. */
export function seedDoc(file: string): { doc: CleanDocument; sentences: Sentence[] } {
  const raw = readFileSync(new URL(`../../seeds/${file}`, import.meta.url), "utf8");
  const text = raw
    .replace(/<[^>]*>/g, "")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "")
    .join("\n");
  const doc = makeDoc(text, file);
  return { doc, sentences: splitSentences(text) };
}

/** Minimal CSV row splitter (double-quoted fields may hold commas and "" escapes). */
function csvRow(line: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** A CSV file with a header row as records. */
export function readCsv(path: string): Record<string, string>[] {
  const [head, ...rows] = readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "");
  const cols = csvRow(head);
  return rows.map((r) => Object.fromEntries(csvRow(r).map((v, i) => [cols[i], v])));
}
