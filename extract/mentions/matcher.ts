/**
 * The single Aho–Corasick automaton (leftmost-longest) over every surface form: country names,
 * former names, capitals, demonyms, known leaders, single-character short forms and blockers.
 * Built lazily once per module instance.
 */
import { AhoCorasick } from "@monyone/aho-corasick/greedy";
import { LEADERS, RULES } from "./data";
import { countrySurfaces } from "./gazetteer";
import { dotVariants, foldWidth, isAsciiWord } from "./text";

export type CountryVia = "name" | "historical" | "capital" | "demonym";

export type SurfaceEntry =
  | { t: "country"; code: string; via: CountryVia; latin: boolean }
  | { t: "leader"; key: string; code: string; latin: boolean }
  | { t: "short"; code: string; ch: string; latin: false }
  | { t: "block"; latin: boolean };

/**
 * The library's greedy (leftmost-longest) automaton with a faster scanning loop: at the root state a
 * character that starts no keyword is skipped with one typed-array read instead of two Map look-ups
 * and a one-character string allocation. Same trie, same failure links, same output as
 * `AhoCorasick#matchInText` (a test checks this).
 */
export class SkippingAhoCorasick extends AhoCorasick {
  private readonly starts = new Uint8Array(65536);

  constructor(keywords: string[]) {
    super(keywords);
    for (const k of keywords) if (k.length > 0) this.starts[k.charCodeAt(0)] = 1;
  }

  override matchInText(text: string): { begin: number; end: number; keyword: string }[] {
    const root = this.root;
    const failure = this.failure_link;
    const starts = this.starts;
    const candidates: { begin: number; end: number; keyword: string }[] = [];
    let state = root;
    for (let i = 0; i < text.length; i++) {
      const startsHere = starts[text.charCodeAt(i)] === 1;
      if (state === root && !startsHere) continue;
      const ch = text[i];
      let next = state.go(ch);
      while (next === undefined && state !== root) {
        state = failure.get(state) ?? root;
        next = state === root && !startsHere ? undefined : state.go(ch);
      }
      state = next ?? root;
      const keyword = state.value();
      if (keyword === null) continue;
      const begin = i + 1 - keyword.length;
      const end = i + 1;
      // Leftmost-longest, exactly as the library's greedy variant resolves overlaps.
      for (;;) {
        const last = candidates[candidates.length - 1];
        if (last === undefined || last.end <= begin) {
          candidates.push({ begin, end, keyword });
          break;
        }
        if (begin > last.begin) break;
        candidates.pop();
      }
    }
    return candidates;
  }
}

export interface Matcher {
  ac: AhoCorasick;
  entries: Map<string, SurfaceEntry>;
  /** Surfaces defined twice with different meanings (first definition kept), for tests and debugging. */
  conflicts: string[];
}

let cache: Matcher | null = null;

const isLatin = (s: string): boolean => isAsciiWord(s[0]) || isAsciiWord(s[s.length - 1]);

function sameMeaning(a: SurfaceEntry, b: SurfaceEntry): boolean {
  if (a.t !== b.t) return false;
  if (a.t === "country" && b.t === "country") return a.code === b.code;
  if (a.t === "leader" && b.t === "leader") return a.key === b.key;
  return true;
}

function build(): Matcher {
  const entries = new Map<string, SurfaceEntry>();
  const conflicts: string[] = [];
  const add = (surface: string, entry: SurfaceEntry): void => {
    if (surface.length === 0) return;
    const prev = entries.get(surface);
    if (prev) {
      if (!sameMeaning(prev, entry)) conflicts.push(surface);
      return;
    }
    entries.set(surface, entry);
  };
  const surfaces = countrySurfaces();
  const byVia: [CountryVia, (s: (typeof surfaces)[number]) => string[]][] = [
    ["name", (s) => s.name],
    ["historical", (s) => s.historical],
    ["capital", (s) => s.capital],
    ["demonym", (s) => s.demonym],
  ];
  for (const [via, pick] of byVia) {
    for (const s of surfaces) for (const n of pick(s)) add(n, { t: "country", code: s.code, via, latin: isLatin(n) });
  }
  for (const l of LEADERS) {
    for (const n of [...l.zh, ...l.en]) {
      for (const v of dotVariants(foldWidth(n)))
        add(v, { t: "leader", key: `leader:${l.slug}`, code: l.state, latin: isLatin(v) });
    }
  }
  for (const [ch, code] of Object.entries(RULES.shortForms)) add(ch, { t: "short", code, ch, latin: false });
  for (const b of RULES.blockers) for (const v of dotVariants(foldWidth(b))) add(v, { t: "block", latin: isLatin(v) });
  return { ac: new SkippingAhoCorasick([...entries.keys()]), entries, conflicts };
}

/** The shared automaton and its surface table. */
export function matcher(): Matcher {
  cache ??= build();
  return cache;
}
