import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReportFindingIndex } from "@/components/reports/ReportFindingIndex";
import { ReportText } from "@/components/reports/ReportText";
import { RelativeTime } from "@/components/ui/RelativeTime";
import { ReviewerAvatar } from "@/components/ui/ReviewerChip";
import { getDb } from "@/lib/db/client";
import { getReportView } from "@/lib/views/reportView";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { id } = await params;
  const db = await getDb();
  const report = await db.report.findUnique({ where: { id }, select: { reviewer: true, source: true } });
  return { title: report ? `${report.reviewer} · ${report.source}` : "Report not found" };
}

export default async function ReportPage({ params }: Params) {
  const { id } = await params;
  const report = await getReportView(await getDb(), id);
  if (!report) notFound();
  return (
    <>
      <header className="issue-head">
        <nav aria-label="Breadcrumb">
          <ol className="breadcrumbs">
            <li>
              <Link href="/subjects">Subjects</Link>
            </li>
            <li>
              <Link href={`/issues?${new URLSearchParams({ subject: report.subject.name }).toString()}`}>{report.subject.name}</Link>
            </li>
            <li aria-current="page">Report</li>
          </ol>
        </nav>
        <h1 className="row">
          <ReviewerAvatar name={report.reviewer} />
          {report.reviewer}
          <span className="issue-key">{report.source}</span>
        </h1>
        <div className="issue-meta">
          <span className="tag">{report.format}</span>
          {report.verdict === "no-issues" ? (
            <span className="badge con-single">Reported no defects</span>
          ) : (
            <span className="badge con-majority">{report.findings.length} findings</span>
          )}
          <span className="sep" aria-hidden="true">·</span>
          <span>
            Ingested <RelativeTime iso={report.ingestedAt} />
          </span>
          <span className="sep" aria-hidden="true">·</span>
          <span className="mono small" title="SHA-256 of the text">
            {report.sha256.slice(0, 12)}
          </span>
          <span className="sep" aria-hidden="true">·</span>
          <span>{report.length.toLocaleString("en")} characters</span>
        </div>
      </header>
      <div className="report-layout">
        <nav className="card report-index" aria-labelledby="report-findings-heading">
          <div className="card-header">
            <h2 id="report-findings-heading">Findings</h2>
            <span className="small faint">{report.findings.length}</span>
          </div>
          <ReportFindingIndex findings={report.findings} />
        </nav>
        <section className="card" aria-label="Full report text">
          <ReportText pieces={report.pieces} findings={report.findings} />
        </section>
      </div>
    </>
  );
}
