import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { openDb, type Db } from "../../lib/db/client";
import { databaseConfig } from "../../lib/db/config";

/**
 * Integration tests run against every database Quorum supports: a fresh SQLite file, and a fresh
 * PostgreSQL database created on the server at QUORUM_TEST_POSTGRES_URL (default: the local
 * server) and dropped afterwards. Where no PostgreSQL server answers, its tests are skipped with
 * a message, except in CI, where that is a failure.
 */
export const POSTGRES_ADMIN_URL = process.env.QUORUM_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

export interface TestDatabase {
  db: Db;
  url: string;
  drop(): Promise<void>;
}

export type Provider = "sqlite" | "postgres";

export async function createTestDatabase(provider: Provider): Promise<TestDatabase> {
  return provider === "sqlite" ? createSqlite() : createPostgres();
}

async function createSqlite(): Promise<TestDatabase> {
  const dir = mkdtempSync(path.join(tmpdir(), "quorum-test-"));
  const url = `file:${path.join(dir, "test.db")}`;
  const db = await openDb(databaseConfig(url));
  return {
    db,
    url,
    async drop() {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function createPostgres(): Promise<TestDatabase> {
  const name = `quorum_test_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = withDatabase(POSTGRES_ADMIN_URL, name);
  const db = await openDb(databaseConfig(url));
  return {
    db,
    url,
    async drop() {
      await db.$disconnect();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** Whether a PostgreSQL server answers; checked once per test file. */
export async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    if (process.env.CI) throw new Error(`CI needs PostgreSQL at ${POSTGRES_ADMIN_URL}, and it does not answer`);
    return false;
  }
}

/** The providers to run integration tests against, with a note for each one skipped. */
export async function testProviders(): Promise<Provider[]> {
  if (await postgresAvailable()) return ["sqlite", "postgres"];
  console.warn(`PostgreSQL at ${POSTGRES_ADMIN_URL} does not answer: PostgreSQL integration tests are skipped`);
  return ["sqlite"];
}
