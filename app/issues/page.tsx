import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Upload } from "lucide-react";
import { IssueFilters } from "@/components/issues/IssueFilters";
import { IssueTable } from "@/components/issues/IssueTable";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { getDb } from "@/lib/db/client";
import { listIssues } from "@/lib/views/issueList";
import { hasFilters, issueListHref, issueListSearch, parseIssueListQuery } from "@/lib/views/issueQuery";
import { readAuthor } from "../_server/author";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Issues" };

export default async function IssuesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const query = parseIssueListQuery(raw);
  // The filter form submitted without JavaScript sends every field, empty or not; answer with the
  // short canonical URL so the view that gets shared is the clean one.
  if (Object.values(raw).some((v) => v === "")) redirect(issueListHref(query));
  const db = await getDb();
  const [result, author] = await Promise.all([listIssues(db, query), readAuthor()]);
  const shownQuery = { ...query, page: result.page };

  return (
    <>
      <PageHeader
        title="Issues"
        description={
          query.subject
            ? `Problems the reviewers of ${query.subject} raised, grouped across reports.`
            : "Problems the reviewers raised, grouped across reports, with who agrees and where they differ."
        }
        actions={
          <Link className="btn" href="/upload">
            <Upload size={14} aria-hidden="true" /> Upload reports
          </Link>
        }
      />
      <div className="card" style={{ marginBottom: 16 }}>
        <IssueFilters key={issueListSearch(query)} query={query} facets={result.facets} />
      </div>
      <section className="card" aria-labelledby="issues-heading">
        <h2 id="issues-heading" className="visually-hidden">
          {result.total} issues
        </h2>
        {result.total === 0 ? (
          <EmptyState title={hasFilters(query) ? "No issues match these filters" : "No issues yet"}>
            {hasFilters(query) ? (
              <Link href="/issues">Clear the filters</Link>
            ) : (
              <p>
                <Link href="/upload">Upload review reports</Link> to see the issues they raise.
              </p>
            )}
          </EmptyState>
        ) : (
          <>
            <IssueTable
              rows={result.rows}
              query={shownQuery}
              pageCount={result.pageCount}
              defaultAuthor={author}
              prevPageHref={result.page > 1 ? issueListHref(shownQuery, { page: result.page - 1 }) : null}
              nextPageHref={result.page < result.pageCount ? issueListHref(shownQuery, { page: result.page + 1 }) : null}
            />
            <Pagination query={shownQuery} page={result.page} pageCount={result.pageCount} total={result.total} shown={result.rows.length} />
          </>
        )}
      </section>
    </>
  );
}
