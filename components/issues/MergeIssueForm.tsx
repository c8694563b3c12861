"use client";

import { useActionState } from "react";
import { GitMerge } from "lucide-react";
import { mergeIssueAction, type RegroupState } from "@/app/_actions/regroup";
import type { SiblingIssue } from "@/lib/views/issueDetail";
import { issueKey } from "@/lib/views/vocabulary";
import { FormMessage } from "@/components/ui/FormMessage";

const INITIAL: RegroupState = { kind: "idle" };

/** Folds another issue of the same subject into this one: same problem, grouped apart. */
export function MergeIssueForm({ issueId, siblings, truncated, defaultAuthor }: { issueId: string; siblings: SiblingIssue[]; truncated: boolean; defaultAuthor: string }) {
  const [state, action, pending] = useActionState(mergeIssueAction, INITIAL);
  if (siblings.length === 0) return <p className="small muted">No other issue in this subject to merge with.</p>;
  return (
    <form action={action} className="stack-sm">
      <input type="hidden" name="issueId" value={issueId} />
      <div className="field">
        <label htmlFor="merge-other">Merge into this issue</label>
        <select id="merge-other" name="otherId" className="select" defaultValue="" required>
          <option value="" disabled>
            Choose an issue…
          </option>
          {siblings.map((s) => (
            <option key={s.id} value={s.id}>
              {issueKey(s.number)} · {s.title.length > 60 ? `${s.title.slice(0, 60)}…` : s.title}
            </option>
          ))}
        </select>
        {truncated && <span className="field-hint">Showing the first {siblings.length} issues of this subject.</span>}
      </div>
      {defaultAuthor ? (
        <input type="hidden" name="author" value={defaultAuthor} />
      ) : (
        <div className="field">
          <label htmlFor="merge-author">Your name</label>
          <input id="merge-author" name="author" className="input" required autoComplete="name" />
        </div>
      )}
      <div>
        <button className="btn" type="submit" disabled={pending}>
          <GitMerge size={14} aria-hidden="true" /> Merge
        </button>
      </div>
      <FormMessage kind={state.kind}>
        {state.kind === "error" && state.message}
        {state.kind === "ok" && <>{state.message}</>}
      </FormMessage>
    </form>
  );
}
