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
  /** How many subjects these reviewers reviewed between them. */
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
const MAX_PER_BLOCK = 14;

/**
 * How often each pair of reviewers flags the same issues (Jaccard of their issue sets over the
 * subjects both reviewed). The pair counts come from SQL self-joins so only one row per reviewer
 * pair and per reviewer × subject reaches the server, however many findings there are. Prisma has
 * no self-join, hence raw SQL; it uses only quoted identifiers and COUNT, which SQLite and
 * PostgreSQL read alike.
 */
export async function agreementMatrix(db: Db): Promise<AgreementMatrix> {
  const [perSubject, pairs, reviewed] = await Promise.all([
    db.$queryRaw<{ reviewer: string; subject: string; issues: number | bigint }[]>`
      SELECT r."reviewer" AS reviewer, f."subjectId" AS subject, COUNT(DISTINCT f."issueId") AS issues
      FROM "Finding" f JOIN "Report" r ON r."id" = f."reportId"
      WHERE f."issueId" IS NOT NULL
      GROUP BY r."reviewer", f."subjectId"`,
    db.$queryRaw<{ a: string; b: string; both: number | bigint }[]>`
      WITH m AS (
        SELECT DISTINCT f."issueId" AS issue, r."reviewer" AS reviewer
        FROM "Finding" f JOIN "Report" r ON r."id" = f."reportId"
        WHERE f."issueId" IS NOT NULL
      )
      SELECT x.reviewer AS a, y.reviewer AS b, COUNT(*) AS both
      FROM m x JOIN m y ON x.issue = y.issue AND x.reviewer < y.reviewer
      GROUP BY x.reviewer, y.reviewer`,
    db.report.groupBy({ by: ["reviewer", "subjectId"] }),
  ]);

  const subjectsOf = new Map<string, Set<string>>();
  for (const r of reviewed) subjectsOf.set(r.reviewer, (subjectsOf.get(r.reviewer) ?? new Set()).add(r.subjectId));
  const issuesIn = new Map<string, number>();
  const totalIssues = new Map<string, number>();
  for (const row of perSubject) {
    const n = Number(row.issues);
    issuesIn.set(`${row.reviewer}\u0000${row.subject}`, n);
    totalIssues.set(row.reviewer, (totalIssues.get(row.reviewer) ?? 0) + n);
  }
  const bothOf = new Map<string, number>();
  for (const p of pairs) bothOf.set(pairKey(p.a, p.b), Number(p.both));

  // The most active reviewers are the ones worth comparing.
  const candidates = [...subjectsOf.keys()].sort((a, b) => (totalIssues.get(b) ?? 0) - (totalIssues.get(a) ?? 0) || a.localeCompare(b));
  const blocks: AgreementBlock[] = [];
  let shown = 0;
  for (const members of connectedBySubject(candidates, subjectsOf)) {
    if (members.length < 2 || shown >= MAX_REVIEWERS) continue;
    const chosen = members.slice(0, Math.min(MAX_PER_BLOCK, MAX_REVIEWERS - shown)).sort((a, b) => a.localeCompare(b));
    shown += chosen.length;
    const cells = chosen.map((a) =>
      chosen.map((b): AgreementCell | null => {
        if (a === b) return null;
        const shared = [...(subjectsOf.get(a) ?? [])].filter((s) => subjectsOf.get(b)?.has(s));
        const both = bothOf.get(pairKey(a, b)) ?? 0;
        const sum = shared.reduce((n, s) => n + (issuesIn.get(`${a}\u0000${s}`) ?? 0) + (issuesIn.get(`${b}\u0000${s}`) ?? 0), 0);
        const either = sum - both;
        return { sharedSubjects: shared.length, both, either, jaccard: shared.length > 0 && either > 0 ? both / either : null };
      }),
    );
    const subjects = new Set(chosen.flatMap((r) => [...(subjectsOf.get(r) ?? [])]));
    blocks.push({ reviewers: chosen, cells, subjects: subjects.size });
  }
  return { blocks, omitted: candidates.length - shown };
}

/** Groups reviewers linked through subjects they reviewed, keeping the given order within each group. */
function connectedBySubject(reviewers: string[], subjectsOf: Map<string, Set<string>>): string[][] {
  const reviewersOf = new Map<string, string[]>();
  for (const r of reviewers) for (const s of subjectsOf.get(r) ?? []) reviewersOf.set(s, [...(reviewersOf.get(s) ?? []), r]);
  const group = new Map<string, number>();
  const groups: string[][] = [];
  for (const start of reviewers) {
    if (group.has(start)) continue;
    const index = groups.length;
    const queue = [start];
    group.set(start, index);
    for (let i = 0; i < queue.length; i++) {
      for (const s of subjectsOf.get(queue[i]) ?? []) {
        for (const other of reviewersOf.get(s) ?? []) {
          if (!group.has(other)) {
            group.set(other, index);
            queue.push(other);
          }
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
