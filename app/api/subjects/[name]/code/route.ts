import { attachCode, MAX_CODE_BYTES } from "@/lib/code/attachCode";
import { getDb } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/**
 * PUT /api/subjects/NAME/code?name=FILE with the reviewed code as the request body (a source
 * file, or markdown with numbered code blocks): replaces the subject's code, creating the subject
 * if new. A pipeline sends it with the reports it pushes to .../reports.
 */
export async function PUT(request: Request, context: { params: Promise<{ name: string }> }): Promise<Response> {
  const { name: subject } = await context.params;
  const fileName = new URL(request.url).searchParams.get("name") ?? "code.txt";
  if (Number(request.headers.get("content-length") ?? 0) > MAX_CODE_BYTES) {
    return Response.json({ status: "error", subject, error: "code is over the 2 MB limit" }, { status: 413 });
  }
  const result = await attachCode(await getDb(), { subject, name: fileName, bytes: new Uint8Array(await request.arrayBuffer()) });
  return Response.json(result, { status: result.status === "attached" ? 200 : 422 });
}
