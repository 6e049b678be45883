/**
 * Compiles the trigger and cue lexicons (extract/data/triggers.json, cues.json, cues.roles.json) into
 * leftmost-longest Aho–Corasick matchers. Built once, on first use.
 */
import cuesData from "../data/cues.json";
import rolesData from "../data/cues.roles.json";
import treatiesData from "../data/treaties.json";
import triggersData from "../data/triggers.json";
import { SkippingAhoCorasick } from "../mentions/matcher";
import { nonStates } from "../mentions/nonstates";
import type { StateRelation } from "../schema/graph";

export type Frame = "event" | "relational" | "directed" | "joint" | "neutral" | "stop";

/** One trigger entry of triggers.json, with its gap pattern split into head and tail. */
export interface TriggerDef {
  pattern: string;
  /** The literal matched first (the whole pattern, or the part before "…"). */
  head: string;
  /** For "X…Y" patterns: Y, looked for within `gap` characters after X in the same clause. */
  tail?: string;
  relation?: StateRelation;
  frame: Frame;
  agentsRelation?: StateRelation;
  mutual?: boolean;
  locativeTarget?: boolean;
  objectOnly?: boolean;
  namedWar?: boolean;
  /** This pattern's own gap (characters between head and tail), instead of the lexicon's. */
  gap?: number;
  /** An event noun (军演) that binds non-adjacent parties only after a verb such as 举行. */
  needsVerb?: boolean;
  /** A noun (贸易战) that, opening a clause with no state, is the clause subject, not a predicate. */
  nominal?: boolean;
  /** A protest whose 就-phrase names another state's act or document (就美国的法案提出抗议): that state is a target. */
  topicTarget?: boolean;
  /** A principle that names its state (一个中国原则): the agent relates to this ISO3 state. */
  fixedTarget?: string;
}

export type CueKind =
  | "negation"
  | "hypothetical"
  | "speculation"
  | "desire"
  | "question"
  | "reporting"
  | "scare"
  | "pretense"
  | "alleged"
  | "termination"
  | "none";

export interface Hit<T> {
  start: number;
  end: number;
  word: string;
  values: T[];
}

/** A leftmost-longest dictionary matcher whose words carry values. */
export class Dictionary<T> {
  private readonly ac: SkippingAhoCorasick | null;
  private readonly values = new Map<string, T[]>();

  constructor(entries: Iterable<[string, T]>) {
    for (const [word, value] of entries) {
      if (word.length === 0) continue;
      const list = this.values.get(word);
      if (list) list.push(value);
      else this.values.set(word, [value]);
    }
    this.ac = this.values.size > 0 ? new SkippingAhoCorasick([...this.values.keys()]) : null;
  }

  /** Non-overlapping leftmost-longest matches in `text`. */
  match(text: string): Hit<T>[] {
    const ac = this.ac;
    if (!ac) return [];
    const flat = ac.matchStates(text);
    const out: Hit<T>[] = new Array<Hit<T>>(flat.length / 3);
    for (let k = 0; k < flat.length; k += 3) {
      const word = ac.keywordAt(flat[k + 2]) as string;
      out[k / 3] = { start: flat[k], end: flat[k + 1], word, values: this.values.get(word) ?? [] };
    }
    return out;
  }
}

interface RawTrigger {
  pattern: string;
  relation?: string;
  frame: string;
  agentsRelation?: string;
  mutual?: boolean;
  locativeTarget?: boolean;
  objectOnly?: boolean;
  namedWar?: boolean;
  gap?: number;
  needsVerb?: boolean;
  nominal?: boolean;
  /** A protest whose 就-phrase names another state's act or document (就美国的法案提出抗议): that state is a target. */
  topicTarget?: boolean;
  /** A principle that names its state (一个中国原则): the agent relates to this ISO3 state. */
  fixedTarget?: string;
}

export interface Roles {
  particles: string[];
  target: string[];
  passive: string[];
  link: string[];
  comitative: string[];
  linkExclusions: string[];
  linkReach: number;
  locative: string[];
  locativeTail: string[];
  embeddedSubjectNext: string[];
  copulaOpeners: string[];
  topic: string[];
  object: string[];
  relationNouns: string[];
  orgSuffixes: string[];
  orgReach: string[];
  pronouns: { words: string[]; not: string[] };
  pairAnaphora: {
    words: string[];
    window: Record<string, number>;
    appositive: string[];
    not: string[];
    weak: string[];
  };
  carryOpeners: string[];
  temporalOpeners: string[];
  objectReach: number;
  laterPredicates: string[];
  npLinks: string[];
  subjectPrefixes: string[];
  subjectGap: number;
  adverbialOpeners: string[];
  mediaTitleEnds: string[];
  means: string[];
  nestedLinks: string[];
  embeddedFrameEnds: string[];
  objectBlockers: string[];
  targetCoordination: string[];
  nominalUse: string[];
  purposeLinks: string[];
  clauseTargets: string[];
  passiveNot: string[];
  jointAdverbs: string[];
  coordinators: string[];
  speechVerbs: string[];
}

