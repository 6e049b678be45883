/**
 * The gold annotation format (see ../shared/eval/seeds.gold.json `about`): per document, relations
 * that must be found (`expect`), must not be produced (`forbid`) or are neither (`optional`), plus
 * leaders and treaties.
 */
import { z } from "zod";
import { StateRelation } from "../schema/graph";

const Year = z.number().int().nullable();

export const GoldRelation = z.object({
  rel: z.array(StateRelation).min(1),
  a: z.string().regex(/^[A-Z]{3}$/),
  b: z.string().regex(/^[A-Z]{3}$/),
  years: z.tuple([Year, Year]).optional(),
  why: z.string().optional(),
});
export type GoldRelation = z.infer<typeof GoldRelation>;

export const GoldLeader = z.object({ names: z.array(z.string()).min(1), country: z.string().regex(/^[A-Z]{3}$/) });
export type GoldLeader = z.infer<typeof GoldLeader>;

export const GoldTreaty = z.object({
  names: z.array(z.string()).min(1),
  parties: z.array(z.string().regex(/^[A-Z]{3}$/)),
  year: Year.optional(),
});
export type GoldTreaty = z.infer<typeof GoldTreaty>;

export const GoldDocument = z.object({
  file: z.string().min(1),
  published: z.string().nullable().optional(),
  expect: z.array(GoldRelation).default([]),
  optional: z.array(GoldRelation).default([]),
  forbid: z.array(GoldRelation).default([]),
  leaders: z.array(GoldLeader).default([]),
  treaties: z.array(GoldTreaty).default([]),
});
export type GoldDocument = z.infer<typeof GoldDocument>;

export const GoldFile = z.looseObject({
  about: z.string().optional(),
  version: z.number().optional(),
  documents: z.array(GoldDocument).min(1),
});
export type GoldFile = z.infer<typeof GoldFile>;

/** Parses a gold file; the error names the first problem and where. */
export function parseGold(data: unknown, name: string): GoldFile {
  const r = GoldFile.safeParse(data);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  throw new Error(`${name}: invalid gold file at ${issue.path.map(String).join(".") || "(root)"}: ${issue.message}`);
}
