/**
 * Non-state actors and organisation-name grammar (extract/data/nonstates.json), validated with zod
 * on first use. See the file's `about` for the policy: armed groups, parties and movements act for
 * themselves, never for a host state; organisation names built on an alliance word are no alliance.
 *
 * @example
 * nonStates().groupNames.includes("黎巴嫩真主党") // true
 */
import { z } from "zod";
import data from "../data/nonstates.json";

const Code = z.string().regex(/^[A-Z]{3}$/);
const Words = z.array(z.string().min(1));

export const NonStatesFile = z.object({
  about: z.string().min(1),
  groups: z
    .array(
      z.object({
        kind: z.enum(["armed-group", "party", "movement"]),
        base: Code.optional(),
        names: Words.min(1),
      }),
    )
    .min(1),
  hostSuffixes: Words,
  orgNameWords: Words,
  orgNameHeads: Words,
  orgNameTails: Words,
  namesakeTails: Words,
  namesakeNot: Words,
});
export type NonStatesFile = z.infer<typeof NonStatesFile>;

export interface NonStates {
  /** Every group name, matched as one word (its state name or short form is not a state). */
  groupNames: string[];
  hostSuffixes: string[];
  orgNameWords: Set<string>;
  orgNameHeads: string[];
  orgNameTails: string[];
  /** After a leader's name, these make it a ship's or aircraft's (罗斯福号). */
  namesakeTails: string[];
  /** Words that start with a namesake tail but are verbs (号召). */
  namesakeNot: string[];
}

/** Parses the non-state data; the error names the file and the first problem. */
export function parseNonStates(raw: unknown, name: string): NonStates {
  const r = NonStatesFile.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new Error(`${name}: invalid at ${issue.path.map(String).join(".") || "(root)"}: ${issue.message}`);
  }
  return {
    groupNames: [...new Set(r.data.groups.flatMap((g) => g.names))],
    hostSuffixes: r.data.hostSuffixes,
    orgNameWords: new Set(r.data.orgNameWords),
    orgNameHeads: r.data.orgNameHeads,
    orgNameTails: r.data.orgNameTails,
    namesakeTails: r.data.namesakeTails,
    namesakeNot: r.data.namesakeNot,
  };
}

let cache: NonStates | null = null;

/** The validated non-state data, built once. */
export function nonStates(): NonStates {
  cache ??= parseNonStates(data, "extract/data/nonstates.json");
  return cache;
}
