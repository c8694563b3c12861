// Prisma CLI configuration. Prisma's native engines cannot be downloaded on our machines, so the
// CLI runs on the Wasm schema engine through a driver adapter ("engine: js"). Migrations are
// written with `npm run migration:new` (prisma migrate diff --script, once per database) and
// applied at start-up by lib/db/migrate.ts, which records them in _prisma_migrations.
// PRISMA_SCHEMA=prisma/postgres.prisma points the CLI at the PostgreSQL variant.
import path from "node:path";
import { mkdirSync } from "node:fs";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

const schema = process.env.PRISMA_SCHEMA ?? path.join("prisma", "schema.prisma");
const postgres = schema.includes("postgres");

export default defineConfig({
  schema,
  engine: "js",
  experimental: { adapter: true },
  adapter: async () => {
    if (postgres) return new PrismaPg({ connectionString: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres" });
    mkdirSync("data", { recursive: true });
    return new PrismaBetterSQLite3({ url: "file:./data/prisma-cli.db" });
  },
});
