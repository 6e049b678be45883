/**
 * Builds the viewer once (`vite build` into dist/ via the JS API) and serves it with the fixture
 * graphs on 127.0.0.1. Tests read the server's URL with `inject("baseUrl")`.
 */
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import type { TestProject } from "vitest/node";
import { NOT_JSON, unknownNodeGraph } from "./fixtures/bad";
import { CORPUS_GRAPH } from "./fixtures/corpus";
import { periodsGraph } from "./fixtures/periods";
import { smallGraph } from "./fixtures/small";
import { startStaticServer } from "./server";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const SEEDS_GRAPH = resolve(ROOT, "graph.json");

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    hasSeedsGraph: boolean;
  }
}

export default async function setup(project: TestProject) {
  // vitest sets NODE_ENV=test, which would make vite bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({
      root: ROOT,
      configFile: resolve(ROOT, "vite.config.ts"),
      mode: "production",
      logLevel: "warn",
      build: { outDir: resolve(ROOT, "dist"), emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const server = await startStaticServer(resolve(ROOT, "dist"), {
    "/graph.json": { file: SEEDS_GRAPH },
    "/fixtures/small.json": JSON.stringify(smallGraph()),
    "/fixtures/unknown-node.json": JSON.stringify(unknownNodeGraph()),
    "/fixtures/not-json.json": NOT_JSON,
    "/fixtures/periods.json": JSON.stringify(periodsGraph()),
    "/fixtures/periods-500.json": JSON.stringify(periodsGraph({ manyClaims: 500 })),
    // Built by the corpus test itself (it takes minutes), so only when that test runs.
    "/fixtures/cctv.json": { file: CORPUS_GRAPH },
  });
  project.provide("baseUrl", server.url);
  project.provide("hasSeedsGraph", existsSync(SEEDS_GRAPH));
  return async () => {
    await server.close();
  };
}
