/**
 * A tiny mention finder for the claims unit tests (a few surfaces → states), so rule tests do not
 * depend on the full gazetteer. Not used by the pipeline.
 */
import { AhoCorasick } from "@monyone/aho-corasick/greedy";
import type { CleanDocument, Mention, Sentence } from "../types";

const TABLE: Record<string, { states: string[]; via: Mention["via"]; kind?: Mention["kind"] }> = {
  中国: { states: ["CHN"], via: "name" },
  中方: { states: ["CHN"], via: "demonym" },
  北京: { states: ["CHN"], via: "capital" },
  俄罗斯: { states: ["RUS"], via: "name" },
  俄国: { states: ["RUS"], via: "historical" },
  苏联: { states: ["RUS"], via: "historical" },
  俄方: { states: ["RUS"], via: "demonym" },
  莫斯科: { states: ["RUS"], via: "capital" },
  美国: { states: ["USA"], via: "name" },
  美方: { states: ["USA"], via: "demonym" },
  美军: { states: ["USA"], via: "demonym" },
  华盛顿: { states: ["USA"], via: "capital" },
  白宫: { states: ["USA"], via: "capital" },
  五角大楼: { states: ["USA"], via: "capital" },
  日本: { states: ["JPN"], via: "name" },
  朝鲜: { states: ["PRK"], via: "name" },
  朝: { states: ["PRK"], via: "short" },
  平壤: { states: ["PRK"], via: "capital" },
  韩国: { states: ["KOR"], via: "name" },
  乌克兰: { states: ["UKR"], via: "name" },
  伊朗: { states: ["IRN"], via: "name" },
  以色列: { states: ["ISR"], via: "name" },
  哈萨克斯坦: { states: ["KAZ"], via: "name" },
  印度: { states: ["IND"], via: "name" },
  巴基斯坦: { states: ["PAK"], via: "name" },
  英国: { states: ["GBR"], via: "name" },
  法国: { states: ["FRA"], via: "name" },
  德国: { states: ["DEU"], via: "name" },
  越南: { states: ["VNM"], via: "name" },
  台湾: { states: ["TWN"], via: "name" },
  澳大利亚: { states: ["AUS"], via: "name" },
  土耳其: { states: ["TUR"], via: "name" },
  叙利亚: { states: ["SYR"], via: "name" },
  伊拉克: { states: ["IRQ"], via: "name" },
  菲律宾: { states: ["PHL"], via: "name" },
  柬埔寨: { states: ["KHM"], via: "name" },
  波兰: { states: ["POL"], via: "name" },
  中俄: { states: ["CHN", "RUS"], via: "joint" },
  俄朝: { states: ["RUS", "PRK"], via: "joint" },
  中日: { states: ["CHN", "JPN"], via: "joint" },
  俄乌: { states: ["RUS", "UKR"], via: "joint" },
  美以: { states: ["USA", "ISR"], via: "joint" },
  中美: { states: ["CHN", "USA"], via: "joint" },
  美日: { states: ["USA", "JPN"], via: "joint" },
  美韩: { states: ["USA", "KOR"], via: "joint" },
  英法: { states: ["GBR", "FRA"], via: "joint" },
  普京: { states: ["RUS"], via: "leader", kind: "leader" },
  拉夫罗夫: { states: ["RUS"], via: "leader", kind: "leader" },
  习近平: { states: ["CHN"], via: "leader", kind: "leader" },
  王毅: { states: ["CHN"], via: "leader", kind: "leader" },
  特朗普: { states: ["USA"], via: "leader", kind: "leader" },
  拜登: { states: ["USA"], via: "leader", kind: "leader" },
  金正恩: { states: ["PRK"], via: "leader", kind: "leader" },
};

const ac = new AhoCorasick(Object.keys(TABLE));

/** Mentions of the surfaces in TABLE, leftmost-longest. */
export function testMentions(norm: string): Mention[] {
  return ac.matchInText(norm).map((m) => {
    const e = TABLE[m.keyword];
    const kind = e.kind ?? "country";
    const states = e.states.map((s) => `country:${s}`);
    return {
      kind,
      key: kind === "leader" ? `leader:${m.keyword}` : states.length === 1 ? states[0] : `country:${e.states[0]}`,
      states,
      start: m.begin,
      end: m.end,
      surface: m.keyword,
      via: e.via,
    };
  });
}

/** A CleanDocument around a text (norm = text), for tests. */
export function testDoc(text: string, published: string | null = "2025-01-01", id = "t.txt"): CleanDocument {
  return {
    id,
    charset: "UTF-8",
    format: "txt",
    title: "",
    published,
    publishedSource: "page",
    lang: "zh",
    text,
    norm: text,
    dropped: [],
  };
}

/** The whole text as one sentence per line (for rule tests on single sentences). */
export function lines(text: string): Sentence[] {
  const out: Sentence[] = [];
  let pos = 0;
  for (const line of text.split("\n")) {
    if (line.length > 0) out.push({ start: pos, end: pos + line.length, text: line });
    pos += line.length + 1;
  }
  return out;
}
