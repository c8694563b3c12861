import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseConfig } from "../../lib/db/config";
import { defaultMigrationsRoot, migrate } from "../../lib/db/migrate";
import { createTestDatabase, testProviders, type TestDatabase } from "../support/testDatabases";

const providers = await testProviders();

describe.each(providers)("migrations on %s", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
  });
  afterAll(async () => t?.drop());

  it("records every migration in Prisma's own history table, with Prisma's checksum", async () => {
    const dir = path.join(defaultMigrationsRoot(), provider);
    const names = readdirSync(dir).sort();
    const rows = await t.db.$queryRawUnsafe<{ migration_name: string; checksum: string; finished_at: unknown }[]>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    for (const row of rows) {
      const sql = readFileSync(path.join(dir, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).not.toBeNull();
    }
  });

  it("applies nothing twice, and applies a new migration once", async () => {
    expect(await migrate(databaseConfig(t.url))).toEqual([]);
    const root = mkdtempSync(path.join(tmpdir(), "quorum-migrations-"));
    cpSync(defaultMigrationsRoot(), root, { recursive: true });
    const added = path.join(root, provider, "29990101000000_add_note_table");
    mkdirSync(added);
    writeFileSync(path.join(added, "migration.sql"), `CREATE TABLE "ScratchNote" ("id" TEXT NOT NULL PRIMARY KEY);`);
    expect(await migrate(databaseConfig(t.url), root)).toEqual(["29990101000000_add_note_table"]);
    expect(await migrate(databaseConfig(t.url), root)).toEqual([]);
  });

  it("rolls a failing migration back and reports which one failed", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "quorum-migrations-"));
    cpSync(defaultMigrationsRoot(), root, { recursive: true });
    const broken = path.join(root, provider, "29990202000000_broken");
    mkdirSync(broken);
    writeFileSync(path.join(broken, "migration.sql"), `CREATE TABLE "Half" ("id" TEXT PRIMARY KEY);\nCREATE TABLE "Subject" ("id" TEXT);`);
    await expect(migrate(databaseConfig(t.url), root)).rejects.toThrow(/29990202000000_broken/);
    const half = await t.db.$queryRawUnsafe<unknown[]>(
      provider === "sqlite" ? `SELECT name FROM sqlite_master WHERE name = 'Half'` : `SELECT tablename::text FROM pg_tables WHERE tablename = 'Half'`,
    );
    expect(half).toHaveLength(0);
  });
});
