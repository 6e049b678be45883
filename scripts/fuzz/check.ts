/**
 * The fuzz harness's check of one case: extract the file as the CLI would, validate the graph with
 * the graph.json schema (zod) and check every claim's quote against its offset in the document text.
 * Returns the problems found (none: the case passes). A file the reader rejects (binary, empty,
 * undecodable) is a pass when it is reported as a failure with a reason, as the CLI does.
 */
import { extractGraph } from "../../extract/pipeline";
import { parseGraphJson } from "../../extract/schema/graph";
import type { SourceFile } from "../../extract/types";

export function checkCase(file: SourceFile): string[] {
  const problems: string[] = [];
  const { graph, failures } = extractGraph([file], { version: "fuzz" });
  for (const f of failures) if (!f.reason) problems.push(`${f.id}: failure without a reason (${f.errorName})`);
  const parsed = parseGraphJson(JSON.parse(JSON.stringify(graph)));
  if (!parsed.ok) {
    problems.push(`schema: ${parsed.error.message}`);
    return problems;
  }
  const texts = new Map(graph.attributes.documents.map((d) => [d.id, d.text ?? ""]));
  const claims = [
    ...graph.edges.flatMap((e) => e.attributes?.claims ?? []),
    ...(graph.attributes.excludedClaims ?? []),
  ];
  for (const c of claims) {
    const text = texts.get(c.doc);
    if (text === undefined) {
      problems.push(`claim of an unknown document ${c.doc}`);
      continue;
    }
    if (!c.offset) continue;
    const [s, e] = c.offset;
    if (text.slice(s, e) !== c.quote) problems.push(`quote does not match its offset [${s}, ${e}) in ${c.doc}`);
  }
  return problems;
}
