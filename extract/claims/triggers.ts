/**
 * Trigger matching (extract/data/triggers.json) on a sentence with quotation marks removed, with
 * gap patterns ("X…Y") and organisation names that hide a trigger (对华援助协会, 东南亚国家联盟).
 */
import { nonStates } from "../mentions/nonstates";
import type { Sentence } from "../types";
import type { TriggerHit } from "./frames";
import { lexicon, type TriggerDef } from "./lexicon";

/** A quotation mark (“ ” ‘ ’ 「 」 『 』 " '), by code unit. */
function isQuoteCode(c: number): boolean {
  // Ideographs and full-width forms (most code units) lie above every quotation mark.
  if (c > 0x300f) return false;
  return (
    c === 0x201c ||
    c === 0x201d ||
    c === 0x2018 ||
    c === 0x2019 ||
    c === 0x300c ||
    c === 0x300d ||
    c === 0x300e ||
    c === 0x300f ||
    c === 0x22 ||
    c === 0x27
  );
}
const CLAUSE_STOP = /[，,；;：:。！？!?\n]/;

/**
 * Whether an alliance word (联盟, 同盟) is the head of an organisation's name: right after a name
 * word (东南亚国家联盟, 各国议会联盟, 柬埔寨民主同盟) or right before a word that only an
 * organisation takes (同盟军, 联盟成员, 联盟大会). Positions index `text`.
 */
function inOrganisationName(text: string, start: number, end: number, def: TriggerDef): boolean {
  const ns = nonStates();
  if (def.tail || !ns.orgNameWords.has(def.head)) return false;
  const before = text.slice(Math.max(0, start - 4), start);
  if (ns.orgNameHeads.some((w) => before.endsWith(w))) return true;
  const after = text.slice(end, end + 4);
  return ns.orgNameTails.some((w) => after.startsWith(w));
}

/**
 * Triggers in a sentence, matched on its normalised text with quotation marks removed (结伴”而不“结盟
 * reads 结伴而不结盟). "X…Y" patterns need Y within the lexicon's gap in the same clause.
 * Returns document offsets.
 */
export function findTriggers(norm: string, sentence: Sentence): TriggerHit[] {
  const lex = lexicon();
  let quoted = false;
  for (let i = sentence.start; i < sentence.end && !quoted; i++) quoted = isQuoteCode(norm.charCodeAt(i));
  // Without quotation marks nothing is stripped and positions map back by the sentence offset.
  let stripped = quoted ? "" : norm.slice(sentence.start, sentence.end);
  const map: number[] | null = quoted ? [] : null;
  if (map !== null) {
    // The text between quotation marks is copied a stretch at a time, not a character at a time.
    let from = sentence.start;
    for (let i = sentence.start; i < sentence.end; i++) {
      if (!isQuoteCode(norm.charCodeAt(i))) {
        map.push(i);
        continue;
      }
      stripped += norm.slice(from, i);
      from = i + 1;
    }
    stripped += norm.slice(from, sentence.end);
  }
  const at = (k: number): number => (map === null ? sentence.start + k : map[k]);
  const out: TriggerHit[] = [];
  for (const hit of lex.triggers.match(stripped)) {
    // A gap pattern whose tail is found wins (the nearest tail); else the literal entry, if any.
    let matched: { def: TriggerDef; end: number } | null = null;
    for (const def of hit.values) {
      if (!def.tail) continue;
      const window = stripped.slice(hit.end, hit.end + (def.gap ?? lex.gap) + def.tail.length);
      const stop = window.search(CLAUSE_STOP);
      const within = stop >= 0 ? window.slice(0, stop) : window;
      const k = within.indexOf(def.tail);
      const end = hit.end + k + def.tail.length;
      if (k >= 0 && (!matched || end < matched.end)) matched = { def, end };
    }
    if (!matched) {
      const literal = hit.values.find((d) => !d.tail);
      if (literal) matched = { def: literal, end: hit.end };
    }
    if (!matched || matched.def.frame === "stop") continue;
    const after = stripped.slice(matched.end, matched.end + 6);
    if (lex.orgTails.some((w) => after.startsWith(w))) continue;
    if (inOrganisationName(stripped, hit.start, matched.end, matched.def)) continue;
    out.push({ def: matched.def, start: at(hit.start), end: at(matched.end - 1) + 1 });
  }
  return out;
}
