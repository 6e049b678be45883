/**
 * Stable claim identities. A claim is named by its edge, its document and where its sentence sits
 * in that document, so a verdict still finds its claim after the graph is rebuilt or merged with
 * documents added later.
 *
 * @example
 * claimId("opposes:country:USA->country:PRK", claim) // "opposes:country:USA->country:PRK|a.html|12-40"
 */
import type { Claim, Relation } from "../../extract/schema/graph";

/** The identity of one claim on one edge. */
export function claimId(edge: string, claim: Pick<Claim, "doc" | "offset" | "quote">): string {
  const at = claim.offset ? `${claim.offset[0]}-${claim.offset[1]}` : `q:${claim.quote}`;
  return `${edge}|${claim.doc}|${at}`;
}

/** A claim together with the edge it supports (what a verdict records). */
export interface ClaimRef {
  edge: string;
  relation: Relation;
  source: string;
  target: string;
  claim: Claim;
}

/** Identity of an edge by meaning: relation and endpoints (sorted for undirected relations). */
export function edgeIdentity(relation: Relation, source: string, target: string, undirected: boolean): string {
  const [a, b] = undirected && target < source ? [target, source] : [source, target];
  return `${relation}\u0000${a}\u0000${b}`;
}
