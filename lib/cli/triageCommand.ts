import { getDb } from "../db/client";
import { triageIssue, type TriageStatus } from "../issues/triage";
import { issueByNumber } from "./resolve";

export async function triageCommand(issueRef: string, status: string, opts: { note?: string; author: string }): Promise<void> {
  const db = await getDb();
  const issue = await issueByNumber(db, issueRef);
  const result = await triageIssue(db, { issueId: issue.id, status: status as TriageStatus, note: opts.note, author: opts.author });
  await db.$disconnect();
  if (!result.ok) throw new Error(result.message);
  console.log(`Q-${issue.number} is now ${result.status}`);
}
