/**
 * English relation triggers in a parsed sentence: lexicon entries (extract/data/english-lexicon.json
 * and the CAMEO verbs) matched on compromise's lemmas and on listed surface forms, with their part
 * of speech, the words a phrase trigger needs after it, and the cases where a trigger word is part of
 * a name or modifies another noun.
 */
import { triggersByForm, type TriggerEntry } from "./data";
import type { Token } from "./parse";
import { actorAt, type Actor } from "./roles";

/** A trigger found in a parsed sentence: tokens [ts, te]. */
export interface TriggerHit {
  entry: TriggerEntry;
  ts: number;
  te: number;
  /** For "anti-X": the actor the prefix attaches to. */
  antiActor?: number;
}

function posOk(entry: TriggerEntry, t: Token): boolean {
  if (!entry.pos) return true;
  if (entry.pos === "n") return t.tags.has("Noun") || t.tags.has("Plural") || t.tags.has("Singular");
  if (entry.pos === "v") return t.tags.has("Verb");
  return t.tags.has("Adjective");
}

function matchThen(tokens: Token[], i: number, then: string[]): number {
  let t = i;
  for (const w of then) {
    let j = t + 1;
    if (j < tokens.length && tokens[j].tags.has("Adverb") && tokens[j].normal !== w) j++;
    if (j >= tokens.length || (tokens[j].normal !== w && tokens[j].lemma !== w)) return -1;
    t = j;
  }
  return t;
}

/** Trigger hits in a parsed sentence, left to right (a token starts at most one hit per relation). */
export function findTriggers(tokens: Token[], actors: Actor[]): TriggerHit[] {
  const byForm = triggersByForm();
  const letters = tokens.map((t) => t.text).join("");
  const shouting = letters.length > 8 && letters === letters.toUpperCase();
  const hits: TriggerHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const joined = /^-$/.test(t.post) && tokens[i + 1] ? `${t.normal}-${tokens[i + 1].normal}` : "";
    const cands = [
      ...(byForm.get(t.normal) ?? []),
      ...(t.lemma !== t.normal ? (byForm.get(t.lemma) ?? []) : []),
      ...(joined ? (byForm.get(joined) ?? []) : []),
    ];
    const seen = new Set<string>();
    for (const entry of cands) {
      const key = `${entry.relation}:${entry.lemma}`;
      if (seen.has(key) || !posOk(entry, t)) continue;
      let te = joined && byForm.get(joined)?.includes(entry) ? i + 1 : i;
      if (entry.then) {
        const end = matchThen(tokens, te, entry.then);
        if (end < 0) continue;
        te = end;
      }
      if (actorAt(actors, i) >= 0 && entry.frame !== "stance") continue;
      const next = tokens[(joined && byForm.get(joined)?.includes(entry) ? i + 1 : i) + 1];
      if (
        entry.modifier === false &&
        next &&
        next.tags.has("Noun") &&
        !next.tags.has("Pronoun") &&
        actorAt(actors, i + 1) < 0
      )
        continue;
      // part of a proper name (the Gulf Cooperation Council, the Neutral Zone), outside a headline
      if (
        !shouting &&
        i > 0 &&
        /^\p{Lu}/u.test(t.text) &&
        next &&
        /^\p{Lu}/u.test(next.text) &&
        actorAt(actors, i + 1) < 0 &&
        !entry.then
      )
        continue;
      // an adjective trigger takes the noun it modifies (hostile activities from X, retaliatory measures against X)
      if (!entry.then && t.tags.has("Adjective") && entry.frame !== "neutral") {
        let j = te + 1;
        while (
          j < tokens.length &&
          j <= te + 2 &&
          tokens[j].tags.has("Noun") &&
          !tokens[j].tags.has("Pronoun") &&
          actorAt(actors, j) < 0
        )
          j++;
        te = j - 1;
      }
      seen.add(key);
      hits.push({ entry, ts: i, te });
    }
  }
  actors.forEach((a, idx) => {
    if (a.anti) {
      const entry = triggersByForm().get("anti")?.[0];
      if (entry) hits.push({ entry, ts: a.first, te: a.last, antiActor: idx });
    }
  });
  return hits.sort((a, b) => a.ts - b.ts);
}
