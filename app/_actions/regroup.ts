"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/lib/db/client";
import { mergeIssues, moveFinding, splitFindings } from "@/lib/issues/manualGrouping";
import { issueKey } from "@/lib/views/vocabulary";
import { rememberAuthor } from "../_server/author";
import { errorMessage, field } from "../_server/formFields";

export type RegroupState =
  | { kind: "idle" }
  | { kind: "ok"; message: string; href: string; linkText: string }
  | { kind: "error"; message: string };

/** Moves one finding to another issue of its subject, or (target "new") splits it into a new issue. */
export async function moveFindingAction(_previous: RegroupState, form: FormData): Promise<RegroupState> {
  const findingId = field(form, "findingId");
  const target = field(form, "target");
  const author = field(form, "author");
  if (!findingId || !target) return { kind: "error", message: "Choose where the finding should go." };
  if (!author) return { kind: "error", message: "Say who you are (the triage panel's author field): moves are recorded in the history." };
  await rememberAuthor(author);
  const db = await getDb();
  try {
    const issueId = target === "new" ? await splitFindings(db, [findingId], author) : (await moveFinding(db, findingId, target, author), target);
    const issue = await db.issue.findUnique({ where: { id: issueId }, select: { number: true } });
    revalidatePath("/", "layout");
    const key = issue ? issueKey(issue.number) : "the issue";
    return {
      kind: "ok",
      message: target === "new" ? `Split into a new issue, ${key}.` : `Moved to ${key}.`,
      href: issue ? `/issues/${issue.number}` : "/issues",
      linkText: `Open ${key}`,
    };
  } catch (error) {
    return { kind: "error", message: errorMessage(error) };
  }
}

/** Folds another issue of the same subject into this one (this one keeps its number). */
export async function mergeIssueAction(_previous: RegroupState, form: FormData): Promise<RegroupState> {
  const keepId = field(form, "issueId");
  const otherId = field(form, "otherId");
  const author = field(form, "author");
  if (!keepId || !otherId) return { kind: "error", message: "Choose the issue to merge into this one." };
  if (!author) return { kind: "error", message: "Say who you are (the triage panel's author field): merges are recorded in the history." };
  await rememberAuthor(author);
  const db = await getDb();
  try {
    const other = await db.issue.findUnique({ where: { id: otherId }, select: { number: true } });
    await mergeIssues(db, [keepId, otherId], author);
    const keep = await db.issue.findUnique({ where: { id: keepId }, select: { number: true } });
    revalidatePath("/", "layout");
    return {
      kind: "ok",
      message: `Merged ${other ? issueKey(other.number) : "the issue"} into this one.`,
      href: keep ? `/issues/${keep.number}` : "/issues",
      linkText: "Reload",
    };
  } catch (error) {
    return { kind: "error", message: errorMessage(error) };
  }
}
