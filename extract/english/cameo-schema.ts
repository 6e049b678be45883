/**
 * The zod schema of extract/data/cameo-verbs.json (written by scripts/gen-cameo-verbs.ts from
 * PETRARCH2's CAMEO verb dictionary): shared by the converter and the loader, so a malformed file
 * fails with the file's name and the field at fault.
 */
import { z } from "zod";

export const cameoVerb = z.object({
  /** Lower-case lemma; a phrase verb's words joined by spaces (side with, wage war). */
  lemma: z.string().min(2),
  /** The CAMEO event code the verb carries in the dictionary (111 criticize, 190 fight…). */
  code: z.string().regex(/^\d{2,4}$/),
  /** The dictionary's synonym-set name (DENOUNCE, COLLABORATE…). */
  block: z.string().min(1),
  relation: z.enum(["partner", "opposes"]),
  frame: z.enum(["act", "mutual", "rel"]),
  /** Lower-case surface forms of the first word (inflections). */
  forms: z.array(z.string().min(2)).min(1),
  /** The words that must follow the first (side with → ["with"]). */
  then: z.array(z.string().min(1)).optional(),
});

export const cameoFile = z.object({
  about: z.string(),
  source: z.object({
    repository: z.string().url(),
    path: z.string(),
    commit: z.string().regex(/^[0-9a-f]{40}$/),
    licence: z.string(),
  }),
  verbs: z.array(cameoVerb),
});

export type CameoVerb = z.infer<typeof cameoVerb>;
export type CameoFile = z.infer<typeof cameoFile>;
