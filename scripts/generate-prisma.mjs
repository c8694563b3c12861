// One Prisma model, two databases. prisma/schema.prisma (SQLite) is the source; the PostgreSQL
// schema is derived from it here, and a client is generated for each, because a Prisma client is
// bound to the provider of the schema it was generated from.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";

const source = readFileSync("prisma/schema.prisma", "utf8");
const postgres = source
  .replace('provider = "sqlite"', 'provider = "postgresql"')
  .replace('url      = "file:../data/quorum.db"', 'url      = "postgresql://localhost/quorum"')
  .replace('output     = "../lib/db/generated/sqlite"', 'output     = "../lib/db/generated/postgres"');
writeFileSync("prisma/postgres.prisma", `// GENERATED from schema.prisma by scripts/generate-prisma.mjs: edit schema.prisma instead.\n${postgres}`);

for (const schema of ["prisma/schema.prisma", "prisma/postgres.prisma"]) {
  execFileSync("npx", ["prisma", "generate", "--schema", schema], { stdio: "inherit" });
}
