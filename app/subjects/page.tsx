import type { Metadata } from "next";
import Link from "next/link";
import { CreateSubjectForm } from "@/components/subjects/CreateSubjectForm";
import { SubjectTable } from "@/components/subjects/SubjectTable";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { getDb } from "@/lib/db/client";
import { listSubjects } from "@/lib/views/subjectList";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Subjects" };

export default async function SubjectsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const search = await searchParams;
  const { rows: subjects, total, page, pageCount } = await listSubjects(await getDb(), Number(search.page) || 1);
  return (
    <>
      <PageHeader title="Subjects" description="What was reviewed, and by whom." />
      <div className="split-aside">
        <section className="card" aria-labelledby="subjects-heading">
          <div className="card-header">
            <h2 id="subjects-heading">All subjects</h2>
            <span className="small faint">{total}</span>
          </div>
          {subjects.length === 0 ? (
            <EmptyState title="No subjects yet">
              <p>
                Create one here, or <Link href="/upload">upload reports</Link> and name it there.
              </p>
            </EmptyState>
          ) : (
            <>
              <SubjectTable subjects={subjects} />
              {pageCount > 1 && (
                <nav className="pagination" aria-label="Pages">
                  <span>
                    Page {page} of {pageCount}
                  </span>
                  <span className="pagination-links">
                    {page > 1 && (
                      <Link className="btn btn-sm" href={`/subjects?page=${page - 1}`} rel="prev">
                        Previous
                      </Link>
                    )}
                    {page < pageCount && (
                      <Link className="btn btn-sm" href={`/subjects?page=${page + 1}`} rel="next">
                        Next
                      </Link>
                    )}
                  </span>
                </nav>
              )}
            </>
          )}
        </section>
        <section className="card" aria-labelledby="create-subject-heading">
          <div className="card-header">
            <h2 id="create-subject-heading">New subject</h2>
          </div>
          <div className="card-body">
            <CreateSubjectForm />
          </div>
        </section>
      </div>
    </>
  );
}
