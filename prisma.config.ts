// Prisma CLI configuration. Prisma's native engines cannot be downloaded on our machines, so
// the CLI runs on the Wasm schema engine through a driver adapter ("engine: js"). Migrations
// are written with `prisma migrate diff --script` and applied by lib/db/migrate.ts.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  engine: "js",
  experimental: { adapter: true },
  adapter: async () => new PrismaBetterSQLite3({ url: process.env.PRISMA_CLI_SQLITE_URL ?? "file:./data/prisma-cli.db" }),
});
