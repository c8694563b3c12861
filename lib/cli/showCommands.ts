import { getDb } from "../db/client";
import { plural } from "./ingestCommand";
import { explainGroup } from "../grouping/explain";
import type { Evidence } from "../grouping/types";

export async function subjectsCommand(): Promise<void> {
  const db = await getDb();
  const subjects = await db.subject.findMany({
    orderBy: { name: "asc" },
    include: { reports: { select: { reviewer: true, verdict: true } }, _count: { select: { issues: true, findings: true } } },
  });
  if (subjects.length === 0) console.log("no subjects yet: quorum ingest --subject NAME FILE...");
  for (const s of subjects) {
    const reviewers = s.reports.map((r) => (r.verdict === "no-issues" ? `${r.reviewer} (no issues)` : r.reviewer)).join(", ");
    console.log(`${s.name}: ${plural(s.reports.length, "report")}, ${plural(s._count.findings, "finding")}, ${plural(s._count.issues, "issue")}`);
    console.log(`  reviewers: ${reviewers}`);
  }
  await db.$disconnect();
}

const LEVEL_ORDER = { unanimous: 0, majority: 1, minority: 2, single: 3 } as Record<string, number>;

export async function showCommand(subjectName: string): Promise<void> {
  const db = await getDb();
  const subject = await db.subject.findUnique({
    where: { name: subjectName },
    include: {
      reports: true,
      issues: { include: { findings: { include: { report: { select: { reviewer: true } } } } } },
    },
  });
  if (!subject) throw new Error(`no subject named "${subjectName}"`);
  console.log(`${subject.name} — ${plural(subject.reports.length, "report")}: ${subject.reports.map((r) => `${r.reviewer} [${r.format}${r.verdict === "no-issues" ? ", no issues" : ""}]`).join(", ")}\n`);
  const issues = subject.issues
    .filter((i) => i.findings.length > 0)
    .sort((a, b) => b.consensusReviewers - a.consensusReviewers || LEVEL_ORDER[a.consensusLevel] - LEVEL_ORDER[b.consensusLevel] || a.number - b.number);
  for (const issue of issues) {
    const cwe = (JSON.parse(issue.cwe) as string[]).join(", ");
    const range = issue.severityMin && issue.severityMax && issue.severityMin !== issue.severityMax ? ` (${issue.severityMin}–${issue.severityMax})` : "";
    console.log(`Q-${issue.number}  ${issue.title}`);
    console.log(`  ${issue.consensusReviewers}/${issue.consensusOf} reviewers (${issue.consensusLevel}) · severity ${issue.severity ?? "—"}${range}${cwe ? ` · ${cwe}` : ""} · ${issue.status}`);
    for (const f of issue.findings) console.log(`    - ${f.report.reviewer}: ${f.title}  [${f.id.slice(0, 8)}]`);
    for (const d of JSON.parse(issue.disagreements) as { kind: string; detail: string }[]) console.log(`  ! ${d.kind}: ${d.detail}`);
    const evidence = JSON.parse(issue.evidence) as Evidence[];
    if (evidence.length > 0) console.log(`  why grouped: ${explainGroup({ findingIds: issue.findings.map((f) => f.id), evidence })}`);
    console.log("");
  }
  await db.$disconnect();
}
