import Link from "next/link";
import { AgreementMatrix } from "@/components/charts/AgreementMatrix";
import { ChartCard } from "@/components/charts/ChartCard";
import { ConsensusSeverityChart } from "@/components/charts/ConsensusSeverityChart";
import { DataTable } from "@/components/charts/DataTable";
import { ReviewerFindingsChart } from "@/components/charts/ReviewerFindingsChart";
import { StatTiles } from "@/components/charts/StatTiles";
import { TopCweChart } from "@/components/charts/TopCweChart";
import { TriageProgressChart } from "@/components/charts/TriageProgressChart";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { getDb } from "@/lib/db/client";
import { getOverview } from "@/lib/views/overview";
import { CONSENSUS_LABELS, SEVERITY_ORDER, STATUS_LABELS } from "@/lib/views/vocabulary";

export const dynamic = "force-dynamic";

export default async function OverviewPage() {
  const data = await getOverview(await getDb());
  if (data.totals.reports === 0) {
    return (
      <>
        <PageHeader title="Overview" />
        <div className="card">
          <EmptyState title="Nothing reviewed yet">
            <p>
              <Link href="/upload">Upload a few reviewers’ reports</Link> on the same code to see where they agree.
            </p>
          </EmptyState>
        </div>
      </>
    );
  }
  return (
    <>
      <PageHeader
        title="Overview"
        description="Where the reviewers agree, how far triage has come, and which reviewers' findings hold up."
      />
      <StatTiles data={data} />
      <div className="chart-grid">
        <ChartCard
          id="consensus"
          title="Issues by consensus and severity"
          description="How many reviewers flagged each issue"
          chart={<ConsensusSeverityChart data={data.consensusBySeverity} />}
          table={
            <DataTable
              caption="Issues by consensus level and severity"
              columns={["Consensus", ...SEVERITY_ORDER, "unrated"]}
              rows={data.consensusBySeverity.map((r) => [CONSENSUS_LABELS[r.level], ...SEVERITY_ORDER.map((s) => r[s]), r.none])}
            />
          }
        />
        <ChartCard
          id="triage"
          title="Triage progress"
          description="Decided issues"
          chart={<TriageProgressChart data={data.triage} />}
          table={<DataTable caption="Issues by status" columns={["Status", "Issues"]} rows={data.triage.map((t) => [STATUS_LABELS[t.status], t.count])} />}
        />
        <ChartCard
          id="reviewers"
          title="Findings per reviewer"
          description="By the triage of their issue"
          chart={<ReviewerFindingsChart data={data.reviewers} />}
          table={
            <DataTable
              caption="Findings per reviewer"
              columns={["Reviewer", "Findings", "Accepted", "False positive", "Open"]}
              rows={data.reviewers.map((r) => [r.reviewer, r.findings, r.accepted, r.falsePositive, r.open])}
            />
          }
        />
        <ChartCard
          id="cwes"
          title="Top CWEs"
          description="Issues per weakness"
          chart={data.topCwes.length ? <TopCweChart data={data.topCwes} /> : <p className="muted small">No issue has a CWE yet.</p>}
          table={<DataTable caption="Top CWEs" columns={["CWE", "Issues"]} rows={data.topCwes.map((c) => [c.cwe, c.count])} />}
        />
        <section className="card span-2" aria-labelledby="agreement-title">
          <div className="card-header">
            <h2 id="agreement-title">Reviewer agreement</h2>
            <span className="muted">Jaccard overlap of the issues each pair flagged, on subjects both reviewed</span>
          </div>
          <div className="card-body">
            <AgreementMatrix matrix={data.agreement} />
          </div>
        </section>
      </div>
    </>
  );
}
