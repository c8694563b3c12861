import { readFile } from "node:fs/promises";
import path from "node:path";
import { attachCode, type AttachCodeResult } from "../code/attachCode";
import { getDb, type Db } from "../db/client";
import { ingestReport, type IngestResult } from "../ingest";

export async function ingestCommand(files: string[], opts: { subject: string; reviewer?: string; maxSize: number; code?: string }): Promise<void> {
  if (files.length === 0 && !opts.code) {
    console.error("error: give report files, or --code with the reviewed code, or both");
    process.exitCode = 1;
    return;
  }
  const db = await getDb();
  let failed = 0;
  if (opts.code) {
    const attached = await attachCodeFile(db, opts.subject, opts.code);
    console.log(attached.status === "attached" ? `${path.basename(opts.code)}: code of ${opts.subject}, ${plural(attached.files, "file")}, ${plural(attached.lines, "line")}` : `${path.basename(opts.code)}: error: ${attached.error}`);
    if (attached.status === "error") failed++;
  }
  for (const file of files) {
    const reviewer = opts.reviewer ?? path.basename(file).replace(/\.[^.]+$/, "");
    const result = await ingestFile(file, reviewer, opts);
    if (result.status === "error") failed++;
    console.log(describe(result));
  }
  await db.$disconnect();
  if (failed > 0) process.exitCode = 1;

  async function ingestFile(file: string, reviewer: string, o: typeof opts): Promise<IngestResult> {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (error) {
      return { status: "error", reviewer, source: path.basename(file), error: (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message };
    }
    return ingestReport(db, { subject: o.subject, reviewer, source: path.basename(file), bytes }, { maxBytes: o.maxSize * 1024 * 1024 });
  }
}

async function attachCodeFile(db: Db, subject: string, file: string): Promise<AttachCodeResult> {
  try {
    return await attachCode(db, { subject, name: path.basename(file), bytes: await readFile(file) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { status: "error", subject, error: "no such file" };
    throw error;
  }
}

function describe(result: IngestResult): string {
  const who = `${result.source} (${result.reviewer})`;
  switch (result.status) {
    case "ingested":
      return `${who}: ${result.format}, ${plural(result.findings, "finding")}${result.verdict === "no-issues" ? ", no issues reported" : ""}${result.warnings.map((w) => `; ${w}`).join("")}`;
    case "unchanged":
      return `${who}: already ingested with identical content, nothing to do (${result.format}, ${plural(result.findings, "finding")})`;
    case "error":
      return `${who}: error: ${result.error}`;
  }
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
