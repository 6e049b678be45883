import { describe, expect, it } from "vitest";
import { lexicon } from "./lexicon";
import { SuffixTable, WordTrie, startsWithSome } from "./words";

describe("WordTrie.longestPrefix", () => {
  const trie = new WordTrie(["中国", "中国人", "中", "美国", "俄罗斯联邦"]);
  it.each<[string, number, string | null]>([
    ["中国人民", 0, "中国人"],
    ["中国政府", 0, "中国"],
    ["中方表示", 0, "中"],
    ["俄罗斯总统", 0, null],
    ["与美国合作", 1, "美国"],
    ["", 0, null],
  ])("%s from %i → %s", (text, from, want) => {
    expect(trie.longestPrefix(text, from)).toBe(want);
  });

  it("gives what a scan of the list gives, on the role lexicon", () => {
    const words = lexicon().roles.subjectPrefixes;
    const scan = (s: string): string | null => {
      let best: string | null = null;
      for (const w of words) if (s.startsWith(w) && (best === null || w.length > best.length)) best = w;
      return best;
    };
    for (const s of ["据报道，俄罗斯", "此外中国", "同时美国也", "俄罗斯", "在此背景下印度"]) {
      expect(new WordTrie(words).longestPrefix(s)).toBe(scan(s));
    }
  });
});

describe("startsWithSome", () => {
  it.each<[string, string[], boolean]>([
    ["并且表示", ["并", "但"], true],
    ["中国表示", ["并", "但"], false],
    ["anything", [""], true],
  ])("%s with %j → %s", (s, words, want) => {
    expect(startsWithSome(s, words)).toBe(want);
  });
});

describe("SuffixTable.longestSuffix", () => {
  const table = new SuffixTable([
    { word: "对于", value: "topic" },
    { word: "对", value: "target" },
    { word: "向", value: "target" },
    { word: "遭到", value: "passive" },
    { word: "对", value: "object" },
  ]);
  it.each<[string, string | null]>([
    ["美国对", "target"],
    ["至于对于", "topic"],
    ["多次遭到", "passive"],
    ["并且", null],
    ["", null],
  ])("%s → %s", (gap, want) => {
    expect(table.longestSuffix(gap)).toBe(want);
  });
});
