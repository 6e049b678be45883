/**
 * The single Aho–Corasick automaton (leftmost-longest) over every surface form: country names,
 * former names, capitals, demonyms, known leaders, single-character short forms and blockers.
 * Built lazily once per module instance.
 */
import { AhoCorasick } from "@monyone/aho-corasick/greedy";
import { LEADERS, RULES } from "./data";
import { countrySurfaces } from "./gazetteer";
import { nonStates } from "./nonstates";
import { placeNames } from "./places";
import { dotVariants, foldWidth, isAsciiWord } from "./text";

export type CountryVia = "name" | "historical" | "capital" | "demonym";

export type SurfaceEntry =
  | { t: "country"; code: string; via: CountryVia; latin: boolean }
  | { t: "leader"; key: string; code: string; latin: boolean }
  | { t: "short"; code: string; ch: string; latin: false }
  | { t: "block"; latin: boolean };

/** One match: [begin, end) in the text and the keyword found. */
export interface AcMatch {
  begin: number;
  end: number;
  keyword: string;
}

/**
 * The library's greedy (leftmost-longest) automaton, compiled into typed arrays for scanning: the
 * root's transitions are found from one bit per code unit (a character that starts no keyword is
 * skipped with one read) and that bit's rank among the root's sorted transitions (no 256 KB table
 * per automaton: the pipeline runs several, and small tables stay in cache), deeper states keep
 * their transitions sorted by code unit. Same trie, same
 * failure links, same merged keywords, same output as `AhoCorasick#matchInText` (a test checks
 * this); no string is allocated per character.
 */
export class SkippingAhoCorasick extends AhoCorasick {
  /** One bit per code unit that has a root transition (8 KB: stays in cache while scanning). */
  private readonly rootBits = new Int32Array(2048);
  /** Root transitions whose code unit lies below each 32-unit word of `rootBits`. */
  private readonly rootRank = new Int32Array(2048);
  /** Failure state per state. */
  private readonly fail: Int32Array;
  /** The (merged) keyword a state reports, or null. */
  private readonly keywords: (string | null)[];
  /** The length of the keyword a state reports, 0 for none (read while scanning, not the strings). */
  private readonly keywordLength: Int32Array;
  /** State s's transitions are [childStart[s], childStart[s + 1]) in childCode / childNode. */
  private readonly childStart: Int32Array;
  private readonly childCode: Uint16Array;
  private readonly childNode: Int32Array;
  /** The library's own scan is used when the root reports a keyword (an empty keyword). */
  private readonly rootKeyword: boolean;

  constructor(keywords: string[]) {
    super(keywords);
    type Node = typeof this.root;
    const nodes: Node[] = [this.root];
    const ids = new Map<Node, number>([[this.root, 0]]);
    const edges: [number, number][][] = [];
    for (let k = 0; k < nodes.length; k++) {
      const out: [number, number][] = [];
      for (const [ch, next] of nodes[k].entries()) {
        ids.set(next, nodes.length);
        out.push([ch.charCodeAt(0), nodes.length]);
        nodes.push(next);
      }
      out.sort((a, b) => a[0] - b[0]);
      edges.push(out);
    }
    const n = nodes.length;
    this.fail = new Int32Array(n);
    this.keywords = nodes.map((node) => node.value());
    this.keywordLength = Int32Array.from(this.keywords, (k) => (k === null ? 0 : k.length));
    this.childStart = new Int32Array(n + 1);
    let total = 0;
    for (let k = 0; k < n; k++) {
      this.childStart[k] = total;
      total += edges[k].length;
      this.fail[k] = ids.get(this.failure_link.get(nodes[k]) ?? this.root) ?? 0;
    }
    this.childStart[n] = total;
    this.childCode = new Uint16Array(total);
    this.childNode = new Int32Array(total);
    for (let k = 0, at = 0; k < n; k++) {
      for (const [code, id] of edges[k]) {
        this.childCode[at] = code;
        this.childNode[at++] = id;
        if (k === 0) this.rootBits[code >> 5] |= 1 << (code & 31);
      }
    }
    for (let w = 1; w < 2048; w++) this.rootRank[w] = this.rootRank[w - 1] + popCount(this.rootBits[w - 1]);
    this.rootKeyword = this.keywords[0] !== null;
  }

