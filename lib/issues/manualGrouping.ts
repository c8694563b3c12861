import { randomUUID } from "node:crypto";
import { writeTransaction, type Db, type Prisma } from "../db/client";
import { nextIssueNumber, regroupSubject } from "./regroupSubject";

type Tx = Prisma.TransactionClient;

/**
 * A person's corrections to the grouping. Each pins the findings it touches (and the ones it
 * confirms by leaving them in place), so later ingests and regroupings keep the decision.
 */
export async function moveFinding(db: Db, findingId: string, targetIssueId: string, author: string): Promise<void> {
  await writeTransaction(db, async (tx) => {
    const finding = await tx.finding.findUniqueOrThrow({ where: { id: findingId } });
    const target = await tx.issue.findUniqueOrThrow({ where: { id: targetIssueId } });
    if (target.subjectId !== finding.subjectId) throw new Error("a finding can only move to an issue of the same subject");
    await pinIssueMembers(tx, [target.id]);
    if (finding.issueId) await pinIssueMembers(tx, [finding.issueId]);
    await tx.finding.update({ where: { id: findingId }, data: { issueId: target.id, pinned: true } });
    const data = JSON.stringify({ findingId, from: finding.issueId, to: target.id });
    await event(tx, target.id, "move-in", author, data);
    if (finding.issueId) await event(tx, finding.issueId, "move-out", author, data);
    await regroupSubject(tx, finding.subjectId);
  });
}

/** Takes findings out of their issues into one new issue; returns its id. */
export async function splitFindings(db: Db, findingIds: string[], author: string): Promise<string> {
  return writeTransaction(db, async (tx) => {
    const findings = await tx.finding.findMany({ where: { id: { in: findingIds } } });
    if (findings.length !== new Set(findingIds).size) throw new Error("some findings do not exist");
    const subjectId = findings[0].subjectId;
    if (findings.some((f) => f.subjectId !== subjectId)) throw new Error("findings of different subjects cannot form one issue");
    const sources = [...new Set(findings.map((f) => f.issueId).filter((id): id is string => id !== null))];
    await pinIssueMembers(tx, sources);
    const issueId = randomUUID();
    await tx.issue.create({ data: { id: issueId, subjectId, number: await nextIssueNumber(tx), title: findings[0].title } });
    await tx.finding.updateMany({ where: { id: { in: findingIds } }, data: { issueId, pinned: true } });
    const data = JSON.stringify({ findingIds, from: sources });
    await event(tx, issueId, "split-in", author, data);
    for (const source of sources) await event(tx, source, "split-out", author, data);
    await regroupSubject(tx, subjectId);
    return issueId;
  });
}

/** Folds the other issues into the first; their history moves along with their findings. */
export async function mergeIssues(db: Db, issueIds: string[], author: string): Promise<void> {
  const [keepId, ...others] = [...new Set(issueIds)];
  if (!keepId || others.length === 0) throw new Error("merge needs at least two different issues");
  await writeTransaction(db, async (tx) => {
    const issues = await tx.issue.findMany({ where: { id: { in: [keepId, ...others] } } });
    if (issues.length !== others.length + 1) throw new Error("some issues do not exist");
    if (issues.some((i) => i.subjectId !== issues[0].subjectId)) throw new Error("only issues of the same subject can be merged");
    await tx.finding.updateMany({ where: { issueId: { in: [keepId, ...others] } }, data: { issueId: keepId, pinned: true } });
    await tx.issueEvent.updateMany({ where: { issueId: { in: others } }, data: { issueId: keepId } });
    const numbers = issues.filter((i) => i.id !== keepId).map((i) => i.number);
    await event(tx, keepId, "merge", author, JSON.stringify({ merged: others, numbers }));
    await tx.issue.deleteMany({ where: { id: { in: others } } });
    await regroupSubject(tx, issues[0].subjectId);
  });
}

async function pinIssueMembers(tx: Tx, issueIds: string[]): Promise<void> {
  if (issueIds.length > 0) await tx.finding.updateMany({ where: { issueId: { in: issueIds } }, data: { pinned: true } });
}

async function event(tx: Tx, issueId: string, kind: string, author: string, data: string): Promise<void> {
  await tx.issueEvent.create({ data: { id: randomUUID(), issueId, kind, author, data } });
}
