import { describe, expect, it } from "vitest";
import { hasFilters, issueListHref, parseIssueListQuery, sortHref } from "../../lib/views/issueQuery";

describe("the issues list's state in the URL", () => {
  it("reads filters, sort and page from search params and writes them back the same", () => {
    const query = parseIssueListQuery(new URLSearchParams("status=false-positive&severity=high&cwe=cwe-079&disagreements=1&sort=consensus&dir=asc&page=3"));
    expect(query).toMatchObject({ status: "false-positive", severity: "high", cwe: "CWE-79", disagreements: true, sort: "consensus", dir: "asc", page: 3 });
    expect(parseIssueListQuery(new URLSearchParams(issueListHref(query).split("?")[1]))).toEqual(query);
  });

  it("falls back to no filter for values it does not know, instead of failing the page", () => {
    const query = parseIssueListQuery({ status: "deleted", severity: "urgent", consensus: "most", page: "-2", pageSize: "7", sort: "evil" });
    expect(query).toMatchObject({ status: null, severity: null, consensus: null, page: 1, pageSize: 50, sort: "severity", dir: "desc" });
    expect(hasFilters(query)).toBe(false);
    expect(issueListHref(query)).toBe("/issues");
  });

  it("flips the direction when the same column is clicked again and starts a new column at its default", () => {
    const bySeverity = parseIssueListQuery({});
    expect(sortHref(bySeverity, "severity")).toBe("/issues?sort=severity&dir=asc");
    expect(sortHref(bySeverity, "title")).toBe("/issues?sort=title&dir=asc");
    expect(sortHref(parseIssueListQuery({ sort: "title", dir: "asc", page: "4" }), "title")).toBe("/issues?sort=title&dir=desc");
  });
});
