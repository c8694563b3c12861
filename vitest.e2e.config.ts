import { defineConfig } from "vitest/config";
import path from "node:path";

// Browser tests against the built app: `npx vitest run -c vitest.e2e.config.ts`.
// The global setup builds (when needed) and serves the app; tests share it, so they run in one fork.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["test/e2e/**/*.e2e.test.ts"],
    globalSetup: ["test/e2e/globalSetup.ts"],
    testTimeout: 120_000,
    hookTimeout: 600_000,
    pool: "forks",
    poolOptions: { forks: { singleFork: true } },
    fileParallelism: false,
  },
});
