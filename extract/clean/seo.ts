/**
 * Edits inside a line (the line itself stays): SEO keyword tags appended to titles, such as
 * "俄朝结盟引发全球震荡…(普京 中俄军事结盟)" — a parenthesised list of space-separated names — and
 * headline markers such as "(图)" or "【视频】".
 */
import { foldWidth } from "../meta/dates";
import { LEX, isHan } from "./markers";

const INNER_PUNCT = /[，。,.、；;：:！？!?《》“”"'‘’]/;

function hasHan(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isHan(s.charCodeAt(i))) return true;
  return false;
}

/**
 * Removes a trailing SEO keyword tag: "(A B)" / "（A B C）" at the end of a line, made of two or
 * more space-separated Chinese keywords without punctuation. Parenthesised English names
 * ("(Vassily Kashin)") and single glosses are left alone.
 */
export function stripSeoTag(text: string): { text: string; removed: string | null } {
  const last = text.charAt(text.length - 1);
  if (last !== ")" && last !== "）") return { text, removed: null };
  const open = Math.max(text.lastIndexOf("("), text.lastIndexOf("（"));
  if (open <= 0) return { text, removed: null };
  const inner = text.slice(open + 1, -1);
  if (/[()（）]/.test(inner)) return { text, removed: null };
  if (/记者|报道|摄/.test(inner)) return { text, removed: null };
  const tokens = inner.split(/[\s\u3000]+/).filter(Boolean);
  if (tokens.length < 2) return { text, removed: null };
  for (const t of tokens) {
    if (t.length > 12 || !hasHan(t) || INNER_PUNCT.test(t)) return { text, removed: null };
  }
  const kept = text.slice(0, open).trimEnd();
  if (!kept) return { text, removed: null };
  return { text: kept, removed: text.slice(open) };
}

/** Folded first characters (FIRSTS) and last characters (LASTS) of the headline markers. */
const FIRSTS = new Set(LEX.titleMarkers.map((m) => m.charAt(0)));
const LASTS = new Set(LEX.titleMarkers.map((m) => m.charAt(m.length - 1)));

/** The folded form (foldWidth) of one character. */
function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
  return c === 0x3000 ? " " : ch;
}

/** Removes headline markers such as "(图)", "（组图）", "【视频】" at either end of a line. */
export function stripTitleMarkers(text: string): { text: string; removed: string | null } {
  // Neither end can start a marker or be trimmed: nothing changes.
  if (text.length === 0) return { text, removed: null };
  const first = foldChar(text.charAt(0));
  const last = foldChar(text.charAt(text.length - 1));
  if (!FIRSTS.has(first) && !LASTS.has(last) && !/\s/.test(first) && !/\s/.test(last)) return { text, removed: null };
  let folded = foldWidth(text);
  let start = 0;
  let end = text.length;
  let changed = true;
  while (changed) {
    changed = false;
    for (const m of LEX.titleMarkers) {
      if (end - start > m.length && folded.endsWith(m, end)) {
        end -= m.length;
        changed = true;
      }
      if (end - start > m.length && folded.startsWith(m, start)) {
        start += m.length;
        changed = true;
      }
    }
    while (end > start && /\s/.test(folded[end - 1])) end--;
    while (start < end && /\s/.test(folded[start])) start++;
  }
  if (start === 0 && end === text.length) return { text, removed: null };
  folded = text.slice(start, end);
  return { text: folded, removed: (text.slice(0, start) + " " + text.slice(end)).trim() };
}
