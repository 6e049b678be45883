/**
 * What a document has said so far, for 两国 / 双方: the pairs of states named together (a joint
 * form 中俄, or A与B) and the recent clause subjects, each with the sentence it came from.
 */
import type { ClauseParty, PairUnit, SentenceView } from "./parties";
import { unitsOf } from "./parties";

interface Subject {
  state: string;
  pos: number;
  sentence: number;
}

export class Discourse {
  private readonly units: PairUnit[] = [];
  private readonly subjects: Subject[] = [];

  /** Remembers the pairs and clause subjects of an analysed sentence. */
  remember(v: SentenceView, sentence: number): void {
    for (const u of unitsOf(v, sentence)) this.units.push(u);
    for (const g of v.subjects) {
      if (g < 0) continue;
      for (const state of v.groups[g].states) this.subjects.push({ state, pos: v.groups[g].start, sentence });
    }
  }

  /** Remembers the subject of a sentence that names one state (not analysed further). */
  rememberSubject(states: string[], pos: number, sentence: number): void {
    for (const state of states) this.subjects.push({ state, pos, sentence });
  }

  /**
   * The pair a 两国 / 双方 at `pos` in sentence `sentence` stands for: the latest pair named together
   * earlier in the sentence; else the two states of the earlier clauses (普京访问平壤，双方…); else
   * the latest pair named together within `window` sentences (one that holds the state, if exactly
   * one was named in the earlier clauses: 塞内加尔总统表示，…两国关系); else, unless `weak` (双方) or
   * such a state was named, the two latest clause subjects. A pair with a state named apart in the anaphor's own clause is skipped
   * (美国对两国施压: 两国 does not include the United States).
   */
  resolve(
    sentence: number,
    pos: number,
    { window, weak }: { window: number; weak: boolean },
    clauseParties: ClauseParty[],
    here: PairUnit[],
    earlier: ClauseParty[],
  ): string[] | null {
    const clashes = (u: PairUnit): boolean =>
      clauseParties.some((p) => (p.end <= u.pos || p.start >= u.end) && p.states.some((x) => u.states.includes(x)));
    for (let i = here.length - 1; i >= 0; i--)
      if (here[i].states.length === 2 && !clashes(here[i])) return here[i].states;
    const clauseStates = new Set(clauseParties.flatMap((p) => p.states));
    const before = [...new Set(earlier.flatMap((p) => p.states))].filter((x) => !clauseStates.has(x));
    if (before.length === 2) return before;
    // 塞内加尔总统表示，…加强两国关系: the one state named before in the sentence is one of the two.
    const anchor = before.length === 1 ? before[0] : null;
    for (let i = this.units.length - 1; i >= 0; i--) {
      const u = this.units[i];
      if (u.sentence < sentence - window) break;
      if (u.states.length === 2 && !clashes(u) && (anchor === null || u.states.includes(anchor))) return u.states;
    }
    if (weak || anchor !== null) return null;
    const picked: string[] = [];
    for (let i = this.subjects.length - 1; i >= 0 && picked.length < 2; i--) {
      const r = this.subjects[i];
      if (r.sentence < sentence - window) break;
      if (r.pos >= pos || clauseStates.has(r.state) || picked.includes(r.state)) continue;
      picked.push(r.state);
    }
    return picked.length === 2 ? picked : null;
  }
}
