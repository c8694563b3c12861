import { getDb } from "@/lib/db/client";
import { buildExport } from "@/lib/export/buildExport";

export const dynamic = "force-dynamic";

/** GET /api/export[?subject=NAME]: the JSON export, format version 1 (see README). */
export async function GET(request: Request): Promise<Response> {
  const subject = new URL(request.url).searchParams.get("subject") ?? undefined;
  const data = await buildExport(await getDb(), { subject });
  if (subject && data.subjects.length === 0) return Response.json({ error: `no subject named "${subject}"` }, { status: 404 });
  return Response.json(data, {
    headers: { "Content-Disposition": `attachment; filename="quorum-export${subject ? `-${subject.replace(/[^\w.-]+/g, "_")}` : ""}.json"` },
  });
}
