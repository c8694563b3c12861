"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { Search } from "lucide-react";
import { hasFilters, isDefaultPageSize, isDefaultSort, type IssueListQuery } from "@/lib/views/issueQuery";
import type { IssueListFacets } from "@/lib/views/issueList";
import { CONSENSUS_LABELS, CONSENSUS_LEVELS, ISSUE_STATUSES, SEVERITY_ORDER, STATUS_LABELS } from "@/lib/views/vocabulary";

/**
 * A plain GET form: filtering works without JavaScript and every filtered view is a URL.
 * Sort and page size ride along as hidden fields; the page goes back to 1. With JavaScript, empty
 * fields are left out of the URL and choosing from a list applies at once.
 */
export function IssueFilters({ query, facets }: { query: IssueListQuery; facets: IssueListFacets }) {
  const router = useRouter();
  const navigate = (form: HTMLFormElement) => {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) if (typeof value === "string" && value.trim()) params.set(key, value.trim());
    const search = params.toString();
    router.push(search ? `/issues?${search}` : "/issues");
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    navigate(event.currentTarget);
  };
  const onChange = (event: FormEvent<HTMLFormElement>) => {
    const target = event.target as HTMLElement;
    if (target.tagName === "SELECT" || (target instanceof HTMLInputElement && target.type === "checkbox")) navigate(event.currentTarget);
  };
  return (
    <form className="filters" method="get" action="/issues" role="search" aria-label="Filter issues" onSubmit={onSubmit} onChange={onChange}>
      <div className="field">
        <label htmlFor="f-q">Search titles</label>
        <input id="f-q" className="input" type="search" name="q" defaultValue={query.q} placeholder="Title or Q-number" />
      </div>
      <div className="field">
        <label htmlFor="f-subject">Subject</label>
        {facets.subjectsTruncated ? (
          <>
            <input id="f-subject" className="input" name="subject" list="f-subject-options" defaultValue={query.subject ?? ""} placeholder="Subject name" />
            <datalist id="f-subject-options">
              {facets.subjects.map((s) => (
                <option key={s.id} value={s.name} />
              ))}
            </datalist>
          </>
        ) : (
          <select id="f-subject" className="select" name="subject" defaultValue={query.subject ?? ""}>
            <option value="">All subjects</option>
            {facets.subjects.map((s) => (
              <option key={s.id} value={s.name}>
                {s.name}
              </option>
            ))}
          </select>
        )}
      </div>
      <div className="field">
        <label htmlFor="f-status">Status</label>
        <select id="f-status" className="select" name="status" defaultValue={query.status ?? ""}>
          <option value="">Any status</option>
          {ISSUE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-severity">Severity</label>
        <select id="f-severity" className="select" name="severity" defaultValue={query.severity ?? ""}>
          <option value="">Any severity</option>
          {SEVERITY_ORDER.map((s) => (
            <option key={s} value={s}>
              {s[0].toUpperCase() + s.slice(1)}
            </option>
          ))}
          <option value="none">Unrated</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-consensus">Consensus</label>
        <select id="f-consensus" className="select" name="consensus" defaultValue={query.consensus ?? ""}>
          <option value="">Any consensus</option>
          {CONSENSUS_LEVELS.map((c) => (
            <option key={c} value={c}>
              {CONSENSUS_LABELS[c]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-cwe">CWE</label>
        <input id="f-cwe" className="input" name="cwe" list="f-cwe-options" defaultValue={query.cwe ?? ""} placeholder="e.g. CWE-400" />
        <datalist id="f-cwe-options">
          {facets.cwes.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
      </div>
      <div className="field">
        <label htmlFor="f-reviewer">Reviewer</label>
        {facets.reviewersTruncated ? (
          <>
            <input id="f-reviewer" className="input" name="reviewer" list="f-reviewer-options" defaultValue={query.reviewer ?? ""} placeholder="Reviewer name" />
            <datalist id="f-reviewer-options">
              {facets.reviewers.map((r) => (
                <option key={r} value={r} />
              ))}
            </datalist>
          </>
        ) : (
          <select id="f-reviewer" className="select" name="reviewer" defaultValue={query.reviewer ?? ""}>
            <option value="">Any reviewer</option>
            {facets.reviewers.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        )}
      </div>
      <div className="filters-actions">
        <label className="check-field">
          <input className="checkbox" type="checkbox" name="disagreements" value="1" defaultChecked={query.disagreements} />
          Disagreements
        </label>
        {!isDefaultSort(query) ? (
          <>
            <input type="hidden" name="sort" value={query.sort} />
            <input type="hidden" name="dir" value={query.dir} />
          </>
        ) : null}
        {!isDefaultPageSize(query.pageSize) && <input type="hidden" name="pageSize" value={query.pageSize} />}
        <button className="btn btn-primary" type="submit">
          <Search size={14} aria-hidden="true" />
          Filter
        </button>
        {hasFilters(query) && (
          <Link className="btn btn-ghost" href="/issues">
            Clear
          </Link>
        )}
      </div>
    </form>
  );
}
