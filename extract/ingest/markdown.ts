/**
 * Markdown (with inline HTML, as pages saved from the web usually are) → HTML for the block walker:
 * `[text](url)` keeps its text, `#` lines become headings, rules are dropped, bare URLs stay text
 * for the boilerplate stage to judge. Plain lines pass through untouched.
 *
 * @example
 * markdownToHtml("# 标题\n正文") // "<h1>标题</h1>正文\n"
 */
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const RULE = /^ {0,3}([-*_=])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST = /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+(?=\S)/;
const QUOTE = /^ {0,3}>[ \t]?/;
const FENCE = /^ {0,3}(?:```|~~~)/;
const TAG_SPLIT = /(<[^<>]*>)/;

function escapeAttr(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

/** Inline markdown → HTML on a stretch of text outside tags. */
function inlineMarkdown(text: string): string {
  if (!/[[\]*_`\\]/.test(text)) return text;
  // Each rule runs only when its characters occur (no rule adds [ ] * _ ` or \\ to the text).
  let t = text;
  if (t.includes("\\")) t = t.replace(/\\([\\`*_{}[\]()#+\-.!|>])/g, (_m, c: string) => `&#${c.charCodeAt(0)};`);
  if (t.includes("](")) {
    if (t.includes("![")) {
      t = t.replace(
        /!\[([^[\]\n]*)\]\(([^)\s]*)(?:[ \t]+"[^"\n]*")?\)/g,
        (_m, alt: string) => `<img alt="${escapeAttr(alt)}">`,
      );
    }
    t = t.replace(
      /\[([^[\]\n]*)\]\(([^)\s]*)(?:[ \t]+"[^"\n]*")?\)/g,
      (_m, x: string, url: string) => `<a href="${escapeAttr(url)}">${x}</a>`,
    );
  }
  if (t.includes("][")) t = t.replace(/\[([^[\]\n]+)\]\[[^[\]\n]*\]/g, "<a>$1</a>");
  const star = t.includes("*");
  if (star || t.includes("__")) t = t.replace(/\*\*|__/g, "");
  if (star && t.includes("*")) t = t.replace(/\*([^\s*][^*\n]*)\*/g, "$1");
  if (t.includes("`")) t = t.replace(/`([^`\n]*)`/g, "$1");
  return t;
}

/** One markdown line's inline content (HTML tags left as they are). */
function inlineLine(line: string): string {
  if (line.indexOf("<") < 0) return inlineMarkdown(line);
  const withAutolinks = line.replace(/<(https?:\/\/[^\s<>]+)>/g, "$1");
  if (withAutolinks.indexOf("<") < 0) return inlineMarkdown(withAutolinks);
  return withAutolinks
    .split(TAG_SPLIT)
    .map((part, i) => (i % 2 === 1 ? part : inlineMarkdown(part)))
    .join("");
}

/**
 * Code units that may change how a markdown line converts: at the start of a line, block syntax
 * (indentation, #, rules, lists, quotes, fences); anywhere, inline syntax and tags.
 */
const LEAD_SPECIAL = new Uint8Array(128);
for (const ch of " \t#-*+_=>`~0123456789") LEAD_SPECIAL[ch.charCodeAt(0)] = 1;
const INLINE_SPECIAL = new Uint8Array(128);
for (const ch of "[]*_`\\<") INLINE_SPECIAL[ch.charCodeAt(0)] = 1;

/**
 * Whether md[start, end) is a line that converts to itself plus "\n": it opens with no block syntax
 * and no whitespace, and holds no inline markdown or tag character (most lines of running text).
 */
function isPlainLine(md: string, start: number, end: number): boolean {
  if (end <= start) return false;
  const first = md.charCodeAt(start);
  if (first < 128 ? LEAD_SPECIAL[first] === 1 || first < 0x21 : /\s/.test(md[start])) return false;
  for (let i = start; i < end; i++) {
    const c = md.charCodeAt(i);
    if (c < 128 && INLINE_SPECIAL[c] === 1) return false;
  }
  return true;
}

/** Markdown (with inline HTML) → HTML, line by line. */
export function markdownToHtml(md: string): string {
  // One reused list of pieces (nothing here calls back into this function).
  const out = HTML_PIECES;
  out.length = 0;
  // Consecutive plain lines convert to themselves: each run of them is copied as one slice of `md`.
  let plainFrom = 0;
  let at = 0;
  while (at <= md.length) {
    const nl = md.indexOf("\n", at);
    const end = nl < 0 ? md.length : nl;
    if (isPlainLine(md, at, end)) {
      if (nl < 0) out.push(md.slice(plainFrom) + "\n");
      at = end + 1;
      continue;
    }
    if (plainFrom < at) out.push(md.slice(plainFrom, at));
    out.push(convertLine(md.slice(at, end)));
    at = plainFrom = end + 1;
  }
  const html = out.join("");
  out.length = 0;
  return html;
}

/** Scratch list of `markdownToHtml`. */
const HTML_PIECES: string[] = [];

/** One markdown line that is not plain text → HTML. */
function convertLine(line: string): string {
  if (line.trim() === "") return "<br>";
  if (FENCE.test(line) || RULE.test(line)) return "<hr>";
  const h = ATX.exec(line);
  if (h) {
    let content = line.slice(h[0].length);
    let end = content.length;
    while (end > 0 && (content[end - 1] === " " || content[end - 1] === "\t")) end--;
    let hashes = end;
    while (hashes > 0 && content[hashes - 1] === "#") hashes--;
    if (hashes < end && (hashes === 0 || content[hashes - 1] === " ")) end = hashes;
    content = content.slice(0, end);
    const n = h[1].length;
    return `<h${n}>${inlineLine(content)}</h${n}>`;
  }
  const li = LIST.exec(line);
  if (li) return `<li>${inlineLine(line.slice(li[0].length))}</li>`;
  const q = QUOTE.exec(line);
  return inlineLine(q ? line.slice(q[0].length) : line) + "\n";
}

/** Plain text: one block per non-empty line. */
