/**
 * Whitespace folding for text pulled out of markup. Source line breaks and indentation between two
 * CJK characters vanish (a word split across tags or wrapped lines must read as one: 中国和俄罗斯);
 * other runs of whitespace become one space; the block is trimmed.
 */

/** CJK ideographs, CJK punctuation, kana, full-width forms: characters written without spaces. */
export function isCjkLike(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x3000 && c <= 0x30ff) ||
    (c >= 0xff00 && c <= 0xffef) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0x2018 ||
    c === 0x2019 ||
    c === 0x2014 ||
    c === 0x2026 ||
    c === 0x00b7
  );
}

/** JavaScript's `\s` (what `trim()` and `/\s/` treat as space), by code unit. */
export function isJsSpace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function isFoldableSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0x0b || c === 0xa0;
}

function isEdgeSpace(c: number): boolean {
  return isFoldableSpace(c) || c === 0x3000 || c === 0x200b || c === 0xfeff;
}

/**
 * Collapses whitespace in a block's text: a run that contains a line break and sits between two
 * CJK-like characters is removed; any other run of spaces, tabs, line breaks or no-break spaces
 * becomes one space. Leading and trailing whitespace (including U+3000) is removed.
 */
export function collapseWhitespace(text: string): string {
  return collapseAndCount(text).text;
}

/**
 * collapseWhitespace, also counting the result's non-space code units (all but those up to U+0020,
 * U+00A0 and U+3000) in the same pass.
 */
export function collapseAndCount(text: string): { text: string; nonSpace: number } {
  let start = 0;
  let end = text.length;
  while (start < end && isEdgeSpace(text.charCodeAt(start))) start++;
  while (end > start && isEdgeSpace(text.charCodeAt(end - 1))) end--;
  let out = "";
  let last = start;
  let i = start;
  let nonSpace = 0;
  while (i < end) {
    const c = text.charCodeAt(i);
    // Most code units lie above the spaces: two tests, no look-up of each space.
    if (c > 0x20 && c !== 0xa0) {
      if (c !== 0x3000) nonSpace++;
      i++;
      continue;
    }
    if (!isFoldableSpace(c)) {
      i++;
      continue;
    }
    let j = i;
    let newline = false;
    while (j < end && isFoldableSpace(text.charCodeAt(j))) {
      const d = text.charCodeAt(j);
      if (d === 0x0a || d === 0x0d) newline = true;
      j++;
    }
    if (j - i === 1 && c === 0x20) {
      i = j;
      continue;
    }
    out += text.slice(last, i);
    const drop = newline && isCjkLike(text.charCodeAt(i - 1)) && isCjkLike(text.charCodeAt(j));
    if (!drop) out += " ";
    last = i = j;
  }
  if (last === start) return { text: text.slice(start, end), nonSpace };
  return { text: out + text.slice(last, end), nonSpace };
}
