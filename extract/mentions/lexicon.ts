/**
 * Word lists from countries.rules.json indexed for O(1) look-ups at a text position: lists keyed by
 * their first (or, for prefixes, last) character, longest first.
 */
import { RULES } from "./data";

/** Words grouped by first character, each group longest first. */
export class WordIndex {
  /** By the first code unit. */
  private readonly byFirst = new Map<number, string[]>();

  constructor(words: Iterable<string>) {
    for (const w of new Set(words)) {
      if (w === "") continue;
      const list = this.byFirst.get(w.charCodeAt(0)) ?? [];
      list.push(w);
      this.byFirst.set(w.charCodeAt(0), list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  /** The longest word that starts at `pos` in `text`, or null. */
  longestAt(text: string, pos: number): string | null {
    const list = this.byFirst.get(text.charCodeAt(pos));
    if (!list) return null;
    for (const w of list) if (text.startsWith(w, pos)) return w;
    return null;
  }
}

/** Words grouped by last character, each group longest first. */
export class SuffixIndex {
  /** By the last code unit. */
  private readonly byLast = new Map<number, string[]>();

  constructor(words: Iterable<string>) {
    for (const w of new Set(words)) {
      if (w === "") continue;
      const last = w.charCodeAt(w.length - 1);
      const list = this.byLast.get(last) ?? [];
      list.push(w);
      this.byLast.set(last, list);
    }
    for (const list of this.byLast.values()) list.sort((a, b) => b.length - a.length);
  }

  /** The longest word that ends right before `pos` in `text`, or null. */
  longestEndingAt(text: string, pos: number): string | null {
    if (pos <= 0) return null;
    const list = this.byLast.get(text.charCodeAt(pos - 1));
    if (!list) return null;
    for (const w of list) if (pos - w.length >= 0 && text.startsWith(w, pos - w.length)) return w;
    return null;
  }
}

export interface ShortFormLexicon {
  /** Short character → ISO3 code. */
  shortForms: Map<string, string>;
  prefixOnly: Set<string>;
  jointOnly: Set<string>;
  jointOverrides: Map<string, string[]>;
  /** Actor suffixes and breakers together, so the longest word at a position decides. */
  suffixWords: WordIndex;
  breakers: Set<string>;
  defaultSuffixes: Set<string>;
  charSuffixes: Map<string, Set<string>>;
  prefixWords: SuffixIndex;
  defaultPrefixes: Set<string>;
  prefixBlockers: Set<string>;
  charPrefixes: Map<string, Set<string>>;
  jointStrong: WordIndex;
  jointWeak: WordIndex;
  particles: Set<string>;
  weakStart: Set<string>;
  weakOpeners: Set<string>;
  headlineShortForms: Set<string>;
  precedingBlockers: Set<string>;
  /** Short forms that may open a clause as its subject before a verb, with the verbs each refuses. */
  subjectForms: Map<string, Set<string>>;
  subjectVerbs: WordIndex;
  ambiguous: Map<string, string[]>;
  contextOnly: Set<string>;
}

let cache: ShortFormLexicon | null = null;

function build(): ShortFormLexicon {
  const charSuffixes = new Map(Object.entries(RULES.charSuffixes).map(([k, v]) => [k, new Set(v)] as const));
  const charPrefixes = new Map(Object.entries(RULES.charPrefixes).map(([k, v]) => [k, new Set(v)] as const));
  const allSuffixes = [...RULES.suffixes, ...RULES.suffixBreakers, ...Object.values(RULES.charSuffixes).flat()];
  const allPrefixes = [...RULES.prefixes, ...Object.values(RULES.charPrefixes).flat()];
  return {
    shortForms: new Map(Object.entries(RULES.shortForms)),
    prefixOnly: new Set(RULES.prefixOnly),
    jointOnly: new Set(RULES.jointOnly),
    jointOverrides: new Map(Object.entries(RULES.jointOverrides)),
    suffixWords: new WordIndex(allSuffixes),
    breakers: new Set(RULES.suffixBreakers),
    defaultSuffixes: new Set(RULES.suffixes),
    charSuffixes,
    prefixWords: new SuffixIndex(allPrefixes),
    defaultPrefixes: new Set(RULES.prefixes),
    prefixBlockers: new Set(RULES.prefixBlockers),
    charPrefixes,
    jointStrong: new WordIndex(RULES.jointStrong),
    jointWeak: new WordIndex(RULES.jointWeak),
    particles: new Set(RULES.boundaryParticles),
    weakStart: new Set(RULES.weakStart),
    weakOpeners: new Set(RULES.weakOpeners),
    headlineShortForms: new Set(RULES.headlineShortForms),
    precedingBlockers: new Set(RULES.precedingBlockers),
    subjectForms: new Map(Object.entries(RULES.subjectForms).map(([k, v]) => [k, new Set(v)] as const)),
    subjectVerbs: new WordIndex(RULES.subjectVerbs),
    ambiguous: new Map(Object.entries(RULES.ambiguousShortForms)),
    contextOnly: new Set(RULES.contextOnlyShortForms),
  };
}

/** The short-form grammar, built once. */
export function shortFormLexicon(): ShortFormLexicon {
  cache ??= build();
  return cache;
}
