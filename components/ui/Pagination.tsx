import Link from "next/link";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { issueListHref, PAGE_SIZES, type IssueListQuery } from "@/lib/views/issueQuery";

interface PaginationProps {
  query: IssueListQuery;
  page: number;
  pageCount: number;
  total: number;
  shown: number;
}

/** Page links (plain hrefs, so paging works without JavaScript and every page is a URL). */
export function Pagination({ query, page, pageCount, total, shown }: PaginationProps) {
  const from = total === 0 ? 0 : (page - 1) * query.pageSize + 1;
  const to = (page - 1) * query.pageSize + shown;
  return (
    <nav className="pagination" aria-label="Pages">
      <span aria-live="polite">
        {total === 0 ? "No issues" : `${from.toLocaleString("en")}–${to.toLocaleString("en")} of ${total.toLocaleString("en")} issues`}
      </span>
      <span className="row">
        <span className="faint">Per page</span>
        {PAGE_SIZES.map((size) =>
          size === query.pageSize ? (
            <span key={size} className="pagination-links">
              <span className="current" aria-current="true">{size}</span>
            </span>
          ) : (
            <Link key={size} href={issueListHref(query, { pageSize: size, page: 1 })} className="btn btn-ghost btn-sm">
              {size}
            </Link>
          ),
        )}
      </span>
      <span className="pagination-links">
        {page > 1 ? (
          <Link className="btn btn-sm" href={issueListHref(query, { page: page - 1 })} rel="prev" data-page-link="prev">
            <ChevronLeft size={14} aria-hidden="true" /> Previous
          </Link>
        ) : (
          <span className="btn btn-sm" aria-disabled="true" style={{ opacity: 0.45 }}>
            <ChevronLeft size={14} aria-hidden="true" /> Previous
          </span>
        )}
        <span className="current">
          Page {page} of {pageCount}
        </span>
        {page < pageCount ? (
          <Link className="btn btn-sm" href={issueListHref(query, { page: page + 1 })} rel="next" data-page-link="next">
            Next <ChevronRight size={14} aria-hidden="true" />
          </Link>
        ) : (
          <span className="btn btn-sm" aria-disabled="true" style={{ opacity: 0.45 }}>
            Next <ChevronRight size={14} aria-hidden="true" />
          </span>
        )}
      </span>
    </nav>
  );
}
