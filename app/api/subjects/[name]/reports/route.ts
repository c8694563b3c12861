import { getDb } from "@/lib/db/client";
import { ingestReport } from "@/lib/ingest";
import { DEFAULT_MAX_REPORT_BYTES } from "@/lib/reports/decodeReport";

export const dynamic = "force-dynamic";

/**
 * POST /api/subjects/NAME/reports?reviewer=R&source=FILE with the report as the request body:
 * for pipelines that push a scanner's SARIF or a model's review after each run. The same ingest
 * as the CLI and the upload page; the answer is its result as JSON.
 */
export async function POST(request: Request, context: { params: Promise<{ name: string }> }): Promise<Response> {
  const { name } = await context.params;
  const query = new URL(request.url).searchParams;
  const source = query.get("source") ?? "report.txt";
  const reviewer = query.get("reviewer") ?? source.replace(/\.[^.]+$/, "");
  if (Number(request.headers.get("content-length") ?? 0) > DEFAULT_MAX_REPORT_BYTES) {
    return Response.json({ status: "error", reviewer, source, error: "report is over the 25 MB limit" }, { status: 413 });
  }
  const bytes = new Uint8Array(await request.arrayBuffer());
  const result = await ingestReport(await getDb(), { subject: name, reviewer, source, bytes });
  const status = result.status === "error" ? 422 : result.status === "ingested" ? 201 : 200;
  return Response.json(result, { status });
}
