import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { boundSentences, MAX_SENTENCE_CHARS } from "./bounds";
import { splitSentences } from "./sentences";

const SEEDS = join(import.meta.dirname, "..", "..", "seeds");

describe("boundSentences", () => {
  it("cuts a page without punctuation into pieces that cover it, at most the bound each", () => {
    const text = "中国和俄罗斯结盟".repeat(5000);
    const notes: string[] = [];
    const out = boundSentences(splitSentences(text), notes);
    expect(out.length).toBe(Math.ceil(text.length / MAX_SENTENCE_CHARS));
    expect(out.every((s) => s.text.length <= MAX_SENTENCE_CHARS)).toBe(true);
    expect(out.map((s) => s.text).join("")).toBe(text);
    for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(notes).toEqual([
      `sentence at 0–40000 (40000 characters) cut into ${out.length} pieces of at most 1500 characters`,
    ]);
  });

  it("cuts after a list comma or space in the second half of the window, never inside a surrogate pair", () => {
    const list = "中国、俄罗斯、美国、日本、".repeat(200);
    const out = boundSentences(splitSentences(list), []);
    expect(out.slice(0, -1).every((s) => s.text.endsWith("、"))).toBe(true);
    const emoji = "😀".repeat(2000);
    const pieces = boundSentences(splitSentences(emoji), [], 101);
    expect(pieces.every((s) => s.text.length % 2 === 0)).toBe(true);
    expect(pieces.map((s) => s.text).join("")).toBe(emoji);
  });

  it("leaves the seeds' sentences as they are (the same array)", () => {
    for (const name of readdirSync(SEEDS)) {
      const sentences = splitSentences(readFileSync(join(SEEDS, name), "utf8"));
      const notes: string[] = [];
      expect(boundSentences(sentences, notes)).toBe(sentences);
      expect(notes).toEqual([]);
    }
  });
});

describe("splitSentences on the fuzz case seed13-case753 (nested quotes, repeated)", () => {
  it("stays linear with 10⁵ open quotation marks and unmatched closers", () => {
    const unit = "“".repeat(2000) + "中国和俄罗斯结盟。" + "」".repeat(2000);
    const time = (n: number): number => {
      const text = unit.repeat(n);
      const t0 = performance.now();
      const out = splitSentences(text);
      expect(out.length).toBeGreaterThan(0);
      return performance.now() - t0;
    };
    time(2);
    const small = time(4);
    const large = time(32);
    expect(large).toBeLessThan(Math.max(50, small) * 20);
  });
});