export interface Lexicon {
  gap: number;
  /** How treaty titles end (条约, 协定 …): states in other 《titles》 are no parties. */
  treatyEnds: string[];
  /** Verbs that let an event noun (军演) bind parties that are not a noun phrase with it. */
  eventVerbs: string[];
  /** Words that, right after a trigger, make it part of an organisation's name. */
  orgTails: string[];
  triggers: Dictionary<TriggerDef>;
  cues: Dictionary<CueKind>;
  negationFillers: string[];
  negationMaxGap: number;
  /** Words that end the reach of a termination cue (退出协议并重启制裁). */
  terminationStops: string[];
  /** Every cue word (for telling a verb phrase from a subject). */
  cueWords: string[];
  contrast: Set<string>;
  roles: Roles;
  /** Every role-marker word, longest first, with its role. */
  markers: { word: string; role: "target" | "passive" | "locative" | "topic" | "object" | "means" }[];
  linkWords: Set<string>;
  pronouns: Dictionary<true | null>;
  /** Pair anaphora with their window in sentences (0: not an anaphor). */
  anaphora: Dictionary<number>;
}

const FRAMES = new Set<Frame>(["event", "relational", "directed", "joint", "neutral", "stop"]);
const RELATIONS = new Set<string>(["ally", "partner", "non-aligned", "opposes"]);

function toDef(raw: RawTrigger): TriggerDef {
  if (!FRAMES.has(raw.frame as Frame))
    throw new Error(`triggers.json: unknown frame "${raw.frame}" in "${raw.pattern}"`);
  if (raw.frame !== "stop" && !RELATIONS.has(raw.relation ?? ""))
    throw new Error(`triggers.json: unknown relation "${raw.relation}" in "${raw.pattern}"`);
  const [head, tail] = raw.pattern.split("…");
  return {
    pattern: raw.pattern,
    head,
    ...(tail ? { tail } : {}),
    ...(raw.relation ? { relation: raw.relation as StateRelation } : {}),
    frame: raw.frame as Frame,
    ...(raw.agentsRelation ? { agentsRelation: raw.agentsRelation as StateRelation } : {}),
    ...(raw.mutual ? { mutual: true } : {}),
    ...(raw.locativeTarget ? { locativeTarget: true } : {}),
    ...(raw.objectOnly ? { objectOnly: true } : {}),
    ...(raw.namedWar ? { namedWar: true } : {}),
    ...(raw.gap ? { gap: raw.gap } : {}),
    ...(raw.needsVerb ? { needsVerb: true } : {}),
    ...(raw.nominal ? { nominal: true } : {}),
    ...(raw.topicTarget ? { topicTarget: true } : {}),
    ...(raw.fixedTarget ? { fixedTarget: raw.fixedTarget } : {}),
  };
}

let cached: Lexicon | null = null;

/** The compiled lexicons (built on first call). */
export function lexicon(): Lexicon {
  if (cached) return cached;
  const defs = (triggersData.triggers as RawTrigger[]).map(toDef);
  const cueEntries: [string, CueKind][] = [];
  const kinds: Exclude<CueKind, "none" | "contrast">[] = [
    "negation",
    "hypothetical",
    "speculation",
    "desire",
    "question",
    "reporting",
    "scare",
    "pretense",
    "alleged",
    "termination",
  ];
  for (const kind of kinds) {
    const group = cuesData[kind] as { words: string[]; not?: string[] };
    for (const w of group.words) cueEntries.push([w, kind]);
    for (const w of group.not ?? []) cueEntries.push([w, "none"]);
  }
  // A word that is a cue of one kind and a "not" of another keeps only its cue kinds.
  const byWord = new Map<string, Set<CueKind>>();
  for (const [w, k] of cueEntries) {
    const set = byWord.get(w) ?? new Set<CueKind>();
    set.add(k);
    byWord.set(w, set);
  }
  const cueList: [string, CueKind][] = [];
  for (const [w, set] of byWord) {
    if (set.size > 1) set.delete("none");
    for (const k of set) cueList.push([w, k]);
  }
  // Words after a state that make it a non-state group (也门胡塞武装) come from nonstates.json.
  const base = rolesData as Roles;
  const roles: Roles = { ...base, orgSuffixes: [...new Set([...base.orgSuffixes, ...nonStates().hostSuffixes])] };
  const markers: Lexicon["markers"] = [];
  for (const role of ["target", "passive", "locative", "topic", "object", "means"] as const) {
    for (const word of roles[role]) markers.push({ word, role });
  }
  markers.sort((a, b) => b.word.length - a.word.length);
  cached = {
    gap: triggersData.gap,
    eventVerbs: triggersData.eventVerbs,
    treatyEnds: treatiesData.suffixes,
    orgTails: triggersData.orgTails,
    triggers: new Dictionary(defs.map((d): [string, TriggerDef] => [d.head, d])),
    cues: new Dictionary(cueList),
    negationFillers: [...cuesData.negation.fillers].sort((a, b) => b.length - a.length),
    negationMaxGap: cuesData.negation.maxGap,
    terminationStops: cuesData.termination.stops,
    cueWords: cueList.map(([w]) => w),
    contrast: new Set(cuesData.contrast),
    roles,
    markers,
    linkWords: new Set(roles.link),
    pronouns: new Dictionary<true | null>([
      ...roles.pronouns.words.map((w): [string, true] => [w, true]),
      ...roles.pronouns.not.map((w): [string, null] => [w, null]),
    ]),
    anaphora: new Dictionary<number>([
      ...roles.pairAnaphora.words.map((w): [string, number] => [w, roles.pairAnaphora.window[w] ?? 1]),
      ...roles.pairAnaphora.not.map((w): [string, number] => [w, 0]),
    ]),
  };
  return cached;
}
