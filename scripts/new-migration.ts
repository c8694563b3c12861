// Writes a new migration for both databases from the difference between the committed schema
// (git HEAD) and the working copy's: `npm run migration:new -- add_issue_labels`. Diffing two
// datamodels needs no shadow database, which the Wasm schema engine cannot create here.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) throw new Error("usage: npm run migration:new -- <snake_case_name>");
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
for (const [provider, schema] of [["sqlite", "prisma/schema.prisma"], ["postgres", "prisma/postgres.prisma"]]) {
  const dir = path.join("prisma", "migrations", provider);
  const committed = path.join(mkdtempSync(path.join(tmpdir(), "quorum-schema-")), "schema.prisma");
  writeFileSync(committed, execFileSync("git", ["show", `HEAD:${schema}`], { encoding: "utf8" }));
  const sql = execFileSync(
    "npx",
    ["prisma", "migrate", "diff", "--from-schema-datamodel", committed, "--to-schema-datamodel", schema, "--script"],
    { env: { ...process.env, PRISMA_SCHEMA: schema }, encoding: "utf8" },
  );
  mkdirSync(path.join(dir, `${stamp}_${name}`), { recursive: true });
  writeFileSync(path.join(dir, `${stamp}_${name}`, "migration.sql"), sql);
  console.log(`wrote ${dir}/${stamp}_${name}/migration.sql`);
}
