/**
 * Document text is rendered as React text only. This guard fails if any viewer module starts
 * injecting HTML (the browser test checks the behaviour; this keeps the door shut in review).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith(".test.ts") ? [path] : [];
  });
}

describe("no HTML injection in the viewer", () => {
  const files = sources(join(import.meta.dirname, "."));
  it.each(["dangerouslySetInnerHTML", "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write"])(
    "no module uses %s",
    (api) => {
      expect(files.filter((f) => readFileSync(f, "utf8").includes(api))).toEqual([]);
    },
  );
});
