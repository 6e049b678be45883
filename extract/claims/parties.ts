/**
 * The parties of a sentence: state mentions (leaders and capitals count for their states, a joint
 * form 中俄 for both), resolved pair anaphora (两国, 双方) and subject pronouns (其), each with the
 * grammatical role the words before it give it in its clause (对B → target, 遭到A → passive agent,
 * 与B → linked to the mention before it, 在X → a place, …) and its coordination group.
 */
import { splitClauses } from "../text/sentences";
import type { Mention, Sentence } from "../types";
import { lexicon, type Lexicon } from "./lexicon";
import { SuffixTable, wordTrie } from "./words";

export type Role =
  | "plain"
  | "target"
  | "passive"
  | "locative"
  | "topic"
  | "object"
  | "comitative"
  /** 借助/利用 X: an instrument, not a party. */
  | "means";

export interface Party {
  states: string[];
  /** [start, end) in the document text. */
  start: number;
  end: number;
  surface: string;
  kind: "mention" | "anaphor" | "pronoun";
  clause: number;
  role: Role;
  group: number;
  /** A place word follows (在乌克兰附近): may be a target for deployment triggers. */
  locTail: boolean;
  /** Document offset of a relation noun right after the mention (中日关系), or -1. */
  relNoun: number;
  /** Names an organisation (俄罗斯卫星通讯社, 美国之音), not a party. */
  org: boolean;
  /** Stands in a phrase after 对与 / 向与 (对与伊朗进行贸易的国家, 对与中国的合作). */
  nested: boolean;
  /** Named inside a 《title》 that is not a treaty's. */
  titled: boolean;
}

export interface Group {
  id: number;
  /** For a comitative group (与B reaching back over words): the group it acts with. */
  linkedTo?: number;
  parties: Party[];
  states: string[];
  role: Role;
  clause: number;
  start: number;
  end: number;
}

/** Everything the relation rules need to know about one sentence. */
export interface SentenceView {
  sentence: Sentence;
  clauses: Sentence[];
  parties: Party[];
  groups: Group[];
  /** The clause subject group per clause (index into groups), or -1. */
  subjects: number[];
  /** The document's normalised text (offsets are document offsets). */
  norm: string;
}

/** Two or more states named together, remembered for 两国 / 双方. */
export interface PairUnit {
  states: string[];
  sentence: number;
  /** Document offsets of the words naming the pair. */
  pos: number;
  end: number;
}

/** A state mention in the clause of an anaphor (its states cannot be the anaphor's antecedent). */
export interface ClauseParty {
  states: string[];
  start: number;
  end: number;
}

