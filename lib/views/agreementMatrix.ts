import type { Db } from "../db/client";

export interface AgreementCell {
  /** Subjects both reviewers reviewed; the comparison only looks at those. */
  sharedSubjects: number;
  /** Issues both flagged. */
  both: number;
  /** Issues either flagged, within the shared subjects. */
  either: number;
  /** both / either; null when they share no subject or neither flagged anything there. */
  jaccard: number | null;
}

export interface AgreementBlock {
  reviewers: string[];
  /** cells[i][j] compares reviewers[i] with reviewers[j]; the diagonal is null. */
  cells: (AgreementCell | null)[][];
  /** The most subjects any two of these reviewers reviewed together. */
  subjects: number;
}

export interface AgreementMatrix {
  /**
   * Reviewers fall into blocks that share subjects (transitively); reviewers in different blocks
   * never reviewed the same code, so comparing them would only add empty cells.
   */
  blocks: AgreementBlock[];
  /** How many reviewers were left out to keep the matrices readable. */
  omitted: number;
}

const MAX_REVIEWERS = 24;
/** COUNT and SUM arrive as number (SQLite), bigint or decimal (PostgreSQL). */
type Count = number | bigint | { toString(): string };
const MAX_PER_BLOCK = 14;

/**
 * How often each pair of reviewers flags the same issues (Jaccard of their issue sets over the
 * subjects both reviewed). All counting happens in SQL, so one row per reviewer pair reaches the
 * server however many findings there are. Prisma has no self-join, hence raw SQL; it sticks to
 * quoted identifiers, CTEs and COUNT/SUM, which SQLite and PostgreSQL read alike.
 */
export async function agreementMatrix(db: Db): Promise<AgreementMatrix> {
  const [pairs, totals, reviewed] = await Promise.all([
    db.$queryRaw<{ a: string; b: string; shared: Count; total: Count; n_both: Count }[]>`
      WITH m AS (
        SELECT DISTINCT f."subjectId" AS s, f."issueId" AS i, r."reviewer" AS v
        FROM "Finding" f JOIN "Report" r ON r."id" = f."reportId"
        WHERE f."issueId" IS NOT NULL
      ),
      per_subject AS (SELECT v, s, COUNT(*) AS n FROM m GROUP BY v, s),
      reviewed AS (SELECT DISTINCT "subjectId" AS s, "reviewer" AS v FROM "Report"),
      flagged AS (
        SELECT rv.v AS v, rv.s AS s, COALESCE(ps.n, 0) AS n
        FROM reviewed rv LEFT JOIN per_subject ps ON ps.v = rv.v AND ps.s = rv.s
      ),
      together AS (
        SELECT x.v AS a, y.v AS b, COUNT(*) AS n_both FROM m x JOIN m y ON x.i = y.i AND x.v < y.v GROUP BY x.v, y.v
      ),
      spans AS (
        SELECT x.v AS a, y.v AS b, COUNT(*) AS shared, SUM(x.n + y.n) AS total
        FROM flagged x JOIN flagged y ON x.s = y.s AND x.v < y.v GROUP BY x.v, y.v
      )
      SELECT spans.a AS a, spans.b AS b, spans.shared AS shared, spans.total AS total, COALESCE(together.n_both, 0) AS n_both
      FROM spans LEFT JOIN together ON together.a = spans.a AND together.b = spans.b`,
    db.$queryRaw<{ v: string; n: Count }[]>`
      SELECT r."reviewer" AS v, COUNT(DISTINCT f."issueId") AS n
      FROM "Finding" f JOIN "Report" r ON r."id" = f."reportId"
      GROUP BY r."reviewer"`,
    db.report.groupBy({ by: ["reviewer"] }),
  ]);

  const cellOf = new Map<string, AgreementCell>();
  const partners = new Map<string, Set<string>>();
  for (const p of pairs) {
    const both = Number(p.n_both);
    const either = Number(p.total) - both;
    const shared = Number(p.shared);
    cellOf.set(pairKey(p.a, p.b), { sharedSubjects: shared, both, either, jaccard: shared > 0 && either > 0 ? both / either : null });
    partners.set(p.a, (partners.get(p.a) ?? new Set()).add(p.b));
    partners.set(p.b, (partners.get(p.b) ?? new Set()).add(p.a));
  }
  const totalIssues = new Map(totals.map((t) => [t.v, Number(t.n)]));

  // The most active reviewers are the ones worth comparing.
  const candidates = reviewed
    .map((r) => r.reviewer)
    .sort((a, b) => (totalIssues.get(b) ?? 0) - (totalIssues.get(a) ?? 0) || a.localeCompare(b));
  const blocks: AgreementBlock[] = [];
  let shown = 0;
  for (const members of connected(candidates, partners)) {
    if (members.length < 2 || shown >= MAX_REVIEWERS) continue;
    const chosen = members.slice(0, Math.min(MAX_PER_BLOCK, MAX_REVIEWERS - shown)).sort((a, b) => a.localeCompare(b));
    shown += chosen.length;
    const cells = chosen.map((a) => chosen.map((b) => (a === b ? null : (cellOf.get(pairKey(a, b)) ?? null))));
    const subjects = Math.max(0, ...cells.flat().map((c) => c?.sharedSubjects ?? 0));
    blocks.push({ reviewers: chosen, cells, subjects });
  }
  return { blocks, omitted: candidates.length - shown };
}

/** Groups reviewers who share a subject, directly or through others, keeping the given order in each group. */
function connected(reviewers: string[], partners: Map<string, Set<string>>): string[][] {
  const group = new Map<string, number>();
  const groups: string[][] = [];
  for (const start of reviewers) {
    if (group.has(start)) continue;
    const index = groups.length;
    const queue = [start];
    group.set(start, index);
    for (let i = 0; i < queue.length; i++) {
      for (const other of partners.get(queue[i]) ?? []) {
        if (!group.has(other)) {
          group.set(other, index);
          queue.push(other);
        }
      }
    }
    groups.push(reviewers.filter((r) => group.get(r) === index));
  }
  return groups;
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}
