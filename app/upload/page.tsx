import type { Metadata } from "next";
import { UploadForm } from "@/components/upload/UploadForm";
import { PageHeader } from "@/components/ui/PageHeader";
import { getDb } from "@/lib/db/client";
import { subjectNames } from "@/lib/views/subjectList";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Upload" };

export default async function UploadPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [subjects, search] = await Promise.all([subjectNames(await getDb()), searchParams]);
  const initial = typeof search.subject === "string" ? search.subject : "";
  return (
    <>
      <PageHeader
        title="Upload reports"
        description="Add several reviewers’ reports on the same subject; Quorum parses them, groups the findings into issues and measures agreement."
      />
      <UploadForm subjects={subjects.names} subjectsTruncated={subjects.truncated} initialSubject={initial} />
    </>
  );
}
