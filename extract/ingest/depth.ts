/**
 * Bounds the nesting depth of markup before it is parsed. htmlparser2 and the block walker keep a
 * stack of open elements and search it for each closing tag, so 10⁵ nested tags (or 10⁵ closing
 * tags that match nothing) take time quadratic in the page. Tags opened deeper than
 * `MAX_MARKUP_DEPTH`, their closing tags, and runs of closing tags that close nothing are removed
 * from the text first; the text between them stays. Pages within the bound come back unchanged
 * (the same string), so ordinary pages parse exactly as before.
 *
 * @example
 * boundMarkupDepth("<div>".repeat(1e5) + "中国" + "</div>".repeat(1e5)).html // 256 divs deep
 */
import { OPEN_IMPLIES_CLOSE, VOID_ELEMENTS } from "./simple-html";

/** The deepest element nesting the parsers see (real pages nest a few dozen deep). */
export const MAX_MARKUP_DEPTH = 256;
/** Closing tags that close nothing tolerated before they are removed (parsers ignore them anyway). */
const MAX_STRAY_CLOSES = 1024;

/** A start or end tag: `/`, the name, the rest up to `>` (no `<` inside, so each match is linear). */
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9:-]*)([^<>]*)>/g;
/** Raw-text elements: their content is no markup (the scan skips to their end tag). */
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp"]);

export interface BoundedMarkup {
  html: string;
  /** How many tags were removed (0 when the page is returned unchanged). */
  removed: number;
}

/** Removes the tags past the depth bound (see the module comment). Linear in the text. */
export function boundMarkupDepth(html: string, max = MAX_MARKUP_DEPTH): BoundedMarkup {
  const stack: string[] = [];
  /** Per element name, opening tags dropped whose closing tag is still to come. */
  const dropped = new Map<string, number>();
  const cuts: [number, number][] = [];
  let stray = 0;
  let strayCuts: [number, number][] = [];
  let lower: string | null = null;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m !== null; m = TAG.exec(html)) {
    const name = m[2].toLowerCase();
    const at: [number, number] = [m.index, m.index + m[0].length];
    if (m[1] === "") {
      if (RAW_TEXT.has(name)) {
        const close = (lower ??= html.toLowerCase()).indexOf(`</${name}`, TAG.lastIndex);
        TAG.lastIndex = close < 0 ? html.length : close;
      }
      if (VOID_ELEMENTS.has(name) || m[3].endsWith("/")) continue;
      const implied = OPEN_IMPLIES_CLOSE.get(name);
      if (implied) while (stack.length > 0 && implied.has(stack[stack.length - 1])) stack.pop();
      if (stack.length >= max) {
        dropped.set(name, (dropped.get(name) ?? 0) + 1);
        cuts.push(at);
      } else stack.push(name);
      continue;
    }
    const pending = dropped.get(name) ?? 0;
    if (pending > 0) {
      dropped.set(name, pending - 1);
      cuts.push(at);
      continue;
    }
    const k = stack.lastIndexOf(name);
    if (k >= 0) stack.length = k;
    else if (name !== "p" && name !== "br") {
      stray++;
      strayCuts.push(at);
      if (strayCuts.length > MAX_STRAY_CLOSES) {
        cuts.push(...strayCuts);
        strayCuts = [];
      }
    }
  }
  if (stray > MAX_STRAY_CLOSES) cuts.push(...strayCuts);
  if (cuts.length === 0) return { html, removed: 0 };
  cuts.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let from = 0;
  for (const [s, e] of cuts) {
    parts.push(html.slice(from, s));
    from = e;
  }
  parts.push(html.slice(from));
  return { html: parts.join(""), removed: cuts.length };
}
