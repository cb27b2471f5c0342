import { defineConfig } from "vitest/config";

// Browser tests: built site (dist/) served on 127.0.0.1, driven in headless Chromium.
// One file at a time: each launches Chromium, and this machine has 2 cores.
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.test.ts"],
    globalSetup: ["test/e2e/global-setup.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000
  }
});
