/**
 * A small character trie for lexicon look-ups at a position: longest match, ASCII letters compared
 * case-insensitively, a space in a key matching any run of whitespace, and English keys held to
 * word boundaries. Walking it at every position of a text stays linear (keys are short).
 */

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[];
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
  private readonly root: TrieNode<T> = { next: new Map(), values: [] };
  private readonly first = new Set<string>();

  /** Adds `key` (ASCII letters folded to lower case, whitespace runs to one space). */
  add(key: string, value: T): void {
    const k = key.trim().replace(/\s+/g, " ");
    if (k.length === 0) return;
    let node = this.root;
    for (const raw of k) {
      const ch = lower(raw);
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
  }

  /** True when some key starts with this character (cheap pre-check before `longestAt`). */
  startsWith(ch: string): boolean {
    return this.first.has(ch);
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
        nxt = node.next.get(" ");
        if (!nxt) break;
        j++;
        while (j < text.length && isSpace(text.charCodeAt(j))) j++;
      } else {
        nxt = node.next.get(lower(text[j]));
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
