"use server";

import { revalidatePath } from "next/cache";
import { attachCode, type AttachCodeResult } from "@/lib/code/attachCode";
import { getDb } from "@/lib/db/client";
import { ingestReport, type IngestResult } from "@/lib/ingest";
import { errorMessage, field } from "../_server/formFields";

export type UploadResult = IngestResult;

export type UploadState =
  | { kind: "idle" }
  | { kind: "error"; message: string }
  | { kind: "done"; subject: string; results: UploadResult[]; code: (AttachCodeResult & { source: string }) | null };

/**
 * A file input left empty still submits one nameless, empty part (which arrives named "" or
 * "undefined" depending on the path it took); that is "no file", not an empty report.
 */
function isNoFile(file: File): boolean {
  return file.size === 0 && (!file.name || file.name === "undefined");
}

/** "reviewer-000.md" → "reviewer-000". */
function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(0, dot) : name;
}

/**
 * Ingests every chosen file (and the pasted text, if any) into one subject through lib/ingest, one
 * report at a time so each gets its own result. Reviewer names come from the per-file inputs the
 * enhanced form adds ("reviewer:<index>"); without JavaScript they default to the file's base name.
 */
export async function uploadAction(_previous: UploadState, form: FormData): Promise<UploadState> {
  const subject = field(form, "newSubject") || field(form, "subject");
  if (!subject) return { kind: "error", message: "Choose a subject or type a new subject name." };

  const files = form.getAll("files").filter((f): f is File => typeof f === "object" && f !== null && "arrayBuffer" in f && !isNoFile(f));
  const pasted = typeof form.get("pasteText") === "string" ? String(form.get("pasteText")) : "";
  const pastedReviewer = field(form, "pasteReviewer");
  const codeFile = [form.get("code")].find((f): f is File => typeof f === "object" && f !== null && "arrayBuffer" in f && !isNoFile(f)) ?? null;
  if (files.length === 0 && !pasted.trim() && !codeFile) return { kind: "error", message: "Choose at least one report file, or paste a report." };
  if (pasted.trim() && !pastedReviewer) return { kind: "error", message: "Give the pasted report a reviewer name." };

  const code = codeFile ? await attachOne(codeFile, subject) : null;
  const results: UploadResult[] = [];
  for (const [index, file] of files.entries()) {
    const reviewer = field(form, `reviewer:${index}`) || baseName(file.name);
    results.push(await ingestOne(() => file.arrayBuffer(), subject, reviewer, file.name || `upload-${index + 1}`));
  }
  if (pasted.trim()) {
    const source = field(form, "pasteName") || "pasted.md";
    results.push(await ingestOne(async () => new TextEncoder().encode(pasted).buffer as ArrayBuffer, subject, pastedReviewer, source));
  }
  revalidatePath("/", "layout");
  return { kind: "done", subject, results, code };
}

/** The reviewed code goes in first, so the issue pages of the reports that follow can show it. */
async function attachOne(file: File, subject: string): Promise<AttachCodeResult & { source: string }> {
  const source = file.name || "code";
  try {
    return { ...(await attachCode(await getDb(), { subject, name: source, bytes: new Uint8Array(await file.arrayBuffer()) })), source };
  } catch (error) {
    return { status: "error", subject, error: errorMessage(error), source };
  }
}

async function ingestOne(read: () => Promise<ArrayBuffer>, subject: string, reviewer: string, source: string): Promise<UploadResult> {
  try {
    const db = await getDb();
    return await ingestReport(db, { subject, reviewer, source, bytes: new Uint8Array(await read()) });
  } catch (error) {
    // A database or grouping failure on one file is reported on that file; the others still go in.
    return { status: "error", reviewer, source, error: errorMessage(error) };
  }
}
