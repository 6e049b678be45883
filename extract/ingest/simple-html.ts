/**
 * A fast HTML walker for the plain subset of HTML that most pages (and all markdown turned into
 * HTML) stay within. It calls the same `onopentag` / `onclosetag` / `ontext` callbacks, with the same
 * names, attributes and decoded text, in the same order, as htmlparser2's `Parser` with
 * `{ decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true,
 * recognizeSelfClosing: true }` (text may come in other chunks). Anything outside the subset —
 * script, style, title and the other raw-text elements, svg and math, forms, doctypes and other
 * declarations, processing instructions, CDATA, entities other than &amp; &lt; &gt; &quot; &apos;
 * &nbsp; and plain numeric ones, unusual comment or tag syntax, input that ends inside a tag — makes
 * it stop and return false, so the caller parses the page with htmlparser2 instead (discarding what
 * the callbacks built).
 *
 * The tree rules mirror htmlparser2's: void elements close at once; an opening tag closes the open
 * elements it implies (a new <p>, <li>, heading …); a closing tag closes everything opened after its
 * element, and is ignored when no such element is open, except </p> (an empty p) and </br> (a br);
 * "image" is read as "img"; what is still open at the end is closed, innermost first.
 */

/** The callbacks htmlparser2's Parser would call. */
export interface SimpleHtmlHandler {
  onopentag(name: string, attribs: Record<string, string>): void;
  onclosetag(name: string): void;
  ontext(text: string): void;
}

const formTags = new Set(["input", "option", "optgroup", "select", "button", "datalist", "textarea"]);
const pTag = new Set(["p"]);
const headingTags = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "p"]);
const tableSectionTags = new Set(["thead", "tbody"]);
const ddtTags = new Set(["dd", "dt"]);
const rtpTags = new Set(["rt", "rp"]);
/** The open elements an opening tag closes (htmlparser2's table, after the HTML spec). */
export const OPEN_IMPLIES_CLOSE: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, Set<string>>([
  ["tr", new Set(["tr", "th", "td"])],
  ["th", new Set(["th"])],
  ["td", new Set(["thead", "th", "td"])],
  ["body", new Set(["head", "link", "script"])],
  ["a", new Set(["a"])],
  ["li", new Set(["li"])],
  ["p", pTag],
  ["h1", headingTags],
  ["h2", headingTags],
  ["h3", headingTags],
  ["h4", headingTags],
  ["h5", headingTags],
  ["h6", headingTags],
  ["select", formTags],
  ["input", formTags],
  ["output", formTags],
  ["button", formTags],
  ["datalist", formTags],
  ["textarea", formTags],
  ["option", new Set(["option"])],
  ["optgroup", new Set(["optgroup", "option"])],
  ["dd", ddtTags],
  ["dt", ddtTags],
  ["address", pTag],
  ["article", pTag],
  ["aside", pTag],
  ["blockquote", pTag],
  ["details", pTag],
  ["div", pTag],
  ["dl", pTag],
  ["fieldset", pTag],
  ["figcaption", pTag],
  ["figure", pTag],
  ["footer", pTag],
  ["form", pTag],
  ["header", pTag],
  ["hr", pTag],
  ["main", pTag],
  ["nav", pTag],
  ["ol", pTag],
  ["pre", pTag],
  ["section", pTag],
  ["table", pTag],
  ["ul", pTag],
  ["rt", rtpTags],
  ["rp", rtpTags],
  ["tbody", tableSectionTags],
  ["tfoot", tableSectionTags],
]);

/** Elements that close as soon as they open (both here and in htmlparser2). */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  "area",
  "base",
  "basefont",
  "br",
  "col",
  "command",
  "embed",
  "frame",
  "hr",
  "img",
  "input",
  "isindex",
  "keygen",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
]);

/**
 * Names left to htmlparser2: raw-text and RCDATA elements, foreign content (and its HTML
 * integration points), forms.
 */
const UNSUPPORTED = new Set([
  "script",
  "style",
  "title",
  "textarea",
  "xmp",
  "iframe",
  "noembed",
  "noframes",
  "plaintext",
  "svg",
  "math",
  "mi",
  "mo",
  "mn",
  "ms",
  "mtext",
  "annotation-xml",
  "foreignobject",
  "desc",
  "form",
]);

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

const NO_ATTRIBUTES: Record<string, string> = Object.freeze({});

