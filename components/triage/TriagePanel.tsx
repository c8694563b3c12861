"use client";

import { useActionState, type KeyboardEvent } from "react";
import { CircleAlert, CircleCheck, CircleDot, CircleSlash } from "lucide-react";
import { triageAction, type TriageFormState } from "@/app/_actions/triage";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { isIssueStatus, STATUS_LABELS } from "@/lib/views/vocabulary";

interface TriagePanelProps {
  issueId: string;
  status: string;
  version: number;
  defaultAuthor: string;
}

const INITIAL: TriageFormState = { kind: "idle" };

/**
 * Accept, false positive (with a note) or reopen. The form carries the version the page showed;
 * if somebody decided in the meantime the server refuses and says what changed, and the page
 * (refreshed with the action) shows the current state to decide again from.
 */
export function TriagePanel({ issueId, status, version, defaultAuthor }: TriagePanelProps) {
  const [state, action, pending] = useActionState(triageAction, INITIAL);
  // Ctrl/Cmd+Enter in the note submits it as a false positive, the decision a note is for.
  const onNoteKey = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    const form = event.currentTarget.form;
    const button = form?.querySelector<HTMLButtonElement>('button[value="false-positive"]');
    if (form && button) form.requestSubmit(button);
  };
  const invalid = state.kind === "error" ? state.field : undefined;

  return (
    <form action={action} className="stack-sm" id="triage-form" aria-labelledby="triage-heading">
      <input type="hidden" name="issueId" value={issueId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <div className="current-status">
        <span className="muted">Current status</span>
        <StatusBadge status={status} />
      </div>
      <div className="field">
        <label htmlFor="triage-note">
          Note <span className="faint">(required for false positive)</span>
        </label>
        <textarea
          id="triage-note"
          name="note"
          className="textarea"
          rows={3}
          placeholder="Why? e.g. input is validated upstream in …"
          aria-invalid={invalid === "note" || undefined}
          aria-describedby="triage-note-hint"
          onKeyDown={onNoteKey}
        />
        <span id="triage-note-hint" className="field-hint">
          Ctrl+Enter marks it false positive with this note.
        </span>
      </div>
      <div className="field">
        <label htmlFor="triage-author">Your name</label>
        <input
          id="triage-author"
          name="author"
          className="input"
          defaultValue={defaultAuthor}
          autoComplete="name"
          required
          aria-invalid={invalid === "author" || undefined}
        />
      </div>
      <div className="triage-buttons">
        <button
          className="btn btn-accept"
          type="submit"
          name="status"
          value="accepted"
          data-triage="accepted"
          disabled={pending || status === "accepted"}
          aria-keyshortcuts="a"
        >
          <CircleCheck size={14} aria-hidden="true" /> Accept
        </button>
        <button
          className="btn btn-fp"
          type="submit"
          name="status"
          value="false-positive"
          data-triage="false-positive"
          disabled={pending || status === "false-positive"}
          aria-keyshortcuts="f"
        >
          <CircleSlash size={14} aria-hidden="true" /> False pos.
        </button>
        <button
          className="btn"
          type="submit"
          name="status"
          value="open"
          data-triage="open"
          disabled={pending || status === "open"}
          aria-keyshortcuts="o"
        >
          <CircleDot size={14} aria-hidden="true" /> Reopen
        </button>
      </div>
      <div aria-live="polite" aria-atomic="true">
        <TriageMessage state={state} />
      </div>
    </form>
  );
}

function TriageMessage({ state }: { state: TriageFormState }) {
  if (state.kind === "idle") return null;
  if (state.kind === "ok") {
    return (
      <div className="alert alert-success" role="status">
        <CircleCheck size={16} aria-hidden="true" />
        <span>{state.message}</span>
      </div>
    );
  }
  if (state.kind === "conflict") {
    const now = isIssueStatus(state.current.status) ? STATUS_LABELS[state.current.status].toLowerCase() : state.current.status;
    return (
      <div className="alert alert-warning" role="alert" data-testid="triage-conflict">
        <CircleAlert size={16} aria-hidden="true" />
        <div className="alert-body">
          <strong>Not saved: this issue changed while you were looking at it.</strong>
          <p>
            It is now <strong>{now}</strong> (version {state.current.version})
            {state.current.lastAuthor ? `, last changed by ${state.current.lastAuthor}` : ""}. The page shows the current
            state; decide again if you still disagree.
          </p>
        </div>
      </div>
    );
  }
  return (
    <div className="alert alert-error" role="alert">
      <CircleAlert size={16} aria-hidden="true" />
      <span>{state.message}</span>
    </div>
  );
}