  /**
   * The root's transition on code unit c, whose bit is set: the root's transitions are the first
   * in childNode, sorted by code unit, so the one for c comes after those of the smaller units.
   */
  private rootChild(c: number): number {
    const below = this.rootBits[c >> 5] & ((1 << (c & 31)) - 1);
    return this.childNode[this.rootRank[c >> 5] + popCount(below)];
  }

  /** The transition of state s on code unit c, or -1. */
  private child(s: number, c: number): number {
    let lo = this.childStart[s];
    let hi = this.childStart[s + 1];
    const codes = this.childCode;
    if (hi - lo <= 8) {
      for (; lo < hi; lo++) if (codes[lo] === c) return this.childNode[lo];
      return -1;
    }
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const m = codes[mid];
      if (m === c) return this.childNode[mid];
      if (m < c) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }

  override matchInText(text: string): AcMatch[] {
    if (this.rootKeyword) return super.matchInText(text);
    const flat = this.matchStates(text);
    const out: AcMatch[] = new Array<AcMatch>(flat.length / 3);
    for (let k = 0; k < flat.length; k += 3)
      out[k / 3] = { begin: flat[k], end: flat[k + 1], keyword: this.keywords[flat[k + 2]] as string };
    return out;
  }

  /** How many states the automaton has (state ids run from 0 to this, exclusive). */
  get stateCount(): number {
    return this.keywords.length;
  }

  /** The keyword a state reports (null for states that report none). */
  keywordAt(state: number): string | null {
    return this.keywords[state];
  }

  /**
   * The matches of `matchInText`, flat and without one object per match: [begin, end, state, …],
   * where `keywordAt(state)` is the keyword found.
   */
  matchStates(text: string): number[] {
    if (this.rootKeyword) {
      const byKeyword = new Map<string, number>();
      this.keywords.forEach((k, st) => {
        if (k !== null && !byKeyword.has(k)) byKeyword.set(k, st);
      });
      return super.matchInText(text).flatMap((m) => [m.begin, m.end, byKeyword.get(m.keyword) ?? 0]);
    }
    const rootBits = this.rootBits;
    const fail = this.fail;
    const keywordLength = this.keywordLength;
    // Flat [begin, end, state] triples.
    const candidates: number[] = [];
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let next: number;
      if (state === 0) {
        if ((rootBits[c >> 5] & (1 << (c & 31))) === 0) continue;
        next = this.rootChild(c);
      } else {
        next = this.child(state, c);
        while (next < 0 && state !== 0) {
          state = fail[state];
          if (state !== 0) next = this.child(state, c);
          else next = (rootBits[c >> 5] & (1 << (c & 31))) === 0 ? -1 : this.rootChild(c);
        }
        if (next < 0) {
          state = 0;
          continue;
        }
      }
      state = next;
      const length = keywordLength[state];
      if (length === 0) continue;
      const begin = i + 1 - length;
      const end = i + 1;
      // Leftmost-longest, exactly as the library's greedy variant resolves overlaps.
      for (;;) {
        const n = candidates.length;
        if (n === 0 || candidates[n - 2] <= begin) {
          candidates.push(begin, end, state);
          break;
        }
        if (begin > candidates[n - 3]) break;
        candidates.length = n - 3;
      }
    }
    return candidates;
  }
}

/** The number of bits set in a 32-bit integer. */
function popCount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  v = (v + (v >>> 4)) & 0x0f0f0f0f;
  return Math.imul(v, 0x01010101) >>> 24;
}

export interface Matcher {
  ac: SkippingAhoCorasick;
  entries: Map<string, SurfaceEntry>;
  /** The entry of the keyword each automaton state reports (undefined where none). */
  entryByState: (SurfaceEntry | undefined)[];
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
  // Blockers, non-state group names (黎巴嫩真主党, 哈马斯) and place names (日内瓦): one word each.
  for (const b of [...RULES.blockers, ...nonStates().groupNames, ...placeNames()])
    for (const v of dotVariants(foldWidth(b))) add(v, { t: "block", latin: isLatin(v) });
  const ac = new SkippingAhoCorasick([...entries.keys()]);
  const entryByState: (SurfaceEntry | undefined)[] = [];
  for (let st = 0; st < ac.stateCount; st++) {
    const k = ac.keywordAt(st);
    entryByState.push(k === null ? undefined : entries.get(k));
  }
  return { ac, entries, entryByState, conflicts };
}

/** The shared automaton and its surface table. */
export function matcher(): Matcher {
  cache ??= build();
  return cache;
}
