/**
 * The boilerplate lexicons (extract/data/boilerplate.json) and small text measures shared by the
 * cleaning rules. Markers are compared with a block's matching form: Simplified, half-width,
 * lower case.
 */
import data from "../data/boilerplate.json";

/**
 * A list of markers matched by substring; markers written in Latin letters match whole words only
 * ("app" must not fire inside "appreciate").
 */
export class MarkerSet {
  private readonly plain: string[] = [];
  private readonly words: RegExp | null;
  private readonly wordList: string[] = [];
  private readonly wordRes: RegExp[];
  /** Plain marker indices by their first code unit, ascending. */
  private readonly byFirst = new Map<number, number[]>();
  /** One bit per code unit that starts some plain marker. */
  private readonly firsts = new Int32Array(2048);
  /** Index of the first empty plain marker (contained in every text), or -1. */
  private empty = -1;
  /** Scratch for `count`: 1 for the markers seen in the current text (all 0 between calls). */
  private readonly seen: Uint8Array;
  constructor(readonly markers: readonly string[]) {
    for (const m of markers) {
      const k = m.toLowerCase();
      if (/^[a-z][a-z .'-]*[a-z]$/.test(k)) this.wordList.push(k);
      else this.plain.push(k);
    }
    this.words = this.wordList.length ? new RegExp(`\\b(?:${this.wordList.map(escapeRegExp).join("|")})\\b`) : null;
    this.wordRes = this.wordList.map((w) => new RegExp(`\\b${escapeRegExp(w)}\\b`));
    this.seen = new Uint8Array(this.plain.length);
    this.plain.forEach((m, k) => {
      if (m.length === 0) {
        if (this.empty < 0) this.empty = k;
        return;
      }
      const c = m.charCodeAt(0);
      const list = this.byFirst.get(c);
      if (list) list.push(k);
      else this.byFirst.set(c, [k]);
      this.firsts[c >> 5] |= 1 << (c & 31);
    });
  }

  /** Whether some plain marker starts with code unit `c`. */
  private starts(c: number): boolean {
    return (this.firsts[c >> 5] & (1 << (c & 31))) !== 0;
  }

  /** The first marker `text` contains, or null. */
  find(text: string): string | null {
    // The earliest marker in list order that occurs anywhere, as `plain.find(includes)` would give:
    // one scan over the text, stopping once the first marker of the list is found.
    let best = this.empty < 0 ? this.plain.length : this.empty;
    for (let i = 0; i < text.length && best > 0; i++) {
      const c = text.charCodeAt(i);
      if (!this.starts(c)) continue;
      for (const k of this.byFirst.get(c) as number[]) if (k < best && text.startsWith(this.plain[k], i)) best = k;
    }
    if (best < this.plain.length) return this.plain[best];
    if (this.words) {
      const w = this.words.exec(text);
      if (w) return w[0];
    }
    return null;
  }

  /** How many distinct markers `text` contains. */
  count(text: string): number {
    const seen = this.seen;
    const touched: number[] = [];
    if (this.empty >= 0)
      for (let k = 0; k < this.plain.length; k++) if (this.plain[k] === "" && seen[k] === 0) touched.push(k);
    for (const k of touched) seen[k] = 1;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (!this.starts(c)) continue;
      for (const k of this.byFirst.get(c) as number[]) {
        if (seen[k] === 0 && text.startsWith(this.plain[k], i)) {
          seen[k] = 1;
          touched.push(k);
        }
      }
    }
    let n = touched.length;
    for (const k of touched) seen[k] = 0;
    if (this.words && this.words.test(text)) for (const re of this.wordRes) if (re.test(text)) n++;
    return n;
  }

  /** The first marker `text` starts with (a Latin marker as a whole word), or null. */
  startOf(text: string): string | null {
    if (this.empty >= 0) {
      for (const m of this.plain) if (text.startsWith(m)) return m;
    } else if (text.length > 0 && this.byFirst.has(text.charCodeAt(0))) {
      for (const k of this.byFirst.get(text.charCodeAt(0)) as number[])
        if (text.startsWith(this.plain[k])) return this.plain[k];
    }
    for (const w of this.wordList) {
      if (text.startsWith(w) && !/[a-z]/.test(text.charAt(w.length))) return w;
    }
    return null;
  }

  /** `text` with every marker replaced by a space. */
  remove(text: string): string {
    let out = text;
    for (const m of this.plain) out = out.split(m).join(" ");
    if (this.words) out = out.replace(new RegExp(this.words.source, "g"), " ");
    return out;
  }
}

const lower = (xs: readonly string[]): string[] => xs.map((x) => x.toLowerCase());

/** The compiled lexicons of extract/data/boilerplate.json. */
export const LEX = {
  relatedHeadings: lower(data.relatedHeadings),
  headingTails: lower(data.headingTails),
  referenceHeadings: lower(data.referenceHeadings),
  qaLabels: new Set(lower(data.qaLabels)),
  navWords: lower(data.navWords),
  share: new MarkerSet(data.shareMarkers),
  footerStarts: new MarkerSet(data.footerStarts),
  footerAnywhere: new MarkerSet(data.footerAnywhere),
  sourceLabels: lower(data.sourceLabels),
  counterLabels: lower(data.counterLabels),
  counterUnits: lower(data.counterUnits),
  ads: new MarkerSet(data.adMarkers),
  captions: new MarkerSet(data.captionMarkers),
  titleMarkers: data.titleMarkers,
  headerLabels: lower(data.headerLabels),
};

/** The first marker `text` contains, or null. */
export function findAny(text: string, markers: readonly string[]): string | null {
  for (const m of markers) if (text.includes(m)) return m;
  return null;
}

/** A CJK unified ideograph (basic block, extension A, compatibility). */
export function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/** Counts of Han characters, Latin letters, digits and Latin words in `text`. */
export function charStats(text: string): { han: number; latin: number; digits: number; words: number } {
  let han = 0;
  let latin = 0;
  let digits = 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) {
      // The common case first: a Han character (not Latin, not a digit).
      han++;
      inWord = false;
      continue;
    }
    const isLatin = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);
    if (isLatin) {
      latin++;
      if (!inWord) words++;
      inWord = true;
      continue;
    }
    inWord = false;
    if (c >= 0x30 && c <= 0x39) digits++;
    else if (isHan(c)) han++;
  }
  return { han, latin, digits, words };
}

/** Sentence punctuation inside a block (a line without any reads as a label, menu or headline). */
export const CLAUSE_PUNCT = /[，。；：！？,;!?、]/;
/** Punctuation that ends a sentence. */
export const SENTENCE_END = /[。！？!?…”」』"）)]$|\.$/;

/** SENTENCE_END.test(text), by the last character. */
export function endsSentence(text: string): boolean {
  switch (text.charCodeAt(text.length - 1)) {
    case 0x3002: // 。
    case 0xff01: // ！
    case 0xff1f: // ？
    case 0x21: // !
    case 0x3f: // ?
    case 0x2026: // …
    case 0x201d: // ”
    case 0x300d: // 」
    case 0x300f: // 』
    case 0x22: // "
    case 0xff09: // ）
    case 0x29: // )
    case 0x2e: // .
      return true;
    default:
      return false;
  }
}

/** A block long enough and punctuated like running text. */
export function isBodyLike(text: string): boolean {
  return text.length >= 40 && CLAUSE_PUNCT.test(text);
}

/** No letter, digit or Han character at all. */
export function hasNoWords(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(text);
}

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
