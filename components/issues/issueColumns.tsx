"use client";

import Link from "next/link";
import type { ColumnDef, RowData } from "@tanstack/react-table";
import { CweTag } from "@/components/ui/CweTag";
import { SeverityBadge } from "@/components/ui/SeverityBadge";
import { StatusBadge } from "@/components/ui/StatusBadge";
import type { IssueListRow } from "@/lib/views/issueList";
import { issueHrefInList, type IssueListQuery, type SortKey } from "@/lib/views/issueQuery";
import { issueKey } from "@/lib/views/vocabulary";
import { ConsensusChips } from "./ConsensusChips";
import { DisagreementMarkers } from "./DisagreementMarkers";
import { RowCheckbox, SelectAllCheckbox } from "./RowCheckbox";

declare module "@tanstack/react-table" {
  interface ColumnMeta<TData extends RowData, TValue> {
    /** The URL sort key this column's header links to. */
    sortKey?: SortKey;
    className?: string;
  }
}

/** The issues table's columns. Sorting is done by the server, so headers are links, not handlers. */
export function issueColumns(query: IssueListQuery, hydrated: boolean): ColumnDef<IssueListRow>[] {
  return [
    {
      id: "select",
      header: ({ table }) =>
        hydrated ? (
          <SelectAllCheckbox
            checked={table.getIsAllRowsSelected()}
            indeterminate={table.getIsSomeRowsSelected()}
            onChange={(value) => table.toggleAllRowsSelected(value)}
          />
        ) : (
          <span className="visually-hidden">Select</span>
        ),
      cell: ({ row }) => (
        <>
          <RowCheckbox
            issueId={row.original.id}
            label={`Select ${issueKey(row.original.number)}`}
            checked={row.getIsSelected()}
            onChange={(value) => row.toggleSelected(value)}
          />
          {/* The version this row shows: a bulk decision on a row somebody changed meanwhile reports a conflict. */}
          <input type="hidden" name={`version:${row.original.id}`} value={row.original.version} />
        </>
      ),
      meta: { className: "col-check" },
    },
    {
      id: "number",
      header: "Issue",
      cell: ({ row }) => (
        <div className="issue-title-cell">
          <span className="issue-key">{issueKey(row.original.number)}</span>
          <Link className="issue-title-link" href={issueHrefInList(row.original.number, query, row.original.position)} data-issue-link>
            {row.original.title}
          </Link>
        </div>
      ),
      meta: { sortKey: "number" },
    },
    {
      id: "subject",
      header: "Subject",
      cell: ({ row }) => (
        <Link className="muted nowrap" href={`/issues?${new URLSearchParams({ subject: row.original.subject.name }).toString()}`}>
          {row.original.subject.name}
        </Link>
      ),
      meta: { sortKey: "subject" },
    },
    {
      id: "severity",
      header: "Severity",
      cell: ({ row }) => <SeverityBadge severity={row.original.severity} min={row.original.severityMin} max={row.original.severityMax} />,
      meta: { sortKey: "severity" },
    },
    {
      id: "consensus",
      header: "Consensus",
      cell: ({ row }) => (
        <ConsensusChips consensus={row.original.consensus} flaggedBy={row.original.flaggedBy} notFlaggedBy={row.original.notFlaggedBy} />
      ),
      meta: { sortKey: "consensus" },
    },
    {
      id: "cwe",
      header: "CWE",
      cell: ({ row }) =>
        row.original.cwe.length ? (
          <span className="chips">
            {row.original.cwe.map((c) => (
              <CweTag key={c} cwe={c} />
            ))}
          </span>
        ) : (
          <span className="faint">—</span>
        ),
    },
    {
      id: "disagreements",
      header: "Disagree",
      cell: ({ row }) => <DisagreementMarkers disagreements={row.original.disagreements} />,
    },
    {
      id: "status",
      header: "Status",
      cell: ({ row }) => <StatusBadge status={row.original.status} />,
      meta: { sortKey: "status" },
    },
  ];
}