/** Thrown inside the walker when the input leaves the subset. */
class Unsupported extends Error {}

function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c || c === 0x0d;
}

function isEndOfTagSection(c: number): boolean {
  return c === 0x2f || c === 0x3e || isWhitespace(c);
}

function isAlpha(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isAlnum(c: number): boolean {
  return isAlpha(c) || (c >= 0x30 && c <= 0x39);
}

/** A code point htmlparser2 decodes to itself (no replacement, no windows-1252 remapping). */
function plainCodePoint(v: number): boolean {
  return (v >= 0x20 && v <= 0x7e) || (v >= 0xa0 && v <= 0xd7ff) || (v >= 0xe000 && v <= 0xfffd);
}

/**
 * The entity at html[i] ("&"): its text and where it ends; a lone "&" (not followed by a letter,
 * digit or #) is itself. Throws Unsupported for any other entity.
 */
function entityAt(html: string, i: number): { text: string; end: number } {
  const next = html.charCodeAt(i + 1);
  if (!(isAlnum(next) || next === 0x23)) return { text: "&", end: i + 1 };
  const semi = html.indexOf(";", i + 1);
  if (semi < 0 || semi - i > 10) throw new Unsupported();
  const body = html.slice(i + 1, semi);
  if (next !== 0x23) {
    const named = Object.hasOwn(NAMED, body) ? NAMED[body] : undefined;
    if (named === undefined) throw new Unsupported();
    return { text: named, end: semi + 1 };
  }
  const hex = body.charCodeAt(1) === 0x78 || body.charCodeAt(1) === 0x58;
  const digits = body.slice(hex ? 2 : 1);
  if (!(hex ? /^[0-9a-fA-F]{1,6}$/ : /^[0-9]{1,7}$/).test(digits)) throw new Unsupported();
  const v = parseInt(digits, hex ? 16 : 10);
  if (!plainCodePoint(v)) throw new Unsupported();
  return { text: String.fromCharCode(v), end: semi + 1 };
}

/** Decodes the entities of html[from, to); `amp` is the first "&" at or after `from` (or -1). */
function decode(html: string, from: number, to: number, amp: number): string {
  if (amp < 0 || amp >= to) return html.slice(from, to);
  let out = "";
  let last = from;
  for (let i = amp; i < to;) {
    if (html.charCodeAt(i) !== 0x26) {
      i++;
      continue;
    }
    const e = entityAt(html, i);
    if (e.end > to) throw new Unsupported();
    out += html.slice(last, i) + e.text;
    i = last = e.end;
  }
  return out + html.slice(last, to);
}

/**
 * Walks `html` calling `h` as htmlparser2 would (see the module comment). Returns false, part way
 * through, when the input leaves the supported subset: the caller then discards what `h` built.
 */
export function parseSimpleHtml(html: string, h: SimpleHtmlHandler): boolean {
  try {
    walk(html, h);
    return true;
  } catch (err) {
    if (err instanceof Unsupported) return false;
    throw err;
  }
}

function walk(html: string, h: SimpleHtmlHandler): void {
  /** Open elements, innermost last. */
  const stack: string[] = [];
  const n = html.length;
  let textStart = 0;
  // The next "&" at or after a position: runs are decoded in text order, so it only moves on.
  let nextAmp = html.indexOf("&");
  const ampFrom = (from: number): number => {
    if (nextAmp >= 0 && nextAmp < from) nextAmp = html.indexOf("&", from);
    return nextAmp;
  };

  const flushText = (end: number): void => {
    if (end > textStart) h.ontext(decode(html, textStart, end, ampFrom(textStart)));
  };
  const openTag = (name: string, attribs: Record<string, string>, selfClosing: boolean): void => {
    const implied = OPEN_IMPLIES_CLOSE.get(name);
    if (implied) while (stack.length > 0 && implied.has(stack[stack.length - 1])) h.onclosetag(stack.pop() as string);
    const isVoid = VOID_ELEMENTS.has(name);
    if (!isVoid) stack.push(name);
    h.onopentag(name, attribs);
    if (isVoid) h.onclosetag(name);
    else if (selfClosing && stack[stack.length - 1] === name) h.onclosetag(stack.pop() as string);
  };
  const closeTag = (name: string): void => {
    if (VOID_ELEMENTS.has(name)) {
      if (name === "br") {
        h.onopentag("br", {});
        h.onclosetag("br");
      }
      return;
    }
    const at = stack.lastIndexOf(name);
    if (at >= 0) {
      while (stack.length > at) h.onclosetag(stack.pop() as string);
    } else if (name === "p") openTag("p", {}, true);
  };
  const tagName = (from: number): { name: string; end: number } => {
    let k = from;
    while (k < n && !isEndOfTagSection(html.charCodeAt(k))) k++;
    if (k >= n) throw new Unsupported();
    let name = html.slice(from, k).toLowerCase();
    if (UNSUPPORTED.has(name)) throw new Unsupported();
    if (name === "image") name = "img";
    return { name, end: k };
  };

  let i = 0;
  while (i < n) {
    i = html.indexOf("<", i);
    if (i < 0) break;
    const d = html.charCodeAt(i + 1);
    if (isAlpha(d)) {
      flushText(i);
      const { name, end } = tagName(i + 1);
      // Most tags have no attributes: they share one empty (frozen) record.
      let attribs: Record<string, string> = NO_ATTRIBUTES;
      let k = end;
      let selfClosing = false;
      for (;;) {
        if (k >= n) throw new Unsupported();
        const a = html.charCodeAt(k);
        if (isWhitespace(a)) {
          k++;
          continue;
        }
        if (a === 0x3e) break;
        if (a === 0x2f) {
          if (html.charCodeAt(k + 1) !== 0x3e) throw new Unsupported();
          selfClosing = true;
          k++;
          break;
        }
        // The first character always belongs to the name (even "=": <a =x> has an attribute "=x").
        const nameStart = k++;
        while (k < n) {
          const b = html.charCodeAt(k);
          if (b === 0x3d || isEndOfTagSection(b)) break;
          k++;
        }
        if (k >= n) throw new Unsupported();
        const attrName = html.slice(nameStart, k).toLowerCase();
        if (attrName === "__proto__") throw new Unsupported();
        while (k < n && isWhitespace(html.charCodeAt(k))) k++;
        let value = "";
        if (html.charCodeAt(k) === 0x3d) {
          k++;
          while (k < n && isWhitespace(html.charCodeAt(k))) k++;
          const q = html.charCodeAt(k);
          if (q === 0x22 || q === 0x27) {
            const close = html.indexOf(q === 0x22 ? '"' : "'", k + 1);
            if (close < 0) throw new Unsupported();
            value = decode(html, k + 1, close, ampFrom(k + 1));
            k = close + 1;
          } else {
            const from = k;
            while (k < n && !isWhitespace(html.charCodeAt(k)) && html.charCodeAt(k) !== 0x3e) k++;
            value = decode(html, from, k, ampFrom(from));
          }
        }
        if (attribs === NO_ATTRIBUTES) attribs = {};
        if (!Object.hasOwn(attribs, attrName)) attribs[attrName] = value;
      }
      openTag(name, attribs, selfClosing);
      i = textStart = k + 1;
      continue;
    }
    if (d === 0x2f) {
      const e = html.charCodeAt(i + 2);
      if (e === 0x3e) {
        // "</>" is dropped.
        flushText(i);
        i = textStart = i + 3;
        continue;
      }
      if (!isAlpha(e)) throw new Unsupported();
      flushText(i);
      const { name, end } = tagName(i + 2);
      const gt = html.indexOf(">", end);
      if (gt < 0) throw new Unsupported();
      closeTag(name);
      i = textStart = gt + 1;
      continue;
    }
    if (d === 0x21) {
      // Only plain comments: <!-- … --> with no "--!" inside and not opening with > or ->.
      if (!html.startsWith("<!--", i)) throw new Unsupported();
      const body = i + 4;
      const first = html.charCodeAt(body);
      if (first === 0x3e || (first === 0x2d && html.charCodeAt(body + 1) === 0x3e)) throw new Unsupported();
      const close = html.indexOf("-->", body);
      if (close < 0) throw new Unsupported();
      if (html.slice(body, close + 2).includes("--!")) throw new Unsupported();
      flushText(i);
      i = textStart = close + 3;
      continue;
    }
    if (d === 0x3f || i + 1 >= n) throw new Unsupported();
    // "<" before anything else is text.
    i++;
  }
  flushText(n);
  while (stack.length > 0) h.onclosetag(stack.pop() as string);
}
