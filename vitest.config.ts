import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["test/**/*.test.ts"],
    // Browser tests need a built app and Chromium: `npm run test:e2e` (part of `npm test`).
    exclude: ["test/e2e/**", "node_modules/**"],
    // Integration tests share one database server; files run in parallel, each with its own database.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
