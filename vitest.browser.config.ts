/**
 * Browser tests: Node-side vitest driving headless Chromium (playwright-core) against the built
 * viewer. The global setup builds `dist/` once and serves it with fixture graphs.
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/browser/**/*.test.ts"],
    environment: "node",
    globalSetup: ["tests/browser/global-setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    maxWorkers: 1,
    sequence: { concurrent: false },
  },
});
