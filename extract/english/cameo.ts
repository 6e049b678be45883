/**
 * CAMEO verbs (extract/data/cameo-verbs.json, converted from PETRARCH2's dictionary by
 * scripts/gen-cameo-verbs.ts) as English relation triggers. Validated with zod at load; a verb
 * whose lemma the hand-written lexicon already has keeps the lexicon's entry (its frames and
 * cues are tuned), and a form the lexicon has (arms) stays the lexicon's, so CAMEO only adds verbs. Every CAMEO trigger is a verb whose target must be a
 * state filling a syntactic role (subject = actor, object = target, passives inverted).
 */
import cameoJson from "../data/cameo-verbs.json";
import { cameoFile } from "./cameo-schema";
import type { TriggerEntry } from "./data";

/** Parses the CAMEO data, naming the file and the first field at fault. */
export function parseCameo(data: unknown, file = "extract/data/cameo-verbs.json"): ReturnType<typeof cameoFile.parse> {
  const r = cameoFile.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new Error(`${file}: ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }
  return r.data;
}

/** CAMEO triggers for the forms not already in `handForms` (lower-case first-word forms of the lexicon). */
export function cameoTriggers(handForms: Set<string>): TriggerEntry[] {
  const out: TriggerEntry[] = [];
  for (const v of parseCameo(cameoJson).verbs) {
    const forms = v.forms.filter((f) => !handForms.has(f));
    if (handForms.has(v.lemma.split(" ")[0]) || forms.length === 0) continue;
    out.push({
      lemma: v.lemma,
      relation: v.relation,
      frame: v.frame,
      forms,
      pos: "v",
      ...(v.then ? { then: v.then } : {}),
      ...(v.frame === "act" ? { need: "state-object" as const } : {}),
      cameo: v.code,
    });
  }
  return out;
}
