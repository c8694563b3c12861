import path from "node:path";

export type DatabaseProvider = "sqlite" | "postgres";

export interface DatabaseConfig {
  provider: DatabaseProvider;
  url: string;
  /** For SQLite: the database file. */
  file?: string;
}

/** The embedded default: a SQLite file in ./data, created on first use. */
export const DEFAULT_DATABASE_URL = "file:./data/quorum.db";

/** DATABASE_URL picks the database: `file:...` is SQLite, `postgres://...` is PostgreSQL. */
export function databaseConfig(url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL): DatabaseConfig {
  if (/^postgres(?:ql)?:\/\//i.test(url)) return { provider: "postgres", url };
  if (url.startsWith("file:")) {
    const file = path.resolve(url.slice("file:".length).replace(/\?.*$/, ""));
    return { provider: "sqlite", url: `file:${file}`, file };
  }
  throw new Error(`DATABASE_URL must start with file: (SQLite) or postgres:// (PostgreSQL), got ${redact(url)}`);
}

function redact(url: string): string {
  return url.replace(/\/\/[^@/]*@/, "//***@");
}
