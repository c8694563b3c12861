import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FileCode, GitCompareArrows, History, Scale, ShieldQuestion, Users } from "lucide-react";
import { AbsentReviewers } from "@/components/issues/AbsentReviewers";
import { CodeExcerpts } from "@/components/issues/CodeExcerpts";
import { DisagreementList } from "@/components/issues/DisagreementList";
import { EvidenceList } from "@/components/issues/EvidenceList";
import { FindingCard } from "@/components/issues/FindingCard";
import { IssueHeader } from "@/components/issues/IssueHeader";
import { IssueKeyboard } from "@/components/issues/IssueKeyboard";
import { MergeIssueForm } from "@/components/issues/MergeIssueForm";
import { IssueHistory } from "@/components/triage/IssueHistory";
import { TriagePanel } from "@/components/triage/TriagePanel";
import { EmptyState } from "@/components/ui/EmptyState";
import { getDb } from "@/lib/db/client";
import { findIssueRef, getIssueDetail } from "@/lib/views/issueDetail";
import { issueNeighbours } from "@/lib/views/issueNeighbours";
import { issueKey } from "@/lib/views/vocabulary";
import { readAuthor } from "../../_server/author";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

function one(value: string | string[] | undefined): string | null {
  return typeof value === "string" ? value : Array.isArray(value) ? (value[0] ?? null) : null;
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { id } = await params;
  const db = await getDb();
  const ref = await findIssueRef(db, id);
  const issue = ref ? await db.issue.findUnique({ where: { id: ref.id }, select: { title: true } }) : null;
  return { title: ref && issue ? `${issueKey(ref.number)} ${issue.title}` : "Issue not found" };
}

export default async function IssuePage({ params, searchParams }: Params) {
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const db = await getDb();
  const issue = await getIssueDetail(db, id);
  if (!issue) notFound();
  const [neighbours, author] = await Promise.all([
    issueNeighbours(
      db,
      { id: issue.id, number: issue.number, subjectId: issue.subject.id, subjectName: issue.subject.name },
      { list: one(search.list), at: one(search.at) },
    ),
    readAuthor(),
  ]);
  const findingCount = issue.cards.reduce((n, c) => n + c.findings.length, 0);

  return (
    <>
      <IssueKeyboard prevHref={neighbours.prev?.href ?? null} nextHref={neighbours.next?.href ?? null} listHref={neighbours.listHref} />
      <IssueHeader issue={issue} neighbours={neighbours} />
      <div className="issue-layout">
        <div className="issue-main">
          {issue.disagreements.length > 0 && (
            <section className="card" aria-labelledby="disagreements-heading">
              <div className="card-header">
                <h2 id="disagreements-heading" className="row">
                  <Scale size={16} aria-hidden="true" /> Where the reviewers disagree
                </h2>
              </div>
              <DisagreementList disagreements={issue.disagreements} />
            </section>
          )}

          {issue.code && (
            <section className="card" aria-labelledby="code-heading">
              <div className="card-header">
                <h2 id="code-heading" className="row">
                  <FileCode size={16} aria-hidden="true" /> The code at the cited lines
                </h2>
              </div>
              <CodeExcerpts excerpts={issue.code.excerpts} codeName={issue.code.name} />
            </section>
          )}

          <section aria-labelledby="findings-heading">
            <h2 id="findings-heading" className="section-title">
              <Users size={16} aria-hidden="true" /> What each reviewer said
              <span className="count">
                {issue.cards.length} reviewers · {findingCount} findings
              </span>
            </h2>
            {issue.cards.length === 0 ? (
              <div className="card">
                <EmptyState title="No findings left">
                  <p>Every finding was moved out of this issue. Its history stays below.</p>
                </EmptyState>
              </div>
            ) : (
              <div className="finding-grid">
                {issue.cards.map((card) => (
                  <FindingCard key={card.reviewer} card={card} siblings={issue.siblings} defaultAuthor={author} />
                ))}
              </div>
            )}
          </section>

          <section className="card" aria-labelledby="absent-heading">
            <div className="card-header">
              <h2 id="absent-heading" className="row">
                <ShieldQuestion size={16} aria-hidden="true" /> Who did not flag it
              </h2>
            </div>
            <div className="card-body">
              <AbsentReviewers notFlagged={issue.notFlagged} saidNoIssues={issue.saidNoIssues} />
            </div>
          </section>

          {issue.evidence.length > 0 && (
            <section className="card" aria-labelledby="evidence-heading">
              <div className="card-header">
                <h2 id="evidence-heading" className="row">
                  <GitCompareArrows size={16} aria-hidden="true" /> Why these findings were grouped
                </h2>
              </div>
              <EvidenceList evidence={issue.evidence} />
            </section>
          )}
        </div>

        <aside className="issue-aside" aria-label="Triage">
          <section className="card" aria-labelledby="triage-heading">
            <div className="card-header">
              <h2 id="triage-heading">Triage</h2>
              <span className="small faint">
                <kbd>a</kbd> <kbd>f</kbd> <kbd>o</kbd>
              </span>
            </div>
            <div className="card-body">
              <TriagePanel issueId={issue.id} status={issue.status} version={issue.version} defaultAuthor={author} />
            </div>
          </section>
          <section className="card" aria-labelledby="history-heading">
            <div className="card-header">
              <h2 id="history-heading" className="row">
                <History size={16} aria-hidden="true" /> History
              </h2>
              <span className="small faint">
                {issue.events.length} {issue.events.length === 1 ? "event" : "events"}
              </span>
            </div>
            <div className="card-body">
              <IssueHistory events={issue.events} />
            </div>
          </section>
          <section className="card" aria-labelledby="merge-heading">
            <div className="card-header">
              <h2 id="merge-heading">Same problem elsewhere?</h2>
            </div>
            <div className="card-body">
              <MergeIssueForm issueId={issue.id} siblings={issue.siblings} truncated={issue.siblingsTruncated} defaultAuthor={author} />
            </div>
          </section>
        </aside>
      </div>
    </>
  );
}
