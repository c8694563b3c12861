import Link from "next/link";
import { CircleCheck, CircleDot, CircleSlash, FolderGit2, ListChecks, Users } from "lucide-react";
import type { OverviewData } from "@/lib/views/overview";

/** The headline counts, each linking to where they can be worked on. */
export function StatTiles({ data }: { data: OverviewData }) {
  const count = (status: string) => data.triage.find((t) => t.status === status)?.count ?? 0;
  const tiles = [
    { label: "Issues", value: data.totals.issues, href: "/issues", icon: ListChecks, hint: `${data.totals.findings.toLocaleString("en")} findings` },
    { label: "Open", value: count("open"), href: "/issues?status=open", icon: CircleDot, hint: "awaiting triage" },
    { label: "Accepted", value: count("accepted"), href: "/issues?status=accepted", icon: CircleCheck, hint: "confirmed problems" },
    { label: "False positive", value: count("false-positive"), href: "/issues?status=false-positive", icon: CircleSlash, hint: "rejected" },
    { label: "Reviewers", value: data.totals.reviewers, href: "/subjects", icon: Users, hint: `${data.totals.reports.toLocaleString("en")} reports` },
    { label: "Subjects", value: data.totals.subjects, href: "/subjects", icon: FolderGit2, hint: "reviewed" },
  ];
  return (
    <div className="stat-grid">
      {tiles.map(({ label, value, href, icon: Icon, hint }) => (
        <Link key={label} href={href} className="card stat stat-link">
          <span className="stat-label">
            <Icon size={14} aria-hidden="true" /> {label}
          </span>
          <span className="stat-value">{value.toLocaleString("en")}</span>
          <span className="stat-hint">{hint}</span>
        </Link>
      ))}
    </div>
  );
}
