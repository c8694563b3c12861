import { writeFile } from "node:fs/promises";
import { getDb } from "../db/client";
import { buildExport } from "../export/buildExport";

export async function exportCommand(opts: { format: string; subject?: string; out?: string }): Promise<void> {
  if (opts.format !== "json") throw new Error(`unknown export format "${opts.format}" (supported: json)`);
  const db = await getDb();
  const data = await buildExport(db, { subject: opts.subject });
  await db.$disconnect();
  if (opts.subject && data.subjects.length === 0) throw new Error(`no subject named "${opts.subject}"`);
  const json = `${JSON.stringify(data, null, 2)}\n`;
  if (opts.out) {
    await writeFile(opts.out, json);
    console.error(`wrote ${opts.out}: ${data.subjects.length} subject(s)`);
  } else process.stdout.write(json);
}
