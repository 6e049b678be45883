/**
 * The matching form of a text: full-width ASCII folded to half-width, the ideographic space to a
 * space, Traditional Chinese folded to Simplified (OpenCC tw/hk → cn). The output has exactly the
 * same length as the input, code unit for code unit, so offsets found in it point into the original.
 *
 * Fast path: a per-character table (filled lazily) says whether a Han character is non-Simplified;
 * only runs of Han characters that contain one are converted, as a run (OpenCC phrase rules apply),
 * falling back to the per-character table when a phrase rule would change the run's length.
 *
 * @example
 * normalizeForMatching("１９９８年中華人民共和國") // "1998年中华人民共和国"
 */
import { Converter } from "opencc-js/t2cn";

type Convert = (text: string) => string;

let hkToCn: Convert | null = null;
let twToCn: Convert | null = null;

function converters(): { hk: Convert; tw: Convert } {
  if (!hkToCn || !twToCn) {
    hkToCn = Converter({ from: "hk", to: "cn" });
    twToCn = Converter({ from: "tw", to: "cn" });
  }
  return { hk: hkToCn, tw: twToCn };
}

/**
 * Characters the tw→cn table rewrites although they are ordinary Simplified characters (什么, 显著):
 * the tw table is used only for Taiwan-specific variants the hk→cn table leaves alone.
 */
const TW_ONLY_EXCLUDED = new Set(["么", "著"]);

/**
 * Per-BMP-code-unit Simplified form, once `known`: the code unit to use (equal to the input when the
 * character is already Simplified or has no one-character Simplified form).
 */
const simplified = new Uint16Array(0x10000);
/** 1 where `simplified` came from the tw-only table (applied even where hk phrase rules kept a character). */
const fromTw = new Uint8Array(0x10000);

function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/**
 * One bit per code unit: set while the character is unknown or when it has another Simplified
 * form, cleared once it is known to be its own. What the scan reads for every Han character.
 */
const mayChange = new Int32Array(2048).fill(-1);

/** 1 once `simplified[c]` is known. */
const known = new Uint8Array(0x10000);

/** Fills `simplified` for a character from its conversions (hk → cn first, then the tw-only table). */
function setSimplified(c: number, a: string, b: () => string): void {
  const ch = String.fromCharCode(c);
  let out = c;
  if (a.length === 1 && a !== ch) out = a.charCodeAt(0);
  else if (!TW_ONLY_EXCLUDED.has(ch)) {
    const t = b();
    if (t.length === 1 && t !== ch) {
      out = t.charCodeAt(0);
      fromTw[c] = 1;
    }
  }
  simplified[c] = out;
  known[c] = 1;
  if (out === c) mayChange[c >> 5] &= ~(1 << (c & 31));
}

/** The one-character Simplified form of a BMP Han code unit (itself when none). */
function simplifiedChar(c: number): number {
  if (known[c] === 1) return simplified[c];
  const { hk, tw } = converters();
  const ch = String.fromCharCode(c);
  setSimplified(c, hk(ch), () => tw(ch));
  return simplified[c];
}

/**
 * Looks up every Han character of `text` not seen before in one converter call per table (the
 * characters joined by newlines, which no OpenCC phrase spans, so each converts on its own exactly
 * as it would alone): one call per document instead of one per new character.
 */
function learnChars(text: string, from: number): void {
  let pending: number[] | null = null;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400 || known[c] !== 0 || !isHan(c)) continue;
    pending ??= [];
    known[c] = 2; // queued
    pending.push(c);
  }
  if (pending === null) return;
  if (pending.length < 4) {
    for (const c of pending) {
      known[c] = 0;
      simplifiedChar(c);
    }
    return;
  }
  const { hk, tw } = converters();
  const joined = pending.map((c) => String.fromCharCode(c) + "\n").join("");
  const a = hk(joined).split("\n");
  const b = tw(joined).split("\n");
  if (a.length !== pending.length + 1 || b.length !== pending.length + 1) {
    for (const c of pending) {
      known[c] = 0;
      simplifiedChar(c);
    }
    return;
  }
  pending.forEach((c, k) => setSimplified(c, a[k], () => b[k]));
}

/** Converts a run of Han characters that contains a non-Simplified one, keeping its length. */
function simplifyRun(run: string): string {
  const { hk } = converters();
  const phrase = hk(run);
  let out = "";
  if (phrase.length === run.length) {
    // Phrase rules kept the length; characters they left alone may still have a tw-only form.
    for (let k = 0; k < run.length; k++) {
      const p = phrase.charCodeAt(k);
      const q = p === run.charCodeAt(k) ? simplifiedChar(p) : p;
      out += String.fromCharCode(fromTw[p] ? q : p);
    }
    return out;
  }
  for (let k = 0; k < run.length; k++) out += String.fromCharCode(simplifiedChar(run.charCodeAt(k)));
  return out;
}

/** Scratch list of `normalizeForMatching`. */
const PARTS: string[] = [];

/** `PARTS`, emptied. */
function emptyParts(): string[] {
  PARTS.length = 0;
  return PARTS;
}

/**
 * Folds `text` for matching. The result has the same length as `text`; position i of the result is
 * the folded form of position i of the input.
 */
export function normalizeForMatching(text: string): string {
  const n = text.length;
  // The pieces of the folded text go in one reused list (nothing here calls back into this function).
  let parts: string[] | null = null;
  let last = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 0x3000) {
      i++;
      continue;
    }
    if ((c >= 0xff01 && c <= 0xff5e) || c === 0x3000) {
      parts ??= emptyParts();
      if (i > last) parts.push(text.slice(last, i));
      parts.push(c === 0x3000 ? " " : String.fromCharCode(c - 0xfee0));
      last = ++i;
      continue;
    }
    if (!isHan(c)) {
      i++;
      continue;
    }
    // A run of Han characters: convert only if one of them is non-Simplified.
    let j = i;
    let needs = false;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (!isHan(d)) break;
      // The common case (a known, already Simplified character) reads one bit of an 8 KB table.
      if ((mayChange[d >> 5] & (1 << (d & 31))) !== 0) {
        if (known[d] !== 1) learnChars(text, j);
        if (!needs && simplified[d] !== d) needs = true;
      }
      j++;
    }
    if (needs) {
      parts ??= emptyParts();
      if (i > last) parts.push(text.slice(last, i));
      parts.push(simplifyRun(text.slice(i, j)));
      last = j;
    }
    i = j;
  }
  if (parts === null) return text;
  if (last < n) parts.push(text.slice(last));
  const out = parts.join("");
  parts.length = 0;
  return out;
}
