import type { Db } from "../db/client";

/**
 * A cheap summary of everything that can change what the read models show: row counts, the sum
 * of issue versions (every triage bumps one) and the latest issue update (every regrouping
 * touches one). Five indexed aggregates, a few milliseconds however big the database is.
 */
export async function dataFingerprint(db: Db): Promise<string> {
  const [subjects, reports, findings, events, issues] = await Promise.all([
    db.subject.count(),
    db.report.count(),
    db.finding.count(),
    db.issueEvent.count(),
    db.issue.aggregate({ _count: { _all: true }, _sum: { version: true }, _max: { updatedAt: true } }),
  ]);
  return [subjects, reports, findings, events, issues._count._all, issues._sum.version ?? 0, issues._max.updatedAt?.getTime() ?? 0].join(":");
}

const globalForMemo = globalThis as unknown as { quorumViewMemo?: Map<string, { fingerprint: string; value: Promise<unknown> }> };

/**
 * Reuses a costly aggregate (the overview scans every finding) for as long as the data it was
 * computed from is unchanged; any ingest, triage or regrouping changes the fingerprint.
 */
export async function memoizedByData<T>(db: Db, key: string, compute: () => Promise<T>): Promise<T> {
  const memo = (globalForMemo.quorumViewMemo ??= new Map());
  const fingerprint = await dataFingerprint(db);
  const hit = memo.get(key);
  if (hit && hit.fingerprint === fingerprint) return hit.value as Promise<T>;
  const value = compute();
  memo.set(key, { fingerprint, value });
  value.catch(() => {
    if (memo.get(key)?.value === value) memo.delete(key);
  });
  return value;
}
