import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { databaseConfig, type DatabaseConfig } from "./config";
import { migrate } from "./migrate";

/**
 * The two generated clients have the same model API; the SQLite one's type stands for both, so
 * the rest of Quorum never knows which database it talks to.
 */
export type Db = SqliteClient;
import type { Prisma } from "./generated/sqlite/client";
export type { Prisma };

const providers = new WeakMap<Db, DatabaseConfig["provider"]>();

/** Opens the configured database, bringing its schema up to date first. */
export async function openDb(config: DatabaseConfig = databaseConfig()): Promise<Db> {
  await migrate(config);
  const db =
    config.provider === "sqlite"
      ? new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: config.url, timeout: 10_000 }) })
      : (new PostgresClient({ adapter: new PrismaPg({ connectionString: config.url }) }) as unknown as Db);
  providers.set(db, config.provider);
  return db;
}

/** Prisma's advisory lock is 72707369; ours for writes that regroup is the next one. */
const REGROUP_LOCK = 72707370;

/**
 * Runs `work` in a transaction that no other regrouping write runs beside. Regrouping reads a
 * whole subject and numbers new issues, so two at once would miss each other's findings or take
 * the same number. SQLite has one writer anyway; PostgreSQL gets a transaction-scoped advisory lock.
 */
export function writeTransaction<T>(db: Db, work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  return db.$transaction(
    async (tx) => {
      if (providers.get(db) === "postgres") await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${REGROUP_LOCK})`);
      return work(tx);
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}

const globalForDb = globalThis as unknown as { quorumDb?: Promise<Db> };

/** One client per process (and per dev-server reload), opened lazily. */
export function getDb(): Promise<Db> {
  globalForDb.quorumDb ??= openDb().catch((error: unknown) => {
    globalForDb.quorumDb = undefined;
    throw error;
  });
  return globalForDb.quorumDb;
}
