"use client";

import { useActionState, useEffect, useMemo, useRef, useState } from "react";
import { flushSync } from "react-dom";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import { flexRender, getCoreRowModel, useReactTable, type RowSelectionState } from "@tanstack/react-table";
import { bulkTriageAction, type BulkTriageState } from "@/app/_actions/bulkTriage";
import { BulkTriageBar } from "@/components/triage/BulkTriageBar";
import { BulkTriageResults } from "@/components/triage/BulkTriageResults";
import { isPlainKey, isTypingTarget } from "@/components/ui/isTypingTarget";
import type { IssueListRow } from "@/lib/views/issueList";
import { sortHref, type IssueListQuery } from "@/lib/views/issueQuery";
import { issueColumns } from "./issueColumns";

interface IssueTableProps {
  rows: IssueListRow[];
  query: IssueListQuery;
  pageCount: number;
  defaultAuthor: string;
  /** Links to the neighbouring pages, for j/k past the ends of this one. */
  prevPageHref: string | null;
  nextPageHref: string | null;
}

const INITIAL: BulkTriageState = { kind: "idle" };

/**
 * The issues table. TanStack Table runs in manual mode: the server already filtered, sorted and
 * paged the rows, and the table only renders them and tracks which are selected for bulk triage.
 */
export function IssueTable({ rows, query, pageCount, defaultAuthor, prevPageHref, nextPageHref }: IssueTableProps) {
  const router = useRouter();
  const [state, formAction] = useActionState(bulkTriageAction, INITIAL);
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const [active, setActive] = useState(-1);
  const [hydrated, setHydrated] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const noteRef = useRef<HTMLInputElement>(null);
  const authorRef = useRef<HTMLInputElement>(null);

  useEffect(() => setHydrated(true), []);

  const columns = useMemo(() => issueColumns(query, hydrated), [query, hydrated]);
  const table = useReactTable({
    data: rows,
    columns,
    getRowId: (row) => row.id,
    getCoreRowModel: getCoreRowModel(),
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
    pageCount,
    enableRowSelection: true,
    onRowSelectionChange: setRowSelection,
    state: {
      rowSelection,
      sorting: [{ id: query.sort, desc: query.dir === "desc" }],
      pagination: { pageIndex: query.page - 1, pageSize: query.pageSize },
    },
  });

  // Decided rows leave the selection; rows that hit a conflict stay ticked so they can be retried.
  useEffect(() => {
    if (state.kind !== "done") return;
    const failed = new Set(state.outcomes.filter((o) => !o.ok).map((o) => o.issueId));
    setRowSelection(Object.fromEntries([...failed].map((id) => [id, true])));
    if (noteRef.current && state.outcomes.some((o) => o.ok)) noteRef.current.value = "";
  }, [state]);

  useEffect(() => {
    const focusRow = (index: number) => {
      setActive(index);
      const link = document.querySelectorAll<HTMLAnchorElement>("[data-issue-link]")[index];
      link?.focus();
      link?.closest("tr")?.scrollIntoView({ block: "nearest" });
    };
    const submit = (status: string) => {
      const form = formRef.current;
      const button = form?.querySelector<HTMLButtonElement>(`button[name="status"][value="${status}"]`);
      if (form && button) form.requestSubmit(button);
    };
    // a/f/o act on the ticked rows, or on the current row when none is ticked.
    const ensureSelection = () => {
      if (Object.values(rowSelection).some(Boolean) || active < 0 || !rows[active]) return;
      flushSync(() => setRowSelection({ [rows[active].id]: true }));
    };
    const onKey = (event: KeyboardEvent) => {
      if (!isPlainKey(event) || isTypingTarget(event.target)) return;
      switch (event.key) {
        case "j":
          event.preventDefault();
          if (active + 1 < rows.length) focusRow(active + 1);
          else if (nextPageHref) router.push(nextPageHref);
          break;
        case "k":
          event.preventDefault();
          if (active > 0) focusRow(active - 1);
          else if (active < 0 && rows.length > 0) focusRow(0);
          else if (prevPageHref) router.push(prevPageHref);
          break;
        case "x":
          if (active >= 0 && rows[active]) {
            event.preventDefault();
            table.getRow(rows[active].id).toggleSelected();
          }
          break;
        case "a":
        case "o":
          event.preventDefault();
          ensureSelection();
          if (!authorRef.current?.value.trim()) authorRef.current?.focus();
          else submit(event.key === "a" ? "accepted" : "open");
          break;
        case "f":
          event.preventDefault();
          ensureSelection();
          noteRef.current?.focus();
          break;
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [active, rows, rowSelection, table, router, nextPageHref, prevPageHref]);

  const selectedCount = Object.values(rowSelection).filter(Boolean).length;

  return (
    <form ref={formRef} action={formAction} aria-label="Issues and bulk triage">
      <div className="list-toolbar">
        <BulkTriageBar
          selectedCount={selectedCount}
          hydrated={hydrated}
          defaultAuthor={defaultAuthor}
          noteRef={noteRef}
          authorRef={authorRef}
          invalidField={state.kind === "error" ? state.field : undefined}
        />
        <span className="small faint">
          <kbd>j</kbd> <kbd>k</kbd> move · <kbd>x</kbd> select · <kbd>?</kbd> help
        </span>
      </div>
      <div aria-live="polite" style={state.kind === "idle" ? undefined : { padding: "12px 16px 0" }}>
        <BulkTriageResults state={state} />
      </div>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Issues, sorted by {query.sort} ({query.dir === "asc" ? "ascending" : "descending"})</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const meta = header.column.columnDef.meta;
                  const sortKey = meta?.sortKey;
                  const sorted = sortKey && query.sort === sortKey ? query.dir : null;
                  const content = flexRender(header.column.columnDef.header, header.getContext());
                  const Icon = sorted === "asc" ? ArrowUp : sorted === "desc" ? ArrowDown : ArrowUpDown;
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className={meta?.className}
                      aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : sortKey ? "none" : undefined}
                    >
                      {sortKey ? (
                        <Link className="sort-link" href={sortHref(query, sortKey)}>
                          {content}
                          <Icon size={12} aria-hidden="true" />
                        </Link>
                      ) : (
                        content
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row, index) => (
              <tr
                key={row.id}
                className={[index === active ? "is-active" : "", row.getIsSelected() ? "is-selected" : ""].join(" ").trim() || undefined}
                onFocus={() => setActive(index)}
              >
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={cell.column.columnDef.meta?.className}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </form>
  );
}
