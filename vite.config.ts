import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [react()],
  base: "./",
  worker: { format: "es" },
  build: { chunkSizeWarningLimit: 4000 },
  test: {
    include: ["extract/**/*.test.ts", "src/**/*.test.{ts,tsx}", "tests/unit/**/*.test.ts"],
    environment: "node",
    testTimeout: 30000,
  },
});
