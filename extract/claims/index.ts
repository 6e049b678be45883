/**
 * Relation claims between states, from sentences that name two different states and a trigger
 * linking them (never from co-occurrence alone).
 *
 * Per sentence: the parties (state mentions, leaders and capitals for their states, joint forms
 * such as 中俄, resolved 两国 / 双方, subject pronouns) get grammatical roles from the words before
 * them; triggers (extract/data/triggers.json) are matched on the sentence with quotation marks
 * removed; each trigger's frame turns the parties of its clause into relation tuples; cues
 * (extract/data/cues.json) set the status; extract/time/clause.ts gives the time nearest the trigger.
 *
 * Reported speech policy: what a named speaker (an official, a state, an analyst) says is treated
 * like the author's own statement (普京表示俄罗斯与朝鲜的合作… → asserted). Only hearsay and hype
 * are `reported`: rumours and anonymous media claims (据传, 有报道称, 西方媒体…), labels under
 * scare cues (炒作“俄朝军事同盟”, 所谓“…”) and appearances (…的假象). A negated alliance
 * (没把朝鲜列为“盟友”, 不是同盟) is kept as a `negated` ally claim and also stated as an asserted
 * `non-aligned` claim.
 *
 * @example
 * const claims = extractClaims(doc, splitSentences(doc.text), findMentions(doc.norm));
 */
import type { StateRelation } from "../schema/graph";
import { clauseTime } from "../time/clause";
import type { ClaimStatus, CleanDocument, ExtractedClaim, Mention, Sentence } from "../types";
import { Discourse } from "./discourse";
import { relationsFor, type TriggerHit } from "./frames";
import { lexicon, type TriggerDef } from "./lexicon";
import { mentionStates, subjectGapOf, viewSentence, type SentenceView } from "./parties";
import { sentenceCues, statusOf } from "./status";

const QUOTE_CHARS = new Set(["“", "”", "‘", "’", "「", "」", "『", "』", '"', "'"]);
const CLAUSE_STOP = /[，,；;：:。！？!?\n]/;
const CLAUSE_STOP_CHARS = "，,；;：:";

/**
 * Triggers in a sentence, matched on its normalised text with quotation marks removed (结伴”而不“结盟
 * reads 结伴而不结盟). "X…Y" patterns need Y within the lexicon's gap in the same clause.
 * Returns document offsets.
 */
export function findTriggers(norm: string, sentence: Sentence): TriggerHit[] {
  const lex = lexicon();
  let stripped = "";
  const map: number[] = [];
  for (let i = sentence.start; i < sentence.end; i++) {
    if (QUOTE_CHARS.has(norm[i])) continue;
    stripped += norm[i];
    map.push(i);
  }
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
    out.push({ def: matched.def, start: map[hit.start], end: map[matched.end - 1] + 1 });
  }
  return out;
}

function distinctStates(v: SentenceView): number {
  return new Set(v.parties.filter((p) => !p.org).flatMap((p) => p.states)).size;
}

/** Mentions inside [start, end), from a list sorted by start. */
function mentionsIn(sorted: Mention[], start: number, end: number): Mention[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let i = lo; i < sorted.length && sorted[i].start < end; i++) if (sorted[i].end <= end) out.push(sorted[i]);
  return out;
}

/**
 * Extracts relation claims from one cleaned document.
 *
 * @param doc the cleaned document (offsets of sentences and mentions point into `doc.text`/`doc.norm`)
 * @param sentences `splitSentences(doc.text)`
 * @param mentions `findMentions(doc.norm)` — countries, leaders, joint forms, demonyms, capitals
 * @returns claims with status; only `asserted` ones become graph edges
 */
export function extractClaims(doc: CleanDocument, sentences: Sentence[], mentions: Mention[]): ExtractedClaim[] {
  const lex = lexicon();
  const norm = doc.norm.length === doc.text.length ? doc.norm : doc.text;
  const sorted = mentions
    .filter((m) => m.kind !== "treaty" || m.states.length > 0)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const discourse = new Discourse();
  const out: ExtractedClaim[] = [];
  const seen = new Set<string>();
  const ref = { published: doc.published };

  sentences.forEach((s, si) => {
    const ms = mentionsIn(sorted, s.start, s.end);
    const snorm = norm.slice(s.start, s.end);
    const maybeAnaphor = snorm.includes("两") || snorm.includes("双方");
    const states = new Set(ms.flatMap(mentionStates));
    if (states.size < 2 && !maybeAnaphor) {
      // One state at most: no relation here; remember a sentence-initial subject for 两国.
      const m = ms[0];
      if (m && states.size === 1) {
        const head = snorm.slice(0, m.start - s.start);
        const clauseHead = head.slice(Math.max(...[...CLAUSE_STOP_CHARS].map((c) => head.lastIndexOf(c))) + 1);
        if (subjectGapOf(lex, clauseHead).length <= lex.roles.subjectGap)
          discourse.rememberSubject([...states], m.start, si);
      }
      return;
    }

    const v = viewSentence(norm, s, ms, (...args) => discourse.resolve(si, ...args), si);
    discourse.remember(v, si);
    if (distinctStates(v) < 2) return;

    const triggers = findTriggers(norm, s);
    if (triggers.length === 0) return;
    const cues = sentenceCues(v);
    for (const t of triggers) {
      const rels = relationsFor(v, t, triggers);
      if (rels.length === 0) continue;
      const time = clauseTime(snorm, ref, { relationStart: t.start - s.start, relationEnd: t.end - s.start });
      for (const r of rels) {
        const { status, cueStart } = statusOf(v, cues, t.start, t.end, r.npStart);
        const add = (relation: StateRelation, st: ClaimStatus, from: number): void => {
          const key = `${relation}|${r.source}|${r.target}|${st}|${s.start}`;
          if (seen.has(key)) return;
          seen.add(key);
          out.push({
            relation,
            source: r.source,
            target: r.target,
            doc: doc.id,
            sentence: { start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) },
            time,
            status: st,
            trigger: doc.text.slice(from, t.end),
            lang: "zh",
          });
        };
        add(r.relation, status, status === "negated" ? cueStart : t.start);
        // A denied alliance (没把朝鲜列为盟友) states non-alignment.
        if (status === "negated" && r.relation === "ally") add("non-aligned", "asserted", cueStart);
      }
    }
  });
  return out;
}
