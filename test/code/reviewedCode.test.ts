import { describe, expect, it } from "vitest";
import { readReviewedCode } from "../../lib/code/reviewedCode";

const DESCRIPTION = `# Subject: export views

- **File:** \`reports/views.py\` (excerpt, lines 120-124)

## \`reports/views.py\`

\`\`\`python
120  def export(request):
121      name = request.GET["name"]
122
123      return FileResponse(open(name, "rb"))
124
\`\`\`

# src/devcfg.c (firmware, C)

\`\`\`c
     1\t#include <string.h>
     2\tint parse(const char *s) {
     3\t    return strlen(s);
     4\t}
\`\`\`
`;

describe("readReviewedCode", () => {
  it("keeps the line numbers a description's code blocks carry, and the file each block is under", () => {
    const code = readReviewedCode(DESCRIPTION, "subject.md");
    expect(code.files.map((f) => f.path)).toEqual(["reports/views.py", "src/devcfg.c"]);
    const [views, c] = code.files;
    expect(views.lines.get(121)).toBe('    name = request.GET["name"]');
    expect(views.lines.get(122)).toBe("");
    expect(views.lines.has(1)).toBe(false);
    expect(c.lines.get(2)).toBe("int parse(const char *s) {");
  });

  it("numbers a plain source file from 1", () => {
    const code = readReviewedCode("import os\n\ndef f():\n    return os.getcwd()\n", "app.py");
    expect(code.files).toHaveLength(1);
    expect(code.files[0]).toMatchObject({ path: "app.py" });
    expect(code.files[0].lines.get(3)).toBe("def f():");
  });

  it("finds no code in a description that only tells about the code", () => {
    const prose = "# neutron/agent/common/utils.py\n\nThe code itself is not reproduced here.\n\n- a `Throttler` class that sleeps in a loop\n";
    expect(readReviewedCode(prose, "subject.md").files).toEqual([]);
    expect(readReviewedCode(prose, null).files).toEqual([]);
  });

  it("does not take a short example block or an unnumbered block for the reviewed code", () => {
    const text = "# Notes\n\n```\n1  a\n```\n\n```python\nimport os\nprint(1)\nprint(2)\n```\n";
    expect(readReviewedCode(text, "notes.md").files).toEqual([]);
  });
});
