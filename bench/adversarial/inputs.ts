/**
 * The adversarial inputs of issue 13, each generated at any size (UTF-8 bytes, approximately:
 * whole repeats only). Shared by `npm run bench:adversarial`, the fuzz harness and the unit tests
 * that check the extraction stays linear. Seed text comes from `seeds/` in the repository.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { SourceFile } from "../../extract/types";

const ROOT = join(import.meta.dirname, "..", "..");

/** One adversarial input: a name, what it is, and a builder for a given byte size. */
export interface AdversarialInput {
  name: string;
  about: string;
  build: (bytes: number) => SourceFile;
}

const enc = new TextEncoder();

const size = (s: string): number => enc.encode(s).length;

/** `unit` repeated (the last repeat cut at a code point) to at most `bytes` UTF-8 bytes, between head and tail. */
function repeatTo(unit: string, bytes: number, head = "", tail = ""): string {
  const room = Math.max(size(unit), bytes - size(head + tail));
  const whole = Math.floor(room / size(unit));
  let body = unit.repeat(whole);
  let left = room - whole * size(unit);
  for (const ch of unit) {
    const n = size(ch);
    if (n > left) break;
    body += ch;
    left -= n;
  }
  return head + body + tail;
}

/** `open` × n + `core` + `close` × n, with n chosen for about `bytes` UTF-8 bytes. */
function nestTo(open: string, core: string, close: string, bytes: number): string {
  const n = Math.max(1, Math.floor((bytes - size(core)) / size(open + close)));
  return open.repeat(n) + core + close.repeat(n);
}

function file(id: string, text: string): SourceFile {
  return { id, bytes: enc.encode(text) };
}

/** The seed documents' text, concatenated. */
export function seedText(): string {
  const dir = join(ROOT, "seeds");
  return readdirSync(dir)
    .filter((n) => n.endsWith(".txt"))
    .sort()
    .map((n) => readFileSync(join(dir, n), "utf8"))
    .join("\n");
}

/** Every punctuation mark and line break removed (Unicode P* and whitespace). */
export function withoutPunctuation(text: string): string {
  return text.replace(/[\p{P}\s]+/gu, "");
}

const STATES = ["中国", "俄罗斯", "美国", "日本", "法国", "英国", "德国", "印度", "朝鲜", "越南", "伊朗", "土耳其"];

/** A deterministic mixed CJK/Latin line (no line break, little punctuation). */
function mixedLine(bytes: number): string {
  const parts = [
    "中国和俄罗斯",
    " alliance ",
    "结盟",
    "USA",
    " and Japan signed ",
    "条约",
    "1945",
    " opposes ",
    "法国",
  ];
  let out = "";
  let i = 0;
  let size = 0;
  while (size < bytes) {
    const p = parts[(i * 7 + (i >> 3)) % parts.length];
    out += p;
    size += enc.encode(p).length;
    i++;
  }
  return out;
}

export const ADVERSARIAL_INPUTS: AdversarialInput[] = [
  {
    name: "clause-repeated",
    about: '"中国和俄罗斯结盟" repeated, no punctuation',
    build: (b) => file("clause.txt", repeatTo("中国和俄罗斯结盟", b)),
  },
  {
    name: "seeds-no-punct",
    about: "the seeds with punctuation and line breaks removed",
    build: (b) => file("seeds-np.txt", repeatTo(withoutPunctuation(seedText()), b)),
  },
  {
    name: "state-list",
    about: "state names in one sentence (10⁴ at 125 KB), joined by 、",
    build: (b) => file("states.txt", repeatTo(STATES.join("、") + "、", b, "", "结盟。")),
  },
  { name: "ones", about: '"1" repeated (English path)', build: (b) => file("ones.txt", "1".repeat(b)) },
  { name: "a", about: '"a" repeated', build: (b) => file("a.txt", "a".repeat(b)) },
  { name: "zhong-e", about: '"中俄" repeated', build: (b) => file("zhonge.txt", repeatTo("中俄", b)) },
  {
    name: "nested-tags",
    about: "nested <div> tags (10⁵ at 1 MB), text inside",
    build: (b) => file("nested.html", nestTo("<div>", "中国和俄罗斯结盟。", "</div>", b)),
  },
  {
    name: "nested-quotes",
    about: "nested quotes “…「… (10⁵ at 1 MB) around a clause",
    build: (b) => file("quotes.txt", nestTo("“中国说「", "中国和俄罗斯结盟", "」”", b)),
  },
  { name: "mixed-line", about: "one line of mixed CJK and Latin", build: (b) => file("mixed.txt", mixedLine(b)) },
];