const QUOTES = /[“”‘’「」『』"'\s\u3000]/g;
const CLAUSE_PUNCT = /[，,；;：:。！？!?]/;
const TIME_PREFIX =
  /^(?:[0-9一二三四五六七八九十百千〇零两]+(?:年代|年|月|日|号|世纪)(?:初|底|末|中旬|上旬|下旬|以来|之前|以前|前|后|之后|起)?)+/;
/** A title between a state and its leader (朝鲜领导人金正恩, 中国国家主席习近平). */
const MAX_APPOSITION = 8;

/** Normalises a state key to country:XXX. */
export function stateKey(s: string): string {
  return s.startsWith("country:") ? s : `country:${s}`;
}

/** Whether every state of `list` is a country:XXX key and none comes twice. */
function canonical(list: readonly string[]): boolean {
  for (let i = 0; i < list.length; i++) {
    if (!list[i].startsWith("country:")) return false;
    for (let j = 0; j < i; j++) if (list[j] === list[i]) return false;
  }
  return true;
}

/**
 * The states a mention stands for. The mention's own list when it is already in that form (most
 * are): the returned list is read, never written to.
 */
export function mentionStates(m: Mention): string[] {
  if (m.states.length > 0 && canonical(m.states)) return m.states;
  const list = m.states.length > 0 ? m.states : m.key.startsWith("country:") ? [m.key] : [];
  const out: string[] = [];
  for (const s of list) {
    const k = stateKey(s);
    if (!out.includes(k)) out.push(k);
  }
  return out;
}

const clean = (s: string): string => s.replace(QUOTES, "");

/** Finds the clause index holding document offset `pos`. */
export function clauseAt(clauses: Sentence[], pos: number): number {
  for (let i = 0; i < clauses.length; i++) if (pos < clauses[i].end) return i;
  return clauses.length - 1;
}

/** The role marker a gap ends with (对 → target, 遭到 → passive, 在 → locative …), or null. */
export function markerOf(lex: Lexicon, gap: string): Role | null {
  let g = gap;
  for (let changed = true; changed && g.length > 0;) {
    changed = false;
    for (const p of lex.roles.particles) {
      if (g.endsWith(p) && g.length > p.length) {
        g = g.slice(0, -p.length);
        changed = true;
      }
    }
  }
  return markerTable(lex).longestSuffix(g);
}

const markerTables = new WeakMap<Lexicon["markers"], SuffixTable<Role>>();

/** `lex.markers` (longest first) as a suffix table: the first marker `g` ends with. */
function markerTable(lex: Lexicon): SuffixTable<Role> {
  let t = markerTables.get(lex.markers);
  if (!t) {
    t = new SuffixTable<Role>(lex.markers.map((m) => ({ word: m.word, value: m.role })));
    markerTables.set(lex.markers, t);
  }
  return t;
}

/** Whether the gap ends with a link (与/和/同 …) reaching the mention: the link position, or -1. */
function linkIn(lex: Lexicon, gap: string): number {
  const reach = lex.roles.linkReach;
  for (let i = gap.length - 1; i >= Math.max(0, gap.length - 1 - reach); i--) {
    // Only the comitative links reach over words (与南方巨邻中国); 及, 、 join adjacent items.
    if (!lex.roles.comitative.includes(gap[i])) continue;
    const two = [gap.slice(i - 1, i + 1), gap.slice(i, i + 2)];
    if (two.some((w) => lex.roles.linkExclusions.includes(w))) continue;
    const tail = gap.slice(i + 1);
    if (/[的是为]/.test(tail)) return -1;
    return i;
  }
  return -1;
}

function startsWithAny(s: string, words: string[]): string | null {
  return wordTrie(words).longestPrefix(s);
}

/** Strips clause-opening connectives and time words; what is left stands before the subject. */
export function subjectGapOf(lex: Lexicon, gap: string): string {
  let g = clean(gap);
  for (let changed = true; changed && g.length > 0;) {
    changed = false;
    const t = TIME_PREFIX.exec(g);
    if (t && t[0].length > 0) {
      g = g.slice(t[0].length);
      changed = true;
    }
    const w = startsWithAny(g, lex.roles.subjectPrefixes);
    if (w) {
      g = g.slice(w.length);
      changed = true;
    }
  }
  return g;
}

/** Whether `after` opens with a newspaper's title (《每日镜报》): the mention before it names the paper's country. */
function mediaTitle(lex: Lexicon, after: string): boolean {
  if (!after.startsWith("《")) return false;
  const close = after.indexOf("》");
  if (close < 2) return false;
  const title = after.slice(1, close);
  return lex.roles.mediaTitleEnds.some((w) => title.endsWith(w));
}

/** Whether a 在-place opens an embedded clause closed later in its clause (在美国增强制裁的背景下). */
function embeddedFrame(lex: Lexicon, norm: string, p: Party, clauseEnd: number): boolean {
  const rest = clean(norm.slice(p.end, clauseEnd));
  return lex.roles.embeddedFrameEnds.some((w) => rest.includes(w));
}

const orgFirsts = new WeakMap<string[], Set<number> | null>();

/**
 * Whether one of the first five characters of `after` starts a word of `lex.roles.orgReach` (any
 * does when a word is empty): else no such word is found within four characters.
 */
function mayReachOrg(lex: Lexicon, after: string): boolean {
  let f = orgFirsts.get(lex.roles.orgReach);
  if (f === undefined) {
    f = lex.roles.orgReach.includes("") ? null : new Set(lex.roles.orgReach.map((w) => w.charCodeAt(0)));
    orgFirsts.set(lex.roles.orgReach, f);
  }
  if (f === null) return true;
  for (let i = 0; i < Math.min(5, after.length); i++) if (f.has(after.charCodeAt(i))) return true;
  return false;
}

function annotate(lex: Lexicon, norm: string, p: Party, clauseEnd: number): void {
  const after = clean(norm.slice(p.end, Math.min(clauseEnd, p.end + 12)));
  p.locTail = startsWithAny(after, lex.roles.locativeTail) !== null;
  let rel = after;
  const two = startsWithAny(rel, lex.roles.pairAnaphora.words);
  if (two) rel = rel.slice(two.length);
  const noun = startsWithAny(rel, lex.roles.relationNouns);
  if (noun) {
    const idx = norm.indexOf(noun.endsWith("关系") ? "关系" : noun, p.end);
    p.relNoun = idx >= 0 ? idx : p.end;
  }
  if (p.kind === "mention") {
    if (startsWithAny(after, lex.roles.orgSuffixes) || mediaTitle(lex, after)) p.org = true;
    else if (mayReachOrg(lex, after)) {
      // A word found at most 4 characters in starts with one of the first five characters.
      const near = after.slice(0, 4 + 4);
      for (const w of lex.roles.orgReach) {
        const i = near.indexOf(w);
        if (i >= 0 && i <= 4 && !CLAUSE_PUNCT.test(near.slice(0, i))) p.org = true;
      }
    }
  }
}

/**
 * Assigns roles and groups to the parties of each clause, and finds each clause's subject group.
 * Parties must be sorted by start.
 */
/** Whether some party stands in clause `ci`. */
function hasPartyIn(parties: Party[], ci: number): boolean {
  for (const p of parties) if (p.clause === ci) return true;
  return false;
}

/** The last of parties[0, before) that is no organisation, place or topic (a partner for 与 / 和). */
function lastEligible(parties: Party[], before: number): Party | undefined {
  for (let k = before - 1; k >= 0; k--) {
    const q = parties[k];
    if (!q.org && q.role !== "locative" && q.role !== "topic") return q;
  }
  return undefined;
}

function analyse(
  lex: Lexicon,
  norm: string,
  clauses: Sentence[],
  parties: Party[],
): { groups: Group[]; subjects: number[] } {
  const groups: Group[] = [];
  const subjects = clauses.map(() => -1);
  const newGroup = (p: Party): void => {
    p.group = groups.length;
    groups.push({
      id: groups.length,
      parties: [p],
      states: [...p.states],
      role: p.role,
      clause: p.clause,
      start: p.start,
      end: p.end,
    });
  };
  const join = (p: Party, g: Group): void => {
    p.group = g.id;
    p.role = g.role;
    g.parties.push(p);
    for (const s of p.states) if (!g.states.includes(s)) g.states.push(s);
    g.end = p.end;
  };
  for (let ci = 0; ci < clauses.length; ci++) {
    // A clause without parties has nothing to group, and no group of its own.
    if (!hasPartyIn(parties, ci)) continue;
    const c = clauses[ci];
    const inClause = parties.filter((p) => p.clause === ci);
    let prevEnd = c.start;
    let prev: Party | null = null;
    for (let pi = 0; pi < inClause.length; pi++) {
      const p = inClause[pi];
      annotate(lex, norm, p, c.end);
      const gap = clean(norm.slice(prevEnd, p.start));
      const eligiblePrev = lastEligible(inClause, pi);
      if (prev && !prev.org && lex.linkWords.has(gap)) {
        join(p, groups[prev.group]);
      } else if (
        prev &&
        !prev.org &&
        p.kind === "mention" &&
        prev.states.length === p.states.length &&
        p.states.every((s) => prev!.states.includes(s)) &&
        gap.length <= MAX_APPOSITION &&
        !/[的在对向与和及同跟被]/.test(gap) &&
        markerOf(lex, gap) === null
      ) {
        // 俄罗斯总统普京, 朝鲜领导人金正恩: the same state named twice.
        join(p, groups[prev.group]);
      } else {
        const marker = markerOf(lex, gap);
        const link = marker === null ? linkIn(lex, gap) : -1;
        if (marker !== null) {
          p.role = marker;
          // 在美国对两国施压的情况下: a subject inside an adverbial, not a place.
          if (
            marker === "locative" &&
            (startsWithAny(clean(norm.slice(p.end, p.end + 4)), lex.roles.embeddedSubjectNext) ||
              (gap.endsWith("在") && embeddedFrame(lex, norm, p, c.end)))
          )
            p.role = "plain";
          newGroup(p);
        } else if (link >= 0 && eligiblePrev && link === gap.length - 1 && gap.length === 1) {
          join(p, groups[eligiblePrev.group]);
        } else if (link >= 0 && eligiblePrev) {
          // 俄罗斯时而与南方巨邻中国…: acting with the mention before, not coordinated with it.
          p.role = "comitative";
          newGroup(p);
          groups[p.group].linkedTo = eligiblePrev.group;
        } else {
          p.role = link >= 0 ? "comitative" : "plain";
          newGroup(p);
        }
        // 对与伊朗进行贸易的国家: a state in a phrase inside the target phrase.
        if (lex.roles.nestedLinks.some((w) => gap.endsWith(w))) p.nested = true;
      }
      prevEnd = p.end;
      prev = p;
    }
    // 中国和俄罗斯船只: coordinated states before an organisation word all modify it.
    for (const g of groups) {
      const last = g.parties[g.parties.length - 1];
      if (g.clause === ci && g.parties.length > 1 && last.org && last.kind === "mention" && !last.titled)
        for (const q of g.parties) q.org = true;
    }
    // The clause subject: the first plain party standing at the clause opening.
    const first = inClause.find((p) => !p.org);
    if (first && first.role === "plain" && first.kind !== "pronoun") {
      const g = subjectGapOf(lex, norm.slice(c.start, first.start));
      if (g.length <= lex.roles.subjectGap && !g.includes("的") && !g.includes("《")) subjects[ci] = first.group;
    }
  }
  return { groups, subjects };
}

/**
 * States named inside a 《title》 that is not a treaty's (《美国无法迫使他国支持乌克兰》) speak for
 * the title, not for this sentence: they are marked like organisations.
 */
function markTitled(lex: Lexicon, snorm: string, offset: number, parties: Party[]): void {
  if (!snorm.includes("《")) return;
  const re = /《([^《》]*)》/g;
  for (let m = re.exec(snorm); m !== null; m = re.exec(snorm)) {
    const title = m[1];
    if (lex.treatyEnds.some((w) => title.endsWith(w))) continue;
    const start = offset + m.index;
    const end = start + m[0].length;
    for (const p of parties) if (p.start >= start && p.end <= end) p.org = p.titled = true;
  }
}

function newParty(states: string[], start: number, end: number, surface: string, kind: Party["kind"]): Party {
  return {
    states,
    start,
    end,
    surface,
    kind,
    clause: 0,
    role: "plain",
    group: -1,
    locTail: false,
    relNoun: -1,
    org: false,
    nested: false,
    titled: false,
  };
}

/**
 * Builds the view of one sentence. `mentions` are the document's mentions inside the sentence;
 * `resolvePair` is asked for each 两国 / 双方 (document offset, window in sentences, the mentions of
 * its clause, the pair units seen earlier in this sentence, the mentions of the earlier clauses).
 */
export function viewSentence(
  norm: string,
  sentence: Sentence,
  mentions: Mention[],
  resolvePair: (
    pos: number,
    anaphor: { window: number; weak: boolean },
    clauseParties: ClauseParty[],
    unitsHere: PairUnit[],
    earlier: ClauseParty[],
  ) => string[] | null,
  sentenceIndex: number,
): SentenceView {
  const lex = lexicon();
  const clauses = splitClauses(sentence);
  const parties: Party[] = [];
  for (const m of mentions) {
    const states = mentionStates(m);
    if (states.length === 0) continue;
    const last = parties[parties.length - 1];
    if (last && m.start < last.end) {
      // Overlapping mentions: keep the longer one.
      if (m.end - m.start > last.end - last.start)
        parties[parties.length - 1] = newParty(states, m.start, m.end, m.surface, "mention");
      continue;
    }
    parties.push(newParty(states, m.start, m.end, m.surface, "mention"));
  }
  for (const p of parties) p.clause = clauseAt(clauses, p.start);

  // Pair units named in this sentence before each anaphor: joint forms and A与B.
  const unitsHere: PairUnit[] = [];
  for (let i = 0; i < parties.length; i++) {
    const p = parties[i];
    if (p.states.length >= 2) unitsHere.push({ states: p.states, sentence: sentenceIndex, pos: p.start, end: p.end });
    const q = parties[i + 1];
    if (q && q.clause === p.clause && lex.linkWords.has(clean(norm.slice(p.end, q.start)))) {
      const states = [...new Set([...p.states, ...q.states])];
      if (states.length >= 2) unitsHere.push({ states, sentence: sentenceIndex, pos: p.start, end: q.end });
    }
  }

  const snorm = norm.slice(sentence.start, sentence.end);
  const anaphors: Party[] = [];
  for (const hit of lex.anaphora.match(snorm)) {
    if (!hit.values[0]) continue;
    const start = sentence.start + hit.start;
    const end = sentence.start + hit.end;
    const before = lastEndingBy(parties, start, false);
    if (before && lex.roles.pairAnaphora.appositive.includes(clean(norm.slice(before.end, start)))) continue;
    const clause = clauseAt(clauses, start);
    const clauseParties = parties
      .filter((p) => p.clause === clause && !p.org)
      .map((p) => ({ states: p.states, start: p.start, end: p.end }));
    const earlier = parties
      .filter((p) => p.clause < clause && !p.org)
      .map((p) => ({ states: p.states, start: p.start, end: p.end }));
    const states = resolvePair(
      start,
      { window: hit.values[0], weak: lex.roles.pairAnaphora.weak.includes(hit.word) },
      clauseParties,
      unitsHere.filter((u) => u.end <= start),
      earlier,
    );
    if (!states) continue;
    const a = newParty(states, start, end, hit.word, "anaphor");
    a.clause = clause;
    anaphors.push(a);
    unitsHere.push({ states, sentence: sentenceIndex, pos: start, end });
  }
  // Parties come in mention order (by start): only anaphors need sorting in.
  const all = anaphors.length === 0 ? parties : [...parties, ...anaphors].sort((a, b) => a.start - b.start);
  markTitled(lex, snorm, sentence.start, all);
  const { groups, subjects } = analyse(lex, norm, clauses, all);

  // Subject pronouns (其占领…, 它更需要…) stand for a subject named earlier in the sentence.
  if (all.length > 0) {
    const before = all.length;
    for (const hit of lex.pronouns.match(snorm)) {
      if (hit.values[0] !== true) continue;
      const start = sentence.start + hit.start;
      // 土耳其: a pronoun character inside a state's name is no pronoun.
      if (all.some((p) => p.start <= start && start < p.end)) continue;
      const clause = clauseAt(clauses, start);
      const nearest = lastEndingBy(all, start, true);
      let subject = -1;
      for (let ci = clause; ci >= 0 && subject < 0; ci--) {
        const g = subjects[ci];
        if (g >= 0 && groups[g].start < start) subject = g;
      }
      if (subject < 0) continue;
      const states = groups[subject].states;
      // Only a single state: a pronoun for a pair (俄朝结盟是其…) would make the pair act together.
      if (states.length !== 1) continue;
      if (
        nearest &&
        nearest.clause === clause &&
        nearest.group !== subject &&
        states.every((s) => nearest.states.includes(s))
      )
        continue;
      const gap = clean(norm.slice(nearest && nearest.clause === clause ? nearest.end : clauses[clause].start, start));
      if (markerOf(lex, gap) !== null) continue;
      const p = newParty([...states], start, sentence.start + hit.end, hit.word, "pronoun");
      p.clause = clause;
      p.group = groups.length;
      groups.push({
        id: groups.length,
        parties: [p],
        states: [...states],
        role: "plain",
        clause,
        start: p.start,
        end: p.end,
      });
      all.push(p);
    }
    if (all.length > before) all.sort((a, b) => a.start - b.start);
  }
  return { sentence, clauses, parties: all, groups, subjects, norm };
}

/** The last of `parties` (in list order) that ends by `pos`, organisations left out with `skipOrg`. */
function lastEndingBy(parties: Party[], pos: number, skipOrg: boolean): Party | undefined {
  for (let k = parties.length - 1; k >= 0; k--) {
    const p = parties[k];
    if (p.end <= pos && !(skipOrg && p.org)) return p;
  }
  return undefined;
}

/** The pair units a sentence view holds (joint forms, A与B pairs, resolved 两国), for later 两国. */
export function unitsOf(view: SentenceView, sentenceIndex: number): PairUnit[] {
  const out: PairUnit[] = [];
  for (const g of view.groups) {
    if (g.states.length >= 2 && g.parties.every((p) => !p.org))
      out.push({ states: g.states, sentence: sentenceIndex, pos: g.start, end: g.end });
  }
  return out;
}
