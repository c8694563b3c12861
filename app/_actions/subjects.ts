"use server";

import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { getDb } from "@/lib/db/client";
import { field } from "../_server/formFields";

export type CreateSubjectState = { kind: "idle" } | { kind: "ok"; name: string } | { kind: "error"; message: string };

export async function createSubjectAction(_previous: CreateSubjectState, form: FormData): Promise<CreateSubjectState> {
  const name = field(form, "name");
  if (!name) return { kind: "error", message: "Give the subject a name." };
  if (name.length > 200) return { kind: "error", message: "Subject names are at most 200 characters." };
  const db = await getDb();
  const existing = await db.subject.findUnique({ where: { name }, select: { id: true } });
  if (existing) return { kind: "error", message: `A subject named “${name}” already exists.` };
  await db.subject.create({ data: { id: randomUUID(), name } });
  revalidatePath("/", "layout");
  return { kind: "ok", name };
}
