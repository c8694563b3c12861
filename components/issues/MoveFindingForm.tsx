"use client";

import { useActionState, useId } from "react";
import Link from "next/link";
import { moveFindingAction, type RegroupState } from "@/app/_actions/regroup";
import type { SiblingIssue } from "@/lib/views/issueDetail";
import { issueKey } from "@/lib/views/vocabulary";
import { FormMessage } from "@/components/ui/FormMessage";

const INITIAL: RegroupState = { kind: "idle" };

/** Moves a finding that does not belong here to another issue of the subject, or into a new one. */
export function MoveFindingForm({ findingId, siblings, defaultAuthor }: { findingId: string; siblings: SiblingIssue[]; defaultAuthor: string }) {
  const [state, action, pending] = useActionState(moveFindingAction, INITIAL);
  const id = useId();
  return (
    <form action={action} className="stack-sm">
      <input type="hidden" name="findingId" value={findingId} />
      <div className="finding-actions">
        <div className="field">
          <label htmlFor={`${id}-target`} className="field-label">
            Move this finding to
          </label>
          <select id={`${id}-target`} name="target" className="select" defaultValue="" required>
            <option value="" disabled>
              Choose an issue…
            </option>
            <option value="new">A new issue of its own (split)</option>
            {siblings.map((s) => (
              <option key={s.id} value={s.id}>
                {issueKey(s.number)} · {s.title.length > 70 ? `${s.title.slice(0, 70)}…` : s.title}
              </option>
            ))}
          </select>
        </div>
        {defaultAuthor ? (
          <input type="hidden" name="author" value={defaultAuthor} />
        ) : (
          <div className="field" style={{ flex: "0 0 130px" }}>
            <label htmlFor={`${id}-author`} className="field-label">
              Your name
            </label>
            <input id={`${id}-author`} name="author" className="input" required autoComplete="name" />
          </div>
        )}
        <button className="btn" type="submit" disabled={pending}>
          Move
        </button>
      </div>
      <FormMessage kind={state.kind}>
        {state.kind === "error" && state.message}
        {state.kind === "ok" && <>{state.message} <Link href={state.href}>{state.linkText}</Link></>}
      </FormMessage>
    </form>
  );
}
