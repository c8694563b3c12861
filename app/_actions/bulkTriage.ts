"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/lib/db/client";
import { triageIssue } from "@/lib/issues/triage";
import { issueKey, isIssueStatus } from "@/lib/views/vocabulary";
import { rememberAuthor } from "../_server/author";
import { field } from "../_server/formFields";

export interface BulkTriageOutcome {
  issueId: string;
  key: string;
  ok: boolean;
  message: string;
}

export type BulkTriageState =
  | { kind: "idle" }
  | { kind: "error"; message: string; field?: "note" | "author" | "selection" }
  | { kind: "done"; status: string; outcomes: BulkTriageOutcome[] };

const MAX_BULK = 500;

/**
 * Triage of the rows ticked in the issues table. Each issue is decided on its own with the version
 * its row showed, so one stale row reports a conflict without holding back the others.
 */
export async function bulkTriageAction(_previous: BulkTriageState, form: FormData): Promise<BulkTriageState> {
  const ids = [...new Set(form.getAll("issueId").filter((v): v is string => typeof v === "string" && v.length > 0))];
  const status = field(form, "status");
  const note = field(form, "note");
  const author = field(form, "author");
  if (ids.length === 0) return { kind: "error", message: "Select at least one issue first.", field: "selection" };
  if (ids.length > MAX_BULK) return { kind: "error", message: `Select at most ${MAX_BULK} issues at once.`, field: "selection" };
  if (!isIssueStatus(status)) return { kind: "error", message: "Choose accept, false positive or reopen." };
  if (!author) return { kind: "error", message: "Say who you are: the author is recorded in each issue's history.", field: "author" };
  if (status === "false-positive" && !note) {
    return { kind: "error", message: "A note is required to mark issues false positive: say why.", field: "note" };
  }
  await rememberAuthor(author);
  const db = await getDb();
  const numbers = new Map(
    (await db.issue.findMany({ where: { id: { in: ids } }, select: { id: true, number: true } })).map((i) => [i.id, i.number]),
  );
  const outcomes: BulkTriageOutcome[] = [];
  for (const issueId of ids) {
    const number = numbers.get(issueId);
    const key = number !== undefined ? issueKey(number) : "unknown issue";
    const version = Number(field(form, `version:${issueId}`));
    const result = await triageIssue(db, {
      issueId,
      status,
      note,
      author,
      expectedVersion: Number.isInteger(version) && version > 0 ? version : undefined,
    });
    outcomes.push(
      result.ok
        ? { issueId, key, ok: true, message: "done" }
        : { issueId, key, ok: false, message: result.message },
    );
  }
  revalidatePath("/", "layout");
  return { kind: "done", status, outcomes };
}
