"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/lib/db/client";
import { triageIssue } from "@/lib/issues/triage";
import { isIssueStatus } from "@/lib/views/vocabulary";
import { rememberAuthor } from "../_server/author";
import { field } from "../_server/formFields";

export type TriageFormState =
  | { kind: "idle" }
  | { kind: "ok"; message: string; status: string; version: number }
  | { kind: "conflict"; message: string; current: { status: string; version: number; lastAuthor: string | null } }
  | { kind: "error"; message: string; field?: "note" | "author" | "status" };

/** One issue's triage decision, from the issue page's form (with or without JavaScript). */
export async function triageAction(_previous: TriageFormState, form: FormData): Promise<TriageFormState> {
  const issueId = field(form, "issueId");
  const status = field(form, "status");
  const note = field(form, "note");
  const author = field(form, "author");
  const expectedVersion = Number(field(form, "expectedVersion"));
  if (!isIssueStatus(status)) return { kind: "error", message: "Choose accept, false positive or reopen.", field: "status" };
  if (!author) return { kind: "error", message: "Say who you are: the author is recorded in the history.", field: "author" };
  if (status === "false-positive" && !note) {
    return { kind: "error", message: "A note is required to mark an issue false positive: say why.", field: "note" };
  }
  await rememberAuthor(author);
  const db = await getDb();
  const result = await triageIssue(db, {
    issueId,
    status,
    note,
    author,
    expectedVersion: Number.isInteger(expectedVersion) && expectedVersion > 0 ? expectedVersion : undefined,
  });
  revalidatePath("/", "layout");
  if (result.ok) {
    const verb = status === "accepted" ? "Accepted" : status === "false-positive" ? "Marked false positive" : "Reopened";
    return { kind: "ok", message: `${verb}.`, status: result.status, version: result.version };
  }
  if (result.reason === "conflict") return { kind: "conflict", message: result.message, current: result.current };
  return { kind: "error", message: result.message };
}
