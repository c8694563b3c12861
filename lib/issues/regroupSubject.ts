import { randomUUID } from "node:crypto";
import type { Prisma } from "../db/client";
import { findingFromRow } from "../findings/fromRow";
import { groupFindings } from "../grouping/groupFindings";
import type { FindingGroup, GroupableFinding } from "../grouping/types";
import { consensusOf } from "../consensus/consensusOf";
import { disagreementsOf } from "../consensus/disagreementsOf";
import { issueSummary } from "../consensus/issueSummary";

type Tx = Prisma.TransactionClient;

/**
 * Re-derives a subject's issues from all its findings. Grouping is recomputed from scratch (it is
 * deterministic), then each group is matched to the existing issue that already holds most of its
 * findings, so issue ids, numbers, triage status and history survive every later ingest. Findings
 * a person moved by hand are pinned and stay where they were put.
 */
export async function regroupSubject(tx: Tx, subjectId: string): Promise<void> {
  const rows = await tx.finding.findMany({ where: { subjectId }, include: { report: { select: { reviewer: true } } } });
  const existing = new Map((await tx.issue.findMany({ where: { subjectId } })).map((issue) => [issue.id, issue]));
  const reports = await tx.report.findMany({ where: { subjectId }, select: { reviewer: true, verdict: true } });
  const findings: GroupableFinding[] = rows.map((row) => ({
    ...findingFromRow(row),
    id: row.id,
    reportId: row.reportId,
    reviewer: row.report.reviewer,
  }));
  const pinned = Object.fromEntries(rows.filter((r) => r.pinned && r.issueId).map((r) => [r.id, r.issueId!]));
  const groups = groupFindings(findings, { pinned });
  const currentIssue = new Map(rows.map((r) => [r.id, r.issueId]));
  const assignment = matchGroupsToIssues(groups, currentIssue, pinned);

  const subjectReviewers = [...new Set(reports.map((r) => r.reviewer))];
  const noIssueReviewers = [...new Set(reports.filter((r) => r.verdict === "no-issues").map((r) => r.reviewer))];
  const byId = new Map(findings.map((f) => [f.id, f]));
  const keptIssueIds = new Set<string>();

  for (const [index, group] of groups.entries()) {
    const members = group.findingIds.map((id) => byId.get(id)!);
    const summary = issueSummary(members);
    const consensus = consensusOf(members.map((m) => m.reviewer), subjectReviewers);
    const data = {
      title: summary.title,
      severity: summary.severity.median,
      severityMin: summary.severity.min,
      severityMax: summary.severity.max,
      cwe: JSON.stringify(summary.cwe),
      consensusReviewers: consensus.reviewers,
      consensusOf: consensus.of,
      consensusLevel: consensus.level,
      disagreements: JSON.stringify(disagreementsOf(members, noIssueReviewers)),
      evidence: JSON.stringify(group.evidence),
    };
    let issueId = assignment.get(index);
    if (issueId) {
      if (changed(existing.get(issueId), data)) await tx.issue.update({ where: { id: issueId }, data });
    } else {
      issueId = randomUUID();
      await tx.issue.create({ data: { id: issueId, subjectId, number: await nextIssueNumber(tx), ...data } });
    }
    keptIssueIds.add(issueId);
    const moving = group.findingIds.filter((id) => currentIssue.get(id) !== issueId);
    if (moving.length > 0) await tx.finding.updateMany({ where: { id: { in: moving } }, data: { issueId } });
  }
  await dropAbandonedIssues(tx, subjectId, keptIssueIds);
}

/** Most ingests leave most issues as they were; writing only the changed ones keeps ingest fast. */
function changed(issue: Record<string, unknown> | undefined, data: Record<string, unknown>): boolean {
  return !issue || Object.entries(data).some(([key, value]) => issue[key] !== value);
}

/** Largest overlaps first; each existing issue goes to at most one group. */
function matchGroupsToIssues(
  groups: FindingGroup[],
  currentIssue: Map<string, string | null>,
  pinned: Record<string, string>,
): Map<number, string> {
  const candidates: { group: number; issueId: string; overlap: number }[] = [];
  groups.forEach((group, index) => {
    const counts = new Map<string, number>();
    for (const id of group.findingIds) {
      const issueId = currentIssue.get(id);
      if (!issueId) continue;
      // A pinned finding ties its group to its issue above any count.
      counts.set(issueId, (counts.get(issueId) ?? 0) + (pinned[id] ? 1_000 : 1));
    }
    for (const [issueId, overlap] of counts) candidates.push({ group: index, issueId, overlap });
  });
  candidates.sort((a, b) => b.overlap - a.overlap || a.group - b.group || a.issueId.localeCompare(b.issueId));
  const assignment = new Map<number, string>();
  const taken = new Set<string>();
  for (const c of candidates) {
    if (assignment.has(c.group) || taken.has(c.issueId)) continue;
    assignment.set(c.group, c.issueId);
    taken.add(c.issueId);
  }
  return assignment;
}

/** An issue left without findings goes, unless a person already triaged it: history is never lost. */
async function dropAbandonedIssues(tx: Tx, subjectId: string, kept: Set<string>): Promise<void> {
  const stale = await tx.issue.findMany({
    where: { subjectId, id: { notIn: [...kept] } },
    select: { id: true, _count: { select: { events: true } } },
  });
  const removable = stale.filter((issue) => issue._count.events === 0).map((issue) => issue.id);
  if (removable.length > 0) await tx.issue.deleteMany({ where: { id: { in: removable } } });
}

export async function nextIssueNumber(tx: Tx): Promise<number> {
  const last = await tx.issue.aggregate({ _max: { number: true } });
  return (last._max.number ?? 0) + 1;
}
