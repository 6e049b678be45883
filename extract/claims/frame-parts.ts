/**
 * Building blocks of the relation frames (extract/claims/frames.ts): which parties may take part
 * around a trigger, the groups of its clause, its object, its carried subject, and how tuples are
 * emitted. All functions are pure over a SentenceView.
 */
import type { StateRelation } from "../schema/graph";
import { lexicon, type Lexicon, type TriggerDef } from "./lexicon";
import { clauseAt, markerOf, subjectGapOf, type Group, type Party, type SentenceView } from "./parties";
import { derivedWords, startsWithSome } from "./words";

/** A trigger occurrence in a sentence: document offsets of the whole matched span. */
export interface TriggerHit {
  def: TriggerDef;
  start: number;
  end: number;
}

export interface RawRelation {
  relation: StateRelation;
  source: string;
  target: string;
  /** When the parties and trigger read as one noun phrase (中俄合作), where that phrase starts. */
  npStart?: number;
}

export const clean = (s: string): string => s.replace(/[“”‘’「」『』"'\s\u3000]/g, "");

/** Every role-marker word. */
export const markerWords = (lex: Lexicon): string[] => derivedWords(lex.markers, (ms) => ms.map((m) => m.word));

/** The target-marker words (对, 向 …). */
export const targetMarkerWords = (lex: Lexicon): string[] =>
  derivedWords(lex.roles.target, () => lex.markers.filter((m) => m.role === "target").map((m) => m.word));

/**
 * A mention heading a relation noun (中日关系) acts for nobody, unless that 关系 is part of the
 * trigger (关系…密切) or the phrase is the clause subject (印俄关系坚持不结盟).
 */
export function isRelNounOutside(v: SentenceView, p: Party, t: TriggerHit): boolean {
  if (p.relNoun < 0 || (p.relNoun >= t.start && p.relNoun < t.end)) return false;
  return v.subjects[p.clause] !== p.group;
}

/** Parties that can take part in a relation around trigger t. */
export function eligible(v: SentenceView, p: Party, t: TriggerHit): boolean {
  if (p.org) return false;
  if (p.start < t.end && p.end > t.start && !(p.start >= t.start && p.end <= t.end && t.def.tail)) return false;
  if (isRelNounOutside(v, p, t)) return false;
  if (p.role === "locative") return !!t.def.locativeTarget && p.locTail;
  if (p.nested && !nestedRelation(v, p, t)) return false;
  return p.role !== "means";
}

/**
 * A state after 对与 takes part only in the relation noun right after it (对与中国的合作十分满意),
 * not in one that heads a relative clause (对与伊朗合作的国家) nor in the predicate outside.
 */
export function nestedRelation(v: SentenceView, p: Party, t: TriggerHit): boolean {
  if (t.def.frame !== "event" && t.def.frame !== "relational") return false;
  if (t.start < p.end || !lexicon().roles.npLinks.includes(clean(v.norm.slice(p.end, t.start)))) return false;
  return !clean(v.norm.slice(t.end, t.end + 2)).startsWith("的");
}

/** The distinct states of some groups (or parties), in order of first appearance. */
export function statesOf(groups: readonly { states: string[] }[]): string[] {
  const out: string[] = [];
  for (const g of groups) for (const st of g.states) if (!out.includes(st)) out.push(st);
  return out;
}

export function pairsWithin(states: string[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i < states.length; i++) for (let j = i + 1; j < states.length; j++) out.push([states[i], states[j]]);
  return out;
}

export function cross(a: string[], b: string[]): [string, string][] {
  const out: [string, string][] = [];
  for (const x of a) for (const y of b) if (x !== y) out.push([x, y]);
  return out;
}

/** Groups of the trigger's clause, restricted to eligible parties, in order. */
export function clauseGroups(v: SentenceView, t: TriggerHit, clause: number): Group[] {
  const ids: number[] = [];
  for (const p of v.parties) {
    if (p.clause !== clause || !eligible(v, p, t)) continue;
    if (!ids.includes(p.group)) ids.push(p.group);
  }
  return ids.map((id) => {
    const g = v.groups[id];
    const parties = g.parties.filter((p) => eligible(v, p, t));
    return { ...g, parties, states: statesOf(parties) };
  });
}

/**
 * The subject to carry into a clause that names none: the nearest earlier clause subject in the
 * sentence, or, when the clause opens with a means or purpose adverbial (通过…, 为了…), the next
 * clause's subject. Only a clause that opens with an adverb, modal, preposition or verb (or with
 * the trigger `at`) lacks a subject: 国际社会要共同打击… names its own.
 */
export function carrySubject(v: SentenceView, clause: number, at?: number): Group | null {
  const lex = lexicon();
  const c = v.clauses[clause];
  const opening = subjectGapOf(lex, v.norm.slice(c.start, c.end));
  const lead = at !== undefined ? subjectGapOf(lex, v.norm.slice(c.start, at)) : opening;
  const adverbial = startsWithSome(opening, lex.roles.adverbialOpeners);
  if (!adverbial && lead.length > 0 && !startsWithSome(lead, lex.roles.carryOpeners)) return null;
  for (let ci = clause - 1; ci >= 0; ci--) {
    const g = v.subjects[ci];
    if (g >= 0) return v.groups[g];
  }
  if (adverbial) {
    for (let ci = clause + 1; ci < v.clauses.length; ci++) {
      const g = v.subjects[ci];
      if (g >= 0) return v.groups[g];
    }
  }
  return null;
}

/** The group right before the trigger that reads with it as one noun phrase (中俄合作, A与B的冲突). */
export function npGroup(v: SentenceView, t: TriggerHit, groups: Group[]): Group | null {
  const lex = lexicon();
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i];
    const last = g.parties[g.parties.length - 1];
    if (!last || last.end > t.start) continue;
    const gap = clean(v.norm.slice(last.end, t.start));
    // 俄罗斯与中国、美国签署的协议: a 与-phrase acting with its subject is no noun phrase of its own.
    if (g.role === "comitative" && g.linkedTo !== undefined) return null;
    return lex.roles.npLinks.includes(gap) ? g : null;
  }
  return null;
}

