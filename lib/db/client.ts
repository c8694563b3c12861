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
export type { Prisma } from "./generated/sqlite/client";

/** Opens the configured database, bringing its schema up to date first. */
export async function openDb(config: DatabaseConfig = databaseConfig()): Promise<Db> {
  await migrate(config);
  if (config.provider === "sqlite") {
    return new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: config.url, timeout: 10_000 }) });
  }
  return new PostgresClient({ adapter: new PrismaPg({ connectionString: config.url }) }) as unknown as Db;
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
