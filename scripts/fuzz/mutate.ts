/**
 * Seeded mutations of a document for the fuzz harness: byte flips, truncation, punctuation removal,
 * nesting (tags, quotes), long lists of state names, duplication and re-encoding (GBK, Big5,
 * UTF-16LE/BE with or without BOM, via iconv-lite). Deterministic for a given seed.
 */
import iconv from "iconv-lite";

/** The project's one seeded generator (mulberry32, [0, 1)). */
export { seededRandom as rng } from "../../extract/eval/sample";

export interface Mutation {
  name: string;
  apply: (bytes: Uint8Array, r: () => number) => Uint8Array;
}

const enc = new TextEncoder();
const dec = (b: Uint8Array): string => new TextDecoder().decode(b);
const int = (r: () => number, n: number): number => Math.floor(r() * n);
const STATES = ["中国", "俄罗斯", "美国", "日本", "朝鲜", "越南", "法国", "英国", "德国", "印度", "China", "Russia"];

function onText(f: (text: string, r: () => number) => string): Mutation["apply"] {
  return (bytes, r) => enc.encode(f(dec(bytes), r));
}

export const MUTATIONS: Mutation[] = [
  {
    name: "flip-bytes",
    apply: (bytes, r) => {
      const out = bytes.slice();
      const n = 1 + int(r, 64);
      for (let i = 0; i < n && out.length > 0; i++) out[int(r, out.length)] ^= 1 << int(r, 8);
      return out;
    },
  },
  { name: "truncate", apply: (bytes, r) => bytes.slice(0, int(r, bytes.length + 1)) },
  { name: "no-punctuation", apply: onText((t) => t.replace(/[\p{P}\s]+/gu, "")) },
  {
    name: "nest-tags",
    apply: onText((t, r) => {
      const tag = ["div", "table", "span", "li", "b"][int(r, 5)];
      const n = 1000 + int(r, 50_000);
      return `<${tag}>`.repeat(n) + t + `</${tag}>`.repeat(int(r, 2) === 0 ? n : int(r, n));
    }),
  },
  {
    name: "nest-quotes",
    apply: onText((t, r) => {
      const n = 1000 + int(r, 30_000);
      const at = int(r, t.length);
      return t.slice(0, at) + "“「（".repeat(n) + t.slice(at) + "）」”".repeat(int(r, n));
    }),
  },
  {
    name: "long-list",
    apply: onText((t, r) => {
      const n = 100 + int(r, 20_000);
      const list = Array.from({ length: n }, () => STATES[int(r, STATES.length)]).join(int(r, 2) ? "、" : "和");
      const at = int(r, t.length);
      return t.slice(0, at) + list + "结盟" + t.slice(at);
    }),
  },
  {
    name: "repeat",
    apply: onText((t, r) => {
      const at = int(r, t.length);
      const piece = t.slice(at, at + 1 + int(r, 200));
      return t.slice(0, at) + piece.repeat(1 + int(r, 3000)) + t.slice(at);
    }),
  },
  {
    name: "re-encode",
    apply: (bytes, r) => {
      const charset = ["gbk", "big5", "utf16le", "utf16be"][int(r, 4)];
      const body = iconv.encode(dec(bytes), charset, { addBOM: int(r, 2) === 0 });
      return new Uint8Array(body);
    },
  },
];

/** One to three mutations, chosen and applied with `r`; returns the bytes and the names applied. */
export function mutate(bytes: Uint8Array, r: () => number): { bytes: Uint8Array; applied: string[] } {
  const applied: string[] = [];
  let out = bytes;
  const n = 1 + int(r, 3);
  for (let i = 0; i < n; i++) {
    const m = MUTATIONS[int(r, MUTATIONS.length)];
    out = m.apply(out, r);
    applied.push(m.name);
  }
  return { bytes: out, applied };
}