/**
 * The object of a trigger: the first group after it whose words from the trigger on end in no role
 * marker (针对中国和俄罗斯 → both; 集结重兵向莫斯科… → none: 向 starts another predicate). With
 * `appositive`, the group must follow within one character (美国的盟友日本).
 */
export function objectAfter(
  v: SentenceView,
  t: TriggerHit,
  groups: Group[],
  appositive = false,
  others: TriggerHit[] = [],
): Group | null {
  const lex = lexicon();
  const g = groups.find((x) => x.start >= t.end);
  if (!g || g.role === "passive" || g.role === "topic") return null;
  const gap = clean(v.norm.slice(t.end, g.start));
  if (gap.length > (appositive ? 1 : lex.roles.objectReach)) return null;
  if (gap.length > 0 && markerOf(lex, gap) !== null) return null;
  // 空袭目标与伊朗没有关联: a 与-phrase after other words is no object.
  if (g.role === "comitative" && gap.length > 1 && /[与同跟]$/.test(gap)) return null;
  // 制裁使印度陷入困境, 支持以换取中共的合作: another predicate starts before the state; a copula
  // does so after a trigger used as a noun (施加制裁是印度担心的问题), not after a verb (指责是俄军…).
  if (lex.roles.objectBlockers.some((w) => gap.includes(w))) return null;
  const lead = clean(v.norm.slice(v.clauses[clauseAt(v.clauses, t.start)].start, t.start));
  if (gap.startsWith("是") && lex.roles.nominalUse.some((w) => lead.endsWith(w))) return null;
  // 反对外部势力干涉阿尔及利亚内政: the state is the object of the later trigger.
  if (others.some((o) => o !== t && o.start >= t.end && o.end <= g.start)) return null;
  // 抗议北约拱火俄乌冲突: 俄乌 heads another relation phrase (俄乌冲突), it is not the object —
  // unless this trigger acts on a partnership (谴责美日韩联合军演: those who hold it).
  const last = g.parties[g.parties.length - 1];
  const onPartnership = (o: TriggerHit): boolean =>
    t.def.frame === "directed" && (o.def.relation === "partner" || o.def.relation === "ally");
  const heads = (o: TriggerHit): boolean =>
    o !== t &&
    o.start >= last.end &&
    (o.def.frame === "event" || o.def.frame === "relational") &&
    !onPartnership(o) &&
    lex.roles.npLinks.includes(clean(v.norm.slice(last.end, o.start)));
  if (g.states.length >= 2 && others.some(heads)) return null;
  return g;
}

