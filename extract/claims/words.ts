/**
 * Word-list look-ups for the claim rules without scanning the whole list at each call: the longest
 * listed word a text starts with (a character trie), and the role of the longest listed word a text
 * ends with. Each list is compiled once, on first use.
 */

interface Node {
  next: Map<number, Node>;
  /** The listed word ending here, or null. */
  word: string | null;
}

/** A set of words for longest-prefix look-ups. */
export class WordTrie {
  private readonly root: Node = { next: new Map(), word: null };

  constructor(words: readonly string[]) {
    for (const w of words) {
      let node = this.root;
      for (let i = 0; i < w.length; i++) {
        const c = w.charCodeAt(i);
        let nxt = node.next.get(c);
        if (!nxt) {
          nxt = { next: new Map(), word: null };
          node.next.set(c, nxt);
        }
        node = nxt;
      }
      node.word ??= w;
    }
  }

  /**
   * The longest word `s` starts with at `from`, or null: what scanning the list for
   * `s.startsWith(w, from)` and keeping the longest gives.
   */
  longestPrefix(s: string, from = 0): string | null {
    let node: Node | undefined = this.root;
    let best = node.word;
    for (let i = from; i < s.length; i++) {
      node = node.next.get(s.charCodeAt(i));
      if (node === undefined) break;
      if (node.word !== null) best = node.word;
    }
    return best;
  }
}

const tries = new WeakMap<readonly string[], WordTrie>();

/** The trie of a word list (built on first use; the list must not change afterwards). */
export function wordTrie(words: readonly string[]): WordTrie {
  let t = tries.get(words);
  if (!t) {
    t = new WordTrie(words);
    tries.set(words, t);
  }
  return t;
}

/** Whether `s` starts with one of `words` (`words.some((w) => s.startsWith(w))`). */
export function startsWithSome(s: string, words: readonly string[]): boolean {
  return wordTrie(words).longestPrefix(s) !== null;
}

const derived = new WeakMap<object, string[]>();

/** A word list derived once from a lexicon object (the object must not change afterwards). */
export function derivedWords<T extends object>(from: T, make: (x: T) => string[]): string[] {
  let w = derived.get(from);
  if (!w) {
    w = make(from);
    derived.set(from, w);
  }
  return w;
}

/**
 * Values keyed by words, looked up by the longest word a text ends with. Among words of one length
 * the first entry given wins, as a scan of the entries (sorted longest first) would find it.
 */
export class SuffixTable<T> {
  private readonly byWord = new Map<string, T>();
  /** Distinct word lengths, longest first. */
  private readonly lengths: number[];

  constructor(entries: readonly { word: string; value: T }[]) {
    const lengths = new Set<number>();
    for (const { word, value } of entries) {
      if (!this.byWord.has(word)) this.byWord.set(word, value);
      lengths.add(word.length);
    }
    this.lengths = [...lengths].sort((a, b) => b - a);
  }

  /** The value of the longest word `s` ends with, or null. */
  longestSuffix(s: string): T | null {
    for (const len of this.lengths) {
      if (len > s.length) continue;
      const v = this.byWord.get(len === 0 ? "" : s.slice(s.length - len));
      if (v !== undefined) return v;
    }
    return null;
  }
}
