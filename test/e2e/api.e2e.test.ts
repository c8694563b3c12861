import { describe, expect, inject, it } from "vitest";
import { exportSchema } from "../../lib/export/schema";

// The HTTP API for pipelines, against the built app the global setup serves.
const baseURL = inject("baseURL") as string | undefined;

const sarif = JSON.stringify({
  version: "2.1.0",
  runs: [
    {
      tool: { driver: { name: "Bandit", rules: [{ id: "B602", shortDescription: { text: "subprocess call with shell=True" }, properties: { tags: ["CWE-78"] } }] } },
      results: [
        {
          ruleId: "B602",
          level: "error",
          message: { text: "subprocess call with shell=True identified, security issue." },
          locations: [{ physicalLocation: { artifactLocation: { uri: "tools/ping.py" }, region: { startLine: 14 } } }],
        },
      ],
    },
  ],
});

describe.skipIf(!baseURL)("HTTP API", () => {
  it("ingests a report posted by a pipeline and exports it", async () => {
    const post = await fetch(`${baseURL}/api/subjects/api-subject/reports?reviewer=bandit&source=bandit.sarif`, { method: "POST", body: sarif });
    expect(post.status).toBe(201);
    expect(await post.json()).toMatchObject({ status: "ingested", format: "sarif", findings: 1 });

    const again = await fetch(`${baseURL}/api/subjects/api-subject/reports?reviewer=bandit&source=bandit.sarif`, { method: "POST", body: sarif });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ status: "unchanged" });

    const exported = exportSchema.parse(await (await fetch(`${baseURL}/api/export?subject=api-subject`)).json());
    const [finding] = exported.subjects[0].issues[0].findings;
    expect(finding).toMatchObject({ reviewer: "bandit", cwe: "CWE-78", severity: "high", lines: { start: 14, end: 14 } });
  });

  it("attaches the reviewed code, and the issue page shows it at the cited line as inert text", async () => {
    const code = ["import subprocess", "", "", "def ping(host):", ...Array.from({ length: 9 }, (_, i) => `    step_${i}()`), '    subprocess.call("ping " + host, shell=True)  # <script>alert(1)</script>', "    return True"].join("\n");
    const put = await fetch(`${baseURL}/api/subjects/api-subject/code?name=ping.py`, { method: "PUT", body: code });
    expect(put.status).toBe(200);
    expect(await put.json()).toMatchObject({ status: "attached", files: 1, lines: 15 });
    const refused = await fetch(`${baseURL}/api/subjects/api-subject/code?name=a.out`, { method: "PUT", body: new Uint8Array([0x7f, 0x45, 0, 1]) });
    expect(refused.status).toBe(422);

    const exported = exportSchema.parse(await (await fetch(`${baseURL}/api/export?subject=api-subject`)).json());
    const html = await (await fetch(`${baseURL}/issues/${exported.subjects[0].issues[0].number}`)).text();
    expect(html).toContain("The code at the cited lines");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("<script>alert(1)");
  });

  it("answers a broken report with the reason and status 422", async () => {
    const post = await fetch(`${baseURL}/api/subjects/api-subject/reports?source=broken.json`, { method: "POST", body: '[{"title": "x"' });
    expect(post.status).toBe(422);
    expect(await post.json()).toMatchObject({ status: "error", error: expect.stringMatching(/malformed JSON/) });
  });

  it("says 404 for the export of an unknown subject", async () => {
    expect((await fetch(`${baseURL}/api/export?subject=nope`)).status).toBe(404);
  });
});
