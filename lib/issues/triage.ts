import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Db } from "../db/client";

export const TRIAGE_STATUSES = ["open", "accepted", "false-positive"] as const;
export type TriageStatus = (typeof TRIAGE_STATUSES)[number];

/** A triage request, from the CLI, a form or the API: one schema for type and validation. */
export const triageRequestSchema = z
  .object({
    issueId: z.string().min(1),
    status: z.enum(TRIAGE_STATUSES),
    note: z.string().trim().max(10_000).optional().default(""),
    author: z.string().trim().min(1, "author is required").max(200),
    /** The issue version the person saw; a newer one means somebody else triaged meanwhile. */
    expectedVersion: z.number().int().positive().optional(),
  })
  .refine((r) => r.status !== "false-positive" || r.note.length > 0, {
    message: "a note is required to mark an issue false positive",
    path: ["note"],
  });
export type TriageRequest = z.input<typeof triageRequestSchema>;

export type TriageResult =
  | { ok: true; status: TriageStatus; version: number }
  | { ok: false; reason: "conflict"; message: string; current: { status: string; version: number; lastAuthor: string | null } }
  | { ok: false; reason: "not-found" | "invalid"; message: string };

/**
 * Changes an issue's status and appends the decision to its history, in one transaction. The
 * version check makes a concurrent second decision fail loudly instead of overwriting the first.
 */
export async function triageIssue(db: Db, request: TriageRequest): Promise<TriageResult> {
  const parsed = triageRequestSchema.safeParse(request);
  if (!parsed.success) return { ok: false, reason: "invalid", message: parsed.error.issues.map((i) => i.message).join("; ") };
  const { issueId, status, note, author, expectedVersion } = parsed.data;
  return db.$transaction(async (tx) => {
    const issue = await tx.issue.findUnique({ where: { id: issueId } });
    if (!issue) return { ok: false, reason: "not-found", message: "no such issue" } as const;
    const version = expectedVersion ?? issue.version;
    const updated = await tx.issue.updateMany({ where: { id: issueId, version }, data: { status, version: { increment: 1 } } });
    if (updated.count === 0) {
      const last = await tx.issueEvent.findFirst({ where: { issueId }, orderBy: { createdAt: "desc" } });
      return {
        ok: false,
        reason: "conflict",
        message: `somebody changed this issue meanwhile: it is now ${issue.status} (version ${issue.version})${last ? `, last changed by ${last.author}` : ""}`,
        current: { status: issue.status, version: issue.version, lastAuthor: last?.author ?? null },
      } as const;
    }
    await tx.issueEvent.create({
      data: { id: randomUUID(), issueId, kind: "triage", fromStatus: issue.status, toStatus: status, note: note || null, author },
    });
    return { ok: true, status, version: version + 1 } as const;
  });
}
