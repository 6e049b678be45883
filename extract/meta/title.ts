/**
 * A document's title: for HTML the first <h1> (else the <title> element without its site name,
 * else the first heading); for markdown the first heading; for plain text the first line, when it
 * reads as a headline (short, or repeated further down, as saved pages repeat their title).
 * The caller passes the blocks that survived boilerplate removal.
 */
import type { Block, SourceFormat } from "../types";

/** A block as the markup walker returns it (heading level when known). */
export type TitleBlock = Block & { level?: number };

export interface TitleFound {
  /** Index into the blocks given, or -1 when the title is not one of them. */
  index: number;
  text: string;
}

const SENTENCE_END = /[。！？!?；;]$|\.$/;

/** Strips a site name from an HTML <title>: "标题 - 网易新闻" → "标题", "标题_新浪网" → "标题". */
export function stripSiteName(title: string): string {
  const parts = title.split(/\s+[-|–—]\s+|\s*[_｜|]\s*/).filter((p) => p.trim());
  if (parts.length < 2) return title.trim();
  let best = parts[0];
  for (const p of parts) if (p.length > best.length) best = p;
  return best.trim();
}

/** True for a block that reads as a headline rather than a paragraph. */
function headlineLike(text: string): boolean {
  return text.length <= 80 && !(text.length > 40 && SENTENCE_END.test(text));
}

/**
 * Finds the title among `blocks`. `pageTitle` is the HTML <title> text, used when no <h1> exists.
 *
 * @example
 * findTitle([{ text: "标题", kind: "heading" }, { text: "正文。", kind: "paragraph" }], "md")
 * // { index: 0, text: "标题" }
 */
export function findTitle(blocks: readonly TitleBlock[], format: SourceFormat, pageTitle?: string): TitleFound {
  const window = Math.min(blocks.length, 15);
  if (format === "html") {
    for (let i = 0; i < blocks.length; i++) {
      if (blocks[i].kind === "heading" && blocks[i].level === 1) return { index: i, text: blocks[i].text };
    }
    if (pageTitle) {
      const t = stripSiteName(pageTitle);
      for (let i = 0; i < window; i++) if (blocks[i].text === t) return { index: i, text: t };
      return { index: -1, text: t };
    }
  }
  if (format !== "txt") {
    for (let i = 0; i < window; i++) {
      if (blocks[i].kind === "heading" && headlineLike(blocks[i].text)) return { index: i, text: blocks[i].text };
    }
  }
  // Plain text (or markup without headings): a line repeated further down is the title.
  for (let i = 0; i < Math.min(window, 6); i++) {
    const t = blocks[i].text;
    if (!headlineLike(t) || t.length < 4) continue;
    for (let j = i + 1; j < blocks.length; j++) if (blocks[j].text === t) return { index: i, text: t };
  }
  // A hard-wrapped first line continues on the next ("…the Secretary-" / "General said"): not a title.
  const continues =
    (blocks.length > 1 && /^[a-z]/.test(blocks[1].text) && !/[.!?:]$/.test(blocks[0].text)) ||
    /\b(?:the|a|an|of|and|or|to|in|on|for|with|by|at|from|that|is|are|was|were)$/.test(blocks[0]?.text ?? "");
  if (blocks.length && headlineLike(blocks[0].text) && !/[。；;]$/.test(blocks[0].text) && !continues) {
    return { index: 0, text: blocks[0].text };
  }
  return { index: -1, text: "" };
}
