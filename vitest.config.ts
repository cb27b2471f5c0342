import { defineConfig } from "vitest/config";

// Unit and data tests: no browser. Browser tests live in test/e2e and run with vitest.e2e.config.ts.
export default defineConfig({
  test: {
    include: ["test/architecture.test.ts", "test/lib/**/*.test.ts", "test/data/**/*.test.ts", "test/cli/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    // Data tests load the raw datasets in beforeAll: seconds on a quiet machine, more on a busy one.
    hookTimeout: 120_000
  }
});
