import { getDb } from "../db/client";
import { mergeIssues, moveFinding, splitFindings } from "../issues/manualGrouping";
import { findingByRef, issueByNumber } from "./resolve";

export async function moveCommand(findingRef: string, issueRef: string, opts: { author: string }): Promise<void> {
  const db = await getDb();
  const finding = await findingByRef(db, findingRef);
  const issue = await issueByNumber(db, issueRef);
  await moveFinding(db, finding.id, issue.id, opts.author);
  console.log(`moved finding ${finding.id.slice(0, 8)} «${finding.title}» to Q-${issue.number}`);
  await db.$disconnect();
}

export async function splitCommand(findingRefs: string[], opts: { author: string }): Promise<void> {
  const db = await getDb();
  const findings = await Promise.all(findingRefs.map((ref) => findingByRef(db, ref)));
  const issueId = await splitFindings(db, findings.map((f) => f.id), opts.author);
  const issue = await db.issue.findUniqueOrThrow({ where: { id: issueId } });
  console.log(`split ${findings.length} finding(s) into Q-${issue.number} «${issue.title}»`);
  await db.$disconnect();
}

export async function mergeCommand(issueRefs: string[], opts: { author: string }): Promise<void> {
  const db = await getDb();
  const issues = [];
  for (const ref of issueRefs) issues.push(await issueByNumber(db, ref));
  await mergeIssues(db, issues.map((i) => i.id), opts.author);
  console.log(`merged ${issues.slice(1).map((i) => `Q-${i.number}`).join(", ")} into Q-${issues[0].number}`);
  await db.$disconnect();
}
