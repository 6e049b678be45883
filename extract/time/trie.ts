/**
 * A small character trie for lexicon look-ups at a position: longest match, ASCII letters compared
 * case-insensitively, a space in a key matching any run of whitespace, and English keys held to
 * word boundaries. Walking it at every position of a text stays linear (keys are short).
 */

interface TrieNode<T> {
  /** Children by code unit (lower-cased for ASCII letters; a space stands for any whitespace run). */
  next: Map<number, TrieNode<T>>;
  values: T[];
}

/** The child key of a key character: its code unit, ASCII letters lower-cased; -1 for a character of two code units (no text position can match it). */
function keyCode(ch: string): number {
  if (ch.length !== 1) return -1;
  const c = ch.charCodeAt(0);
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** A match of a key at a position. */
export interface TrieMatch<T> {
  end: number;
  /** All values stored under the matched key (several entries may share a key). */
  values: T[];
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isWordChar(c: number): boolean {
  return isAsciiLetter(c) || (c >= 48 && c <= 57);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000;
}

function lower(ch: string): string {
  const c = ch.charCodeAt(0);
  return c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : ch;
}

export class Trie<T> {
  private readonly root: TrieNode<T> = { next: new Map<number, TrieNode<T>>(), values: [] };
  private readonly first = new Set<string>();
  /** `first` by code unit, one bit each. */
  private readonly firstCodes = new Int32Array(2048);

  /** Adds `key` (ASCII letters folded to lower case, whitespace runs to one space). */
  add(key: string, value: T): void {
    const k = key.trim().replace(/\s+/g, " ");
    if (k.length === 0) return;
    let node = this.root;
    for (const raw of k) {
      const ch = keyCode(raw);
      let nxt = node.next.get(ch);
      if (!nxt) {
        nxt = { next: new Map(), values: [] };
        node.next.set(ch, nxt);
      }
      node = nxt;
    }
    node.values.push(value);
    const f = lower(k[0]);
    this.first.add(f);
    if (f !== k[0]) this.first.add(k[0]);
    for (const ch of [f, k[0]]) {
      const c = ch.charCodeAt(0);
      if (ch.length === 1) this.firstCodes[c >> 5] |= 1 << (c & 31);
    }
  }

  /** True when some key starts with this character (cheap pre-check before `longestAt`). */
  startsWith(ch: string): boolean {
    return this.first.has(ch);
  }

  /** `startsWith` for the code unit `c`. */
  startsWithCode(c: number): boolean {
    return (this.firstCodes[c >> 5] & (1 << (c & 31))) !== 0;
  }

  /**
   * The longest key matching text at `i`. Keys that begin (end) with an ASCII letter or digit only
   * match where the text has no letter/digit just before (after) them.
   */
  longestAt(text: string, i: number): TrieMatch<T> | null {
    let node = this.root;
    let best: TrieMatch<T> | null = null;
    let j = i;
    const startsWord = isWordChar(text.charCodeAt(i));
    if (startsWord && i > 0 && isWordChar(text.charCodeAt(i - 1))) return null;
    while (j < text.length) {
      const c = text.charCodeAt(j);
      let nxt: TrieNode<T> | undefined;
      if (isSpace(c)) {
        nxt = node.next.get(32);
        if (!nxt) break;
        j++;
        while (j < text.length && isSpace(text.charCodeAt(j))) j++;
      } else {
        nxt = node.next.get(c >= 65 && c <= 90 ? c + 32 : c);
        if (!nxt) break;
        j++;
      }
      node = nxt;
      if (node.values.length > 0) {
        const endsWord = isWordChar(text.charCodeAt(j - 1));
        if (!endsWord || j >= text.length || !isWordChar(text.charCodeAt(j))) best = { end: j, values: node.values };
      }
    }
    return best;
  }
}
