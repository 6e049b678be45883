/**
 * Relation frames: how the parties around one trigger become (relation, source, target) tuples.
 * See extract/data/triggers.json for the frame kinds. All functions are pure over a SentenceView.
 */
import { embeddedClause, namedWar, reportedSubject, separated } from "./frame-context";
import {
  agentlessPassive,
  binds,
  carrySubject,
  clauseGroups,
  clean,
  cross,
  emit,
  markedBy,
  meansComitative,
  npGroup,
  objectAfter,
  pairsWithin,
  statesOf,
  subjectWithList,
  verbBefore,
  type RawRelation,
  type TriggerHit,
} from "./frame-parts";
import { lexicon } from "./lexicon";
import { clauseAt, type Group, type SentenceView } from "./parties";
import { startsWithSome } from "./words";

export type { RawRelation, TriggerHit } from "./frame-parts";

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
    const list = subjectWithList(v, np);
    emit(out, rel, list ? cross(list.subject, list.partners) : pairsWithin(np.states), { ...opts, npStart: np.start });
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
    const list = subjectWithList(v, g);
    if (binds(v, t, g, others)) emit(out, rel, list ? cross(list.subject, list.partners) : pairsWithin(g.states), opts);
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
    const list = subjectWithList(v, np);
    emit(out, rel, list ? cross(list.subject, list.partners) : pairsWithin(np.states), { ...opts, npStart: np.start });
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
      const list = subjectWithList(v, g);
      if (binds(v, t, g, others))
        emit(out, rel, list ? cross(list.subject, list.partners) : pairsWithin(g.states), opts);
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
  // 中国就美国的涉台法案提出抗议: the state owning the act or document protested is the target.
  if (def.topicTarget)
    for (const g of pre)
      if (g.role === "topic" && clean(v.norm.slice(g.end, g.end + 2)).startsWith("的")) targets.push(g);
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
  // 埃及恪守一个中国原则: the principle names the state it belongs to.
  if (def.fixedTarget) targets.push({ ...(agents[0] ?? pre[0]), states: [`country:${def.fixedTarget}`] });
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
