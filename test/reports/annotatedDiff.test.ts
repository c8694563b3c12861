import { describe, expect, it } from "vitest";
import { looksLikeAnnotatedDiff } from "../../lib/reports/annotatedDiff";
import { review } from "./markdown/helpers";

describe("a review written into a unified diff", () => {
  const marked = `PR #88 "faster search" -- comments are "# REVIEW:" lines under the line they refer to.

diff --git a/src/Search.cs b/src/Search.cs
index 280f593..9e2a7fc 100644
--- a/src/Search.cs
+++ b/src/Search.cs
@@ -40,6 +40,6 @@ public class Search
     public async Task<List<Row>> Find(string text)
     {
-        var rows = await _db.Rows.Where(r => EF.Functions.ILike(r.Name, $"%{text}%")).ToListAsync();
+        var sql = $"SELECT * FROM rows WHERE name ILIKE '%{text}%'";
+        var rows = await _db.Rows.FromSqlRaw(sql).ToListAsync();
# REVIEW: BLOCKER: this turns the search into string-built SQL. text goes straight into FromSqlRaw,
# REVIEW: so x' OR '1'='1 returns every row. Please revert to EF.Functions.ILike.
# REVIEW: nit: the CancellationToken got dropped from ToListAsync in the rewrite, so a cancelled call keeps the query running.
 
         return rows;
     }
@@ -90,3 +90,4 @@ public class Search
     public string Export(string name)
     {
+        var path = Path.Combine(_root, name);
# REVIEW: client-supplied name into Path.Combine: "../../x" climbs out of the export root.
         return File.ReadAllText(path);

Outside the diff: Delete() (unchanged here) still doesn't check the owner, so any user can delete any row.

Otherwise the change looks reasonable. Happy to re-review once the BLOCKER is addressed.
`;

  it("is recognised by its file and hunk headers", () => {
    expect(looksLikeAnnotatedDiff(marked)).toBe(true);
    expect(looksLikeAnnotatedDiff("## Findings\n\n1. SQL injection in `Find` (line 42)\n")).toBe(false);
  });

  it("reads each comment as a finding at the new file's line above it, one per label, and the closing words as prose", () => {
    const { findings } = review(marked, "marek.txt");
    expect(findings.map((f) => [f.title, f.lines[0]?.start, f.path])).toEqual([
      ["this turns the search into string-built SQL", 43, "src/Search.cs"],
      ["the CancellationToken got dropped from ToListAsync in the rewrite, so a cancelled call keeps the query running", 43, "src/Search.cs"],
      ["client-supplied name into Path.Combine: \"../../x\" climbs out of the export root", 92, "src/Search.cs"],
      ["Outside the diff: Delete() (unchanged here) still doesn't check the owner, so any user can delete any row", 93, "src/Search.cs"],
    ]);
    expect(findings[0].severity).toBe("critical");
    expect(marked.slice(findings[0].span.start, findings[0].span.end)).toMatch(/^# REVIEW: BLOCKER: .*Please revert to EF\.Functions\.ILike\.$/s);
  });

  const apart = `Review of PR #412 -- comments inline on the diff

--- /dev/null
+++ b/deploy/gateway.yaml
@@ -0,0 +1,151 @@
...
+    admin:
+      address:
+        socket_address: { address: 0.0.0.0, port_value: 9901 }

  [HO] Admin listener on 0.0.0.0. Anything that can reach the pod gets /config_dump,
       /quitquitquit and /runtime_modify. Bind to 127.0.0.1.

...
+    default allow := true

  [HO] Blocking. Default-allow means every path that isn't explicitly denied below is open.

Requesting changes for the default-allow; the admin listener should be fixed in this PR too.
`;

  it("reads rated marks ('# REVIEW [high]: ...') as one comment each with its severity, and the prose after a fenced diff as prose", () => {
    const fenced = `Below is the patch I'd apply.

\`\`\`diff
--- a/src/session.js
+++ b/src/session.js
@@ -40,3 +40,3 @@ function configure(app) {
   app.use(session({
-    secret: 'clinic-portal-s3ssion-secret',
+    secret: process.env.SESSION_SECRET,
# REVIEW [high]: session secret is committed to the repo, so anyone with the source can forge cookies.
# REVIEW [medium]: cookie has no \`secure\` flag, so the session ID can leak over plain HTTP.
   }));
\`\`\`

Not changed: the SQL is already parameterized and \`requireRole\` looks correct.
`;
    const { findings } = review(fenced, "o3.md");
    expect(findings.map((f) => [f.title, f.severity])).toEqual([
      ["session secret is committed to the repo, so anyone with the source can forge cookies", "high"],
      ["cookie has no `secure` flag, so the session ID can leak over plain HTTP", "medium"],
    ]);
  });

  it("reads comments set apart by blank lines, their indented lines included, where '...' left lines out", () => {
    const { findings } = review(apart, "hannah.txt");
    expect(findings.map((f) => f.title)).toEqual(["Admin listener on 0.0.0.0", "Default-allow means every path that isn't explicitly denied below is open"]);
    expect(apart.slice(findings[0].span.start, findings[0].span.end)).toContain("Bind to 127.0.0.1.");
    expect(findings[0].lines).toEqual([]);
  });
});
