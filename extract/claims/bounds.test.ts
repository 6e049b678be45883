import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findMentions } from "../mentions/index";
import { boundSentences } from "../text/bounds";
import { splitSentences } from "../text/sentences";
import { capMentions, capTriggers, CLAIM_CAPS } from "./bounds";

const SEEDS = join(import.meta.dirname, "..", "..", "seeds");

describe("capMentions", () => {
  it("keeps the first mentions of each clause and sentence of a long state list, and says so", () => {
    const text = "中国、俄罗斯、美国、日本、".repeat(60) + "结盟。" + "朝鲜和越南，".repeat(40) + "结盟。";
    const sentences = boundSentences(splitSentences(text), []);
    const mentions = findMentions(text);
    const notes: string[] = [];
    const kept = capMentions(sentences, mentions, notes);
    const first = sentences[0];
    const inFirst = kept.filter((m) => m.end <= first.end);
    expect(inFirst).toEqual(mentions.slice(0, CLAIM_CAPS.mentionsPerClause));
    // The second sentence has 80 mentions over 40 clauses: the sentence cap keeps all 80 and no clause passes its cap.
    expect(kept.filter((m) => m.start >= sentences[1].start)).toEqual(
      mentions.filter((m) => m.start >= sentences[1].start),
    );
    expect(notes).toEqual([
      `sentence at 0–${first.end}: 240 mentions, 48 paired (at most 48 a clause, 128 a sentence)`,
    ]);
  });

  it("passes the seeds' mentions untouched (the same array)", () => {
    for (const name of readdirSync(SEEDS)) {
      const text = readFileSync(join(SEEDS, name), "utf8");
      const mentions = findMentions(text);
      const notes: string[] = [];
      expect(capMentions(splitSentences(text), mentions, notes)).toBe(mentions);
      expect(notes).toEqual([]);
    }
  });
});

describe("capTriggers", () => {
  it("reads the first triggers of a sentence past the cap and notes the cut", () => {
    const s = { start: 10, end: 20, text: "x" };
    const notes: string[] = [];
    const many = Array.from({ length: 30 }, (_, i) => i);
    expect(capTriggers(s, many, notes)).toEqual(many.slice(0, CLAIM_CAPS.triggersPerSentence));
    expect(notes).toEqual(["sentence at 10–20: 30 relation triggers, the first 24 read"]);
    expect(capTriggers(s, [1, 2], [])).toEqual([1, 2]);
  });
});
