import { createHash, randomUUID } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import type { DatabaseConfig, DatabaseProvider } from "./config";

/**
 * Applies prisma/migrations/<provider>/* that the database has not seen, in name order, each in
 * its own transaction, and records them in Prisma's own _prisma_migrations table so the stock
 * Prisma CLI (migrate status, migrate diff) reads the same history. We run this ourselves because
 * Prisma's Wasm schema engine cannot apply migrations to PostgreSQL (prisma/orm#27403).
 */
export async function migrate(config: DatabaseConfig, migrationsRoot = defaultMigrationsRoot()): Promise<string[]> {
  const migrations = migrationsOf(path.join(migrationsRoot, config.provider));
  return config.provider === "sqlite" ? migrateSqlite(config, migrations) : migratePostgres(config, migrations);
}

interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function defaultMigrationsRoot(): string {
  return path.resolve(/* turbopackIgnore: true */ process.env.QUORUM_MIGRATIONS_DIR ?? path.join(process.cwd(), "prisma", "migrations"));
}

function migrationsOf(dir: string): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

const HISTORY_TABLE: Record<DatabaseProvider, string> = {
  sqlite: `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME,
    "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME,
    "started_at" DATETIME NOT NULL DEFAULT current_timestamp, "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`,
  postgres: `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`,
};

function migrateSqlite(config: DatabaseConfig, migrations: Migration[]): string[] {
  mkdirSync(path.dirname(config.file!), { recursive: true });
  const db = new Database(config.file!);
  try {
    // WAL lets the web app read while the CLI ingests; the setting lives in the file.
    db.pragma("journal_mode = WAL");
    db.pragma("busy_timeout = 10000");
    db.exec(HISTORY_TABLE.sqlite);
    const applied: string[] = [];
    const run = db.transaction((migration: Migration) => {
      const done = db
        .prepare(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = ? AND finished_at IS NOT NULL AND rolled_back_at IS NULL`)
        .get(migration.name);
      if (done) return;
      try {
        db.exec(migration.sql);
      } catch (error) {
        throw new Error(`migration ${migration.name} failed: ${(error as Error).message}`);
      }
      db.prepare(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
         VALUES (?, ?, ?, current_timestamp, current_timestamp, 1)`,
      ).run(randomUUID(), migration.checksum, migration.name);
      applied.push(migration.name);
    });
    for (const migration of migrations) run.immediate(migration);
    return applied;
  } finally {
    db.close();
  }
}

/** Prisma's own advisory lock number, so our migrator and Prisma's never run at once. */
const MIGRATION_LOCK = 72707369;

async function migratePostgres(config: DatabaseConfig, migrations: Migration[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: config.url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await client.query(HISTORY_TABLE.postgres);
    const applied: string[] = [];
    for (const migration of migrations) {
      const done = await client.query(
        `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1 AND finished_at IS NOT NULL AND rolled_back_at IS NULL`,
        [migration.name],
      );
      if (done.rowCount) continue;
      await client.query("BEGIN");
      try {
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), now(), 1)`,
          [randomUUID(), migration.checksum, migration.name],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`migration ${migration.name} failed: ${(error as Error).message}`);
      }
      applied.push(migration.name);
    }
    return applied;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => undefined);
    await client.end();
  }
}