/** Whether a passive marker (遭到, 受到, 被…) stands before the trigger with no agent after it. */
export function agentlessPassive(v: SentenceView, t: TriggerHit, clause: number, groups: Group[]): boolean {
  const lex = lexicon();
  const before = groups.filter((g) => g.end <= t.start);
  const from = before.length > 0 ? before[before.length - 1].end : v.clauses[clause].start;
  // 被认为针对中国: a passive of saying, not of the trigger.
  let text = clean(v.norm.slice(from, t.start));
  for (const w of lex.roles.passiveNot) if (text.includes(w)) text = text.split(w).join("");
  return lex.roles.passive.some((w) => w.length > 1 && text.includes(w)) || /[被遭]/.test(text);
}

/**
 * Whether group g binds to trigger t: nothing else — no other party and no other trigger — stands
 * between them (俄朝结盟无疑是其对抗… : 对抗 is not a relation between 俄 and 朝).
 */
export function binds(v: SentenceView, t: TriggerHit, g: Group, others: TriggerHit[]): boolean {
  const [from, to] = g.end <= t.start ? [g.end, t.start] : [t.end, g.start];
  const between = (p: Party): boolean => p.group !== g.id && !p.org && p.start >= from && p.end <= to;
  if (v.parties.some((p) => between(p) && !meansComitative(v, t, v.groups[p.group]))) return false;
  // A serial verb right before the trigger (中俄联手对抗美国) does not separate it from its subject.
  return !others.some(
    (o) => o !== t && o.start >= from && o.end <= to && clean(v.norm.slice(o.end, t.start)).length > 0,
  );
}

export function emit(
  out: RawRelation[],
  relation: StateRelation,
  pairs: [string, string][],
  opts: { mutual?: boolean; npStart?: number } = {},
): void {
  for (const [a, b] of pairs) {
    if (a === b) continue;
    const base = opts.npStart !== undefined ? { npStart: opts.npStart } : {};
    if (relation === "opposes") {
      out.push({ relation, source: a, target: b, ...base });
      if (opts.mutual) out.push({ relation, source: b, target: a, ...base });
    } else {
      const [s, tg] = a < b ? [a, b] : [b, a];
      out.push({ relation, source: s, target: tg, ...base });
    }
  }
}

/** The words between a group and the party or clause start before it (its marker: 对, 向 …). */
export function markedBy(v: SentenceView, g: Group): string {
  const first = g.parties[0];
  const prev = [...v.parties].reverse().find((p) => p.end <= first.start && p.clause === first.clause);
  return clean(v.norm.slice(prev ? prev.end : v.clauses[first.clause].start, first.start));
}

/** A comitative group followed by words ending in a purpose link before trigger t (与朝鲜走近来…). */
export function meansComitative(v: SentenceView, t: TriggerHit, g: Group): boolean {
  if (g.role !== "comitative" || g.end > t.start) return false;
  const gap = clean(v.norm.slice(g.end, t.start));
  return gap.length >= 2 && lexicon().roles.purposeLinks.some((w) => gap.endsWith(w));
}

/** Whether a verb that takes an event noun (举行, 参加 …) stands before trigger t in its clause. */
export function verbBefore(v: SentenceView, t: TriggerHit, clause: number): boolean {
  const text = clean(v.norm.slice(v.clauses[clause].start, t.start));
  return lexicon().eventVerbs.some((w) => text.includes(w));
}

/** The words joining the members of a list (中国、俄罗斯和越南). */
const LIST_LINKS = ["、", "和", "及", "以及"];
/** Comitative words that join a subject to its partners (A同B、C和D). */
const WITH_LINKS = ["同", "与", "跟"];

/**
 * A subject with a list of partners in one group (中国同俄罗斯、朝鲜和越南签署…): the first party
 * is joined by 同/与/跟 and the rest form a list. The relation distributes over the list from the
 * subject (A–B, A–C, A–D), not among the partners. Null when the group is no such phrase.
 */
export function subjectWithList(v: SentenceView, g: Group): { subject: string[]; partners: string[] } | null {
  if (g.parties.length < 3) return null;
  const gap = (i: number): string => clean(v.norm.slice(g.parties[i].end, g.parties[i + 1].start));
  if (!WITH_LINKS.includes(gap(0))) return null;
  for (let i = 1; i + 1 < g.parties.length; i++) if (!LIST_LINKS.includes(gap(i))) return null;
  const subject = g.parties[0].states;
  const partners = statesOf(g.parties.slice(1)).filter((s) => !subject.includes(s));
  return partners.length > 0 ? { subject, partners } : null;
}
