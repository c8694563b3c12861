import { randomUUID } from "node:crypto";
import { writeTransaction, type Db } from "../db/client";
import { decodeReport } from "../reports/decodeReport";
import { ReportError } from "../reports/errors";
import { readReviewedCode } from "./reviewedCode";

/** Code files are smaller than reports can be; a larger one is almost surely the wrong file. */
export const MAX_CODE_BYTES = 2 * 1024 * 1024;

export type AttachCodeResult = { status: "attached"; subject: string; files: number; lines: number } | { status: "error"; subject: string; error: string };

/**
 * Stores the code a subject's reviewers were given (creating the subject if new), replacing any
 * code stored before. The text is decoded with the reports' rules (UTF-8 or UTF-16 with a BOM, no
 * binary) and must hold code: a description without numbered code is refused, since it shows
 * nothing at any line.
 */
export async function attachCode(db: Db, input: { subject: string; name: string; bytes: Uint8Array }): Promise<AttachCodeResult> {
  const base = { subject: input.subject };
  let text: string;
  try {
    if (input.subject.trim() === "") throw new ReportError("subject name is empty");
    if (input.subject.length > 200) throw new ReportError("subject name is over 200 characters");
    text = decodeReport(input.bytes, MAX_CODE_BYTES);
  } catch (error) {
    if (error instanceof ReportError) return { ...base, status: "error", error: error.message };
    throw error;
  }
  const code = readReviewedCode(text, input.name);
  if (code.files.length === 0) return { ...base, status: "error", error: "no code found: give a source file, or markdown with numbered code blocks" };
  const data = { code: text, codeName: input.name };
  await writeTransaction(db, (tx) =>
    tx.subject.upsert({ where: { name: input.subject }, create: { id: randomUUID(), name: input.subject, ...data }, update: data }),
  );
  const lines = code.files.reduce((n, f) => n + f.lines.size, 0);
  return { ...base, status: "attached", files: code.files.length, lines };
}
