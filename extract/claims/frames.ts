/**
 * Relation frames: how the parties around one trigger become (relation, source, target) tuples.
 * See extract/data/triggers.json for the frame kinds. All functions are pure over a SentenceView.
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

const clean = (s: string): string => s.replace(/[“”‘’「」『』"'\s\u3000]/g, "");

/** Every role-marker word. */
const markerWords = (lex: Lexicon): string[] => derivedWords(lex.markers, (ms) => ms.map((m) => m.word));
/** The target-marker words (对, 向 …). */
const targetMarkerWords = (lex: Lexicon): string[] =>
  derivedWords(lex.roles.target, () => lex.markers.filter((m) => m.role === "target").map((m) => m.word));

/**
 * A mention heading a relation noun (中日关系) acts for nobody, unless that 关系 is part of the
 * trigger (关系…密切) or the phrase is the clause subject (印俄关系坚持不结盟).
 */
function isRelNounOutside(v: SentenceView, p: Party, t: TriggerHit): boolean {
  if (p.relNoun < 0 || (p.relNoun >= t.start && p.relNoun < t.end)) return false;
  return v.subjects[p.clause] !== p.group;
}

/** Parties that can take part in a relation around trigger t. */
function eligible(v: SentenceView, p: Party, t: TriggerHit): boolean {
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
function nestedRelation(v: SentenceView, p: Party, t: TriggerHit): boolean {
  if (t.def.frame !== "event" && t.def.frame !== "relational") return false;
  if (t.start < p.end || !lexicon().roles.npLinks.includes(clean(v.norm.slice(p.end, t.start)))) return false;
  return !clean(v.norm.slice(t.end, t.end + 2)).startsWith("的");
}

/** The distinct states of some groups (or parties), in order of first appearance. */
function statesOf(groups: readonly { states: string[] }[]): string[] {
  const out: string[] = [];
  for (const g of groups) for (const st of g.states) if (!out.includes(st)) out.push(st);
  return out;
}

function pairsWithin(states: string[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i < states.length; i++) for (let j = i + 1; j < states.length; j++) out.push([states[i], states[j]]);
  return out;
}

function cross(a: string[], b: string[]): [string, string][] {
  const out: [string, string][] = [];
  for (const x of a) for (const y of b) if (x !== y) out.push([x, y]);
  return out;
}

/** Groups of the trigger's clause, restricted to eligible parties, in order. */
function clauseGroups(v: SentenceView, t: TriggerHit, clause: number): Group[] {
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
function carrySubject(v: SentenceView, clause: number, at?: number): Group | null {
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
function npGroup(v: SentenceView, t: TriggerHit, groups: Group[]): Group | null {
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
function objectAfter(
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
function agentlessPassive(v: SentenceView, t: TriggerHit, clause: number, groups: Group[]): boolean {
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
function binds(v: SentenceView, t: TriggerHit, g: Group, others: TriggerHit[]): boolean {
  const [from, to] = g.end <= t.start ? [g.end, t.start] : [t.end, g.start];
  const between = (p: Party): boolean => p.group !== g.id && !p.org && p.start >= from && p.end <= to;
  if (v.parties.some((p) => between(p) && !meansComitative(v, t, v.groups[p.group]))) return false;
  // A serial verb right before the trigger (中俄联手对抗美国) does not separate it from its subject.
  return !others.some(
    (o) => o !== t && o.start >= from && o.end <= to && clean(v.norm.slice(o.end, t.start)).length > 0,
  );
}

function emit(
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

function eventFrame(v: SentenceView, t: TriggerHit, clause: number, out: RawRelation[], others: TriggerHit[]): void {
  const lex = lexicon();
  const def = t.def;
  const rel = def.relation!;
  const opts = { mutual: !!def.mutual };
  // 通过与朝鲜走近来对抗美国: a 与-phrase before a purpose link (来, 以 …) belongs to the means.
  const all = clauseGroups(v, t, clause).filter((g) => !meansComitative(v, t, g));
  const after = objectAfter(v, t, all, true, others);
  const groups = all.filter((g) => g.start < t.end || g === after);
  const np = npGroup(v, t, groups);
  if (np && np.states.length >= 2) {
    emit(out, rel, pairsWithin(np.states), { ...opts, npStart: np.start });
    return;
  }
  // 日本和美国都表示会关注军演: an event noun binds parties only through a verb (举行军演).
  if (def.needsVerb && !verbBefore(v, t, clause)) return;
  // 多国开始对抗中共: an event verb with an object after it acts on that object.
  const object = after;
  if (object && object.start >= t.end) {
    const actors = [...groups]
      .reverse()
      .find((g) => g.end <= t.start && g.role !== "target" && g.role !== "passive" && g.role !== "locative");
    const subject = actors ?? carrySubject(v, clause, t.start);
    if (subject && binds(v, t, subject, others)) {
      emit(out, rel, cross(subject.states, object.states), opts);
      return;
    }
  }
  // A comitative group (与中国、美国签署的协议) acts with the subject, not among itself.
  const together = groups.filter(
    (g) => g.role !== "target" && g.role !== "passive" && g.role !== "comitative" && g.states.length >= 2,
  );
  if (together.length > 0) {
    // The group nearest the trigger (before it if any).
    const before = together.filter((g) => g.start < t.start);
    const g = before.length > 0 ? before[before.length - 1] : together[0];
    // 两国将共同对抗西方制裁: acting together, the pair does not oppose itself.
    const between = g.end <= t.start ? clean(v.norm.slice(g.end, t.start)) : "";
    if (rel === "opposes" && lex.roles.jointAdverbs.some((w) => between.includes(w))) return;
    if (binds(v, t, g, others)) emit(out, rel, pairsWithin(g.states), opts);
    return;
  }
  const comitative = groups.find((g) => g.role === "comitative" && g.start < t.end);
  if (comitative) {
    const linked = comitative.linkedTo !== undefined ? v.groups[comitative.linkedTo] : undefined;
    const subject =
      linked ??
      groups.find((g) => g.role === "plain" && g.start < comitative.start) ??
      carrySubject(v, clause, t.start);
    if (subject) emit(out, rel, cross(subject.states, comitative.states), opts);
    return;
  }
  // 贸易战和制裁只能会促使他们…: a noun opening a clause is its subject, not a predicate of the last one.
  if (groups.length === 0 && !def.nominal) {
    const carried = carrySubject(v, clause, t.start);
    const lead = clean(v.norm.slice(v.clauses[clause].start, t.start));
    if (rel === "opposes" && lex.roles.jointAdverbs.some((w) => lead.includes(w))) return;
    if (carried && carried.states.length >= 2) {
      emit(out, rel, pairsWithin(carried.states), opts);
      return;
    }
  }
  if (def.namedWar) namedWar(v, t, clause, out);
}

/**
 * Whether trigger t stands in a clause that is the object of an earlier trigger, with its own
 * (non-state) subject between them (反对外部势力干涉柬埔寨内政): no subject is carried into it.
 */
function embeddedClause(v: SentenceView, t: TriggerHit, clause: number, others: TriggerHit[]): boolean {
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
function separated(v: SentenceView, t: TriggerHit, agent: Group, others: TriggerHit[]): boolean {
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
function reportedSubject(v: SentenceView, t: TriggerHit, agent: Group, others: TriggerHit[]): boolean {
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

/** The words between a group and the party or clause start before it (its marker: 对, 向 …). */
function markedBy(v: SentenceView, g: Group): string {
  const first = g.parties[0];
  const prev = [...v.parties].reverse().find((p) => p.end <= first.start && p.clause === first.clause);
  return clean(v.norm.slice(prev ? prev.end : v.clauses[first.clause].start, first.start));
}

/** A comitative group followed by words ending in a purpose link before trigger t (与朝鲜走近来…). */
function meansComitative(v: SentenceView, t: TriggerHit, g: Group): boolean {
  if (g.role !== "comitative" || g.end > t.start) return false;
  const gap = clean(v.norm.slice(g.end, t.start));
  return gap.length >= 2 && lexicon().roles.purposeLinks.some((w) => gap.endsWith(w));
}

/** Whether a verb that takes an event noun (举行, 参加 …) stands before trigger t in its clause. */
function verbBefore(v: SentenceView, t: TriggerHit, clause: number): boolean {
  const text = clean(v.norm.slice(v.clauses[clause].start, t.start));
  return lexicon().eventVerbs.some((w) => text.includes(w));
}

/** [State]战争: a war named by a state, fought by the subject of the sentence around it. */
function namedWar(v: SentenceView, t: TriggerHit, clause: number, out: RawRelation[]): void {
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

function relationalFrame(
  v: SentenceView,
  t: TriggerHit,
  clause: number,
  out: RawRelation[],
  others: TriggerHit[],
): void {
  const def = t.def;
  const rel = def.relation!;
  const opts = { mutual: !!def.mutual };
  const all = clauseGroups(v, t, clause).filter((g) => g.role !== "passive");
  const after = objectAfter(v, t, all, true, others);
  const groups = all.filter((g) => g.start < t.end || g === after);
  const np = npGroup(v, t, groups);
  if (np && np.states.length >= 2) {
    emit(out, rel, pairsWithin(np.states), { ...opts, npStart: np.start });
    return;
  }
  const usable = groups.filter((g) => g.role !== "target" || def.relation === "opposes");
  // 美国及其盟友: the allies are not named.
  const nearest = [...usable].reverse().find((g) => g.end <= t.start);
  if (nearest && /^(及|和|与|以及)?其/.test(clean(v.norm.slice(nearest.end, t.start)))) return;
  if (usable.length >= 2) {
    // The two groups nearest the trigger.
    const byDistance = [...usable].sort(
      (a, b) =>
        Math.min(Math.abs(a.end - t.start), Math.abs(a.start - t.end)) -
        Math.min(Math.abs(b.end - t.start), Math.abs(b.start - t.end)),
    );
    const [g1, g2] = byDistance.slice(0, 2).sort((a, b) => a.start - b.start);
    // 中国把美国视为对手: how the subject regards the 把-object — one direction, subject → object.
    if (rel === "opposes" && g2.role === "object" && g1.role !== "object") {
      emit(out, rel, cross(g1.states, g2.states));
      return;
    }
    emit(out, rel, cross(g1.states, g2.states), opts);
    return;
  }
  if (usable.length === 1) {
    const g = usable[0];
    if (g.states.length >= 2) {
      if (binds(v, t, g, others)) emit(out, rel, pairsWithin(g.states), opts);
      return;
    }
    if (v.subjects[clause] === g.id) return;
    const carried = carrySubject(v, clause, t.start);
    if (carried && carried.id !== g.id) emit(out, rel, cross(carried.states, g.states), opts);
    return;
  }
  if (usable.length === 0) {
    // …，互为最大贸易伙伴: a relation noun after a copula takes the pair named before.
    const lex = lexicon();
    const lead = clean(v.norm.slice(v.clauses[clause].start, t.start));
    if (!startsWithSome(lead, lex.roles.copulaOpeners)) return;
    const carried = carrySubject(v, clause, t.start);
    if (carried && carried.states.length >= 2) emit(out, rel, pairsWithin(carried.states), opts);
  }
}

function directedFrame(v: SentenceView, t: TriggerHit, clause: number, out: RawRelation[], others: TriggerHit[]): void {
  const lex = lexicon();
  const def = t.def;
  const rel = def.relation!;
  const groups = clauseGroups(v, t, clause);
  const pre = groups.filter((g) => g.end <= t.start || (g.start >= t.start && g.end <= t.end));
  const targets: Group[] = [];
  let object = objectAfter(v, t, groups, false, others);
  let embedded: Group | null = null;
  // 新西兰对中共的援助发出警告: when a later predicate of the clause can take the 对-phrase, a
  // state before 的 + this (nominal) trigger is its owner, not its target.
  const rest = clean(v.norm.slice(t.end, v.clauses[clause].end));
  const later =
    others.some((o) => o.start >= t.end && o.end <= v.clauses[clause].end && o.def.frame === "directed") ||
    lexicon().roles.laterPredicates.some((w) => rest.includes(w));
  const owner = (g: Group): boolean => later && /^的/.test(clean(v.norm.slice(g.end, t.start)));
  const marked = def.objectOnly ? [] : pre.filter((g) => g.role === "target" && !owner(g));
  // 向印度施压希望其停止…: with a target named, a pronoun after the trigger is no second one.
  if (object && marked.length > 0 && object.parties.every((p) => p.kind === "pronoun")) object = null;
  // 中国对[俄罗斯帮助越南…]的反应 / 中国对[俄罗斯向越南出售武器]: a 对-phrase holding a whole
  // clause; its first state is that clause's subject, the agent here.
  // Not 对俄罗斯和对朝鲜的制裁 (two targets) nor 对伊朗的制裁 (a nominal trigger after 的).
  const coordinated =
    marked.length >= 2 && lex.roles.targetCoordination.includes(clean(v.norm.slice(marked[0].end, marked[1].start)));
  const adjacent =
    marked.length === 1 &&
    object &&
    /^[^的]?$/.test(clean(v.norm.slice(marked[0].end, t.start))) &&
    lex.roles.clauseTargets.some((w) => markedBy(v, marked[0]).endsWith(w));
  if ((marked.length >= 2 && !coordinated) || adjacent) {
    embedded = marked[0];
    marked.shift();
  }
  targets.push(...marked);
  if (def.locativeTarget) for (const g of pre) if (g.role === "locative") targets.push(g);
  if (object) targets.push(object);
  let agents: Group[] = embedded ? [embedded] : [];
  const passive = [...pre].reverse().find((g) => g.role === "passive");
  if (embedded) {
    // The agent is the embedded subject.
  } else if (passive) {
    agents = [passive];
    const patient = [...pre]
      .reverse()
      .find((g) => g.start < passive.start && (g.role === "plain" || g.role === "comitative"));
    if (patient) targets.push(patient);
  } else {
    const targetStates = new Set(statesOf(targets));
    const agent = [...pre]
      .reverse()
      .find(
        (g) =>
          (g.role === "plain" || g.role === "topic" || g.role === "comitative" || g.role === "object") &&
          g.states.some((s) => !targetStates.has(s)),
      );
    // 伊朗受到国际制裁时…中国: a passive with no state agent names no relation.
    if (agentlessPassive(v, t, clause, groups)) return;
    if (agent) agents = separated(v, t, agent, others) || reportedSubject(v, t, agent, others) ? [] : [agent];
    else if (!embeddedClause(v, t, clause, others)) {
      const carried = carrySubject(v, clause, t.start);
      if (carried) agents = [carried];
    }
  }
  if (agents.length === 0 || targets.length === 0) return;
  emit(out, rel, cross(statesOf(agents), statesOf(targets)));
}

function jointFrame(v: SentenceView, t: TriggerHit, clause: number, out: RawRelation[], others: TriggerHit[]): void {
  const def = t.def;
  const groups = clauseGroups(v, t, clause);
  const pre = groups.filter((g) => g.end <= t.start);
  const targets: Group[] = [];
  if (!def.objectOnly) for (const g of pre) if (g.role === "target") targets.push(g);
  const object = objectAfter(v, t, groups, false, others);
  if (object) targets.push(object);
  let agentStates = statesOf(pre.filter((g) => g.role !== "target" && g.role !== "passive"));
  if (agentStates.length === 0) {
    const carried = carrySubject(v, clause, t.start);
    if (carried) agentStates = carried.states;
  }
  if (agentStates.length === 1) {
    // 共同防御 with one agent named: its partner is a joint form naming it earlier in the sentence.
    const partner = v.parties.find(
      (p) => p.clause < clause && p.states.length >= 2 && p.states.includes(agentStates[0]) && !p.org,
    );
    if (partner) agentStates = partner.states;
  }
  const targetStates = statesOf(targets).filter((s) => !agentStates.includes(s));
  if (def.agentsRelation && agentStates.length >= 2) emit(out, def.agentsRelation, pairsWithin(agentStates));
  if (def.relation && targetStates.length > 0) emit(out, def.relation, cross(agentStates, targetStates));
}

function neutralFrame(v: SentenceView, t: TriggerHit, clause: number, out: RawRelation[]): void {
  const groups = clauseGroups(v, t, clause);
  const pre = groups.filter((g) => g.end <= t.start && g.role === "plain");
  const own =
    v.subjects[clause] >= 0 && v.groups[v.subjects[clause]].end <= t.start ? v.groups[v.subjects[clause]] : null;
  let subject: Group | null = own ?? (pre.length > 0 ? pre[pre.length - 1] : null);
  if (!subject) subject = carrySubject(v, clause, t.start);
  if (!subject) return;
  const from = subject.start;
  const others = new Set<string>();
  for (const p of v.parties) {
    if (p.org || p.group === subject.id) continue;
    if (p.start < from) continue;
    if (p.clause > clause || (p.clause === clause && p.start >= t.end && p.group !== objectAfter(v, t, groups)?.id))
      continue;
    for (const s of p.states) if (!subject.states.includes(s)) others.add(s);
  }
  emit(out, "non-aligned", cross(subject.states, [...others]));
}

/** The relation tuples one trigger yields in its sentence (`others`: all triggers of the sentence). */
export function relationsFor(v: SentenceView, t: TriggerHit, others: TriggerHit[] = []): RawRelation[] {
  const out: RawRelation[] = [];
  const clause = clauseAt(v.clauses, t.start);
  switch (t.def.frame) {
    case "event":
      eventFrame(v, t, clause, out, others);
      break;
    case "relational":
      relationalFrame(v, t, clause, out, others);
      break;
    case "directed":
      directedFrame(v, t, clause, out, others);
      break;
    case "joint":
      jointFrame(v, t, clause, out, others);
      break;
    case "neutral":
      neutralFrame(v, t, clause, out);
      break;
    case "stop":
      break;
  }
  return out;
}
