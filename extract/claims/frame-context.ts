/**
 * Frame context checks (extract/claims/frames.ts): whether a trigger's clause is embedded in an
 * earlier one, whether its agent is separated from it or only reports it, and named wars.
 */
import { clean, cross, emit, markerWords, targetMarkerWords, type RawRelation, type TriggerHit } from "./frame-parts";
import { lexicon } from "./lexicon";
import { subjectGapOf, type Group, type SentenceView } from "./parties";
import { startsWithSome } from "./words";

/**
 * Whether trigger t stands in a clause that is the object of an earlier trigger, with its own
 * (non-state) subject between them (反对外部势力干涉柬埔寨内政): no subject is carried into it.
 */
export function embeddedClause(v: SentenceView, t: TriggerHit, clause: number, others: TriggerHit[]): boolean {
  const lex = lexicon();
  const start = v.clauses[clause].start;
  return others.some(
    (o) =>
      o !== t &&
      o.start >= start &&
      o.end <= t.start &&
      clean(v.norm.slice(o.end, t.start)).length > 0 &&
      // 空袭旨在报复伊朗: a trigger opening the clause is its (nominal) subject, not a verb.
      subjectGapOf(lex, v.norm.slice(start, o.start)).length > 0,
  );
}

/**
 * Whether a verb trigger stands between an agent and trigger t with its own subject words between
 * them (中方反对任何势力破坏哈萨克斯坦稳定: 破坏 is not 中方's). Triggers used as nouns (对伊朗的制裁
 * 发出警告, 中俄合作, 战争), coordinated verbs (制裁并打击) and verbs taking a 对-phrase (威胁对俄罗斯
 * 进行制裁) do not separate.
 */
export function separated(v: SentenceView, t: TriggerHit, agent: Group, others: TriggerHit[]): boolean {
  const lex = lexicon();
  return others.some((o) => {
    if (o === t || o.start < agent.end || o.end > t.start || o.def.nominal || o.def.needsVerb) return false;
    if (o.def.frame !== "directed" && o.def.frame !== "event") return false;
    const between = clean(v.norm.slice(o.end, t.start));
    if (between.length === 0 || lex.roles.coordinators.some((w) => between.includes(w))) return false;
    // 威胁对俄罗斯进行制裁: a verb phrase after the first verb shares its subject.
    if (startsWithSome(between, targetMarkerWords(lex))) return false;
    const before = clean(v.norm.slice(Math.max(agent.end, o.start - 2), o.start));
    if (before.endsWith("的") || (o.def.frame === "event" && v.parties.some((p) => p.end === o.start))) return false;
    return true;
  });
}

/**
 * Whether a speech verb between an agent and trigger t is followed by the reported clause's own
 * (non-state) subject (俄方称西方向乌克兰提供武器), rather than by an adverb, modal, preposition,
 * verb or cue (美国表示将向乌克兰提供武器).
 */
export function reportedSubject(v: SentenceView, t: TriggerHit, agent: Group, others: TriggerHit[]): boolean {
  const lex = lexicon();
  const text = clean(v.norm.slice(agent.end, t.start));
  let k = -1;
  let verb = "";
  for (const w of lex.roles.speechVerbs) {
    const i = text.lastIndexOf(w);
    if (i > k) {
      k = i;
      verb = w;
    }
  }
  if (k < 0) return false;
  const lead = subjectGapOf(lex, text.slice(k + verb.length).replace(/^[，,：:]/, ""));
  if (lead.length === 0 || lead.startsWith("为")) return false;
  if (startsWithSome(lead, lex.roles.carryOpeners) || startsWithSome(lead, markerWords(lex))) return false;
  if (
    startsWithSome(lead, lex.cueWords) ||
    startsWithSome(lead, lex.eventVerbs) ||
    startsWithSome(lead, lex.roles.speechVerbs)
  )
    return false;
  return !others.some((o) => o.start >= agent.end && lead.startsWith(clean(v.norm.slice(o.start, o.end))));
}

/** [State]战争: a war named by a state, fought by the subject of the sentence around it. */
export function namedWar(v: SentenceView, t: TriggerHit, clause: number, out: RawRelation[]): void {
  const w = v.parties.find(
    (p) => p.clause === clause && p.end <= t.start && clean(v.norm.slice(p.end, t.start)) === "",
  );
  if (!w || w.states.length !== 1 || w.org) return;
  const lex = lexicon();
  const c = v.clauses[clause];
  const opening = subjectGapOf(lex, v.norm.slice(c.start, w.start));
  let other: Group | null = null;
  const subject = v.subjects[clause];
  if (subject >= 0 && v.groups[subject].start < w.start && v.groups[subject].id !== w.group) other = v.groups[subject];
  else if (lex.roles.temporalOpeners.some((o) => opening.startsWith(o))) {
    for (let ci = clause + 1; ci < v.clauses.length && ci <= clause + 1; ci++) {
      const g = v.subjects[ci];
      if (g >= 0) other = v.groups[g];
    }
  }
  if (!other) return;
  emit(out, "opposes", cross(other.states, w.states), { mutual: true });
}
