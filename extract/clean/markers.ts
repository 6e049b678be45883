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
  constructor(readonly markers: readonly string[]) {
    for (const m of markers) {
      const k = m.toLowerCase();
      if (/^[a-z][a-z .'-]*[a-z]$/.test(k)) this.wordList.push(k);
      else this.plain.push(k);
    }
    this.words = this.wordList.length ? new RegExp(`\\b(?:${this.wordList.map(escapeRegExp).join("|")})\\b`) : null;
    this.wordRes = this.wordList.map((w) => new RegExp(`\\b${escapeRegExp(w)}\\b`));
  }

  /** The first marker `text` contains, or null. */
  find(text: string): string | null {
    for (const m of this.plain) if (text.includes(m)) return m;
    if (this.words) {
      const w = this.words.exec(text);
      if (w) return w[0];
    }
    return null;
  }

  /** How many distinct markers `text` contains. */
  count(text: string): number {
    let n = 0;
    for (const m of this.plain) if (text.includes(m)) n++;
    if (this.words && this.words.test(text)) for (const re of this.wordRes) if (re.test(text)) n++;
    return n;
  }

  /** The first marker `text` starts with (a Latin marker as a whole word), or null. */
  startOf(text: string): string | null {
    for (const m of this.plain) if (text.startsWith(m)) return m;
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
