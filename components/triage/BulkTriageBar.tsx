"use client";

import type { KeyboardEvent, RefObject } from "react";
import { useFormStatus } from "react-dom";
import { CircleCheck, CircleDot, CircleSlash } from "lucide-react";

interface BulkTriageBarProps {
  selectedCount: number;
  hydrated: boolean;
  defaultAuthor: string;
  noteRef: RefObject<HTMLInputElement | null>;
  authorRef: RefObject<HTMLInputElement | null>;
  invalidField?: "note" | "author" | "selection";
}

/** Note, author and the three decisions for the rows ticked below. */
export function BulkTriageBar({ selectedCount, hydrated, defaultAuthor, noteRef, authorRef, invalidField }: BulkTriageBarProps) {
  const { pending } = useFormStatus();
  // Enter in the note means "mark false positive": a note is what that decision needs, and the
  // form's implicit default (the first button, Accept) would be the wrong one.
  const onNoteKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    const form = event.currentTarget.form;
    const button = form?.querySelector<HTMLButtonElement>('button[value="false-positive"]');
    if (form && button) form.requestSubmit(button);
  };
  return (
    <div className="bulk-bar">
      <span className="bulk-count" aria-live="polite">
        {hydrated ? (selectedCount === 0 ? "None selected" : `${selectedCount} selected`) : "Tick issues, then:"}
      </span>
      <label className="visually-hidden" htmlFor="bulk-note">
        Note (required for false positive)
      </label>
      <input
        ref={noteRef}
        id="bulk-note"
        className="input"
        name="note"
        placeholder="Note (required for false positive)"
        aria-invalid={invalidField === "note" || undefined}
        onKeyDown={onNoteKey}
      />
      <label className="visually-hidden" htmlFor="bulk-author">
        Your name
      </label>
      <input
        ref={authorRef}
        id="bulk-author"
        className="input author"
        name="author"
        placeholder="Your name"
        defaultValue={defaultAuthor}
        autoComplete="name"
        aria-invalid={invalidField === "author" || undefined}
      />
      <button className="btn btn-accept" type="submit" name="status" value="accepted" disabled={pending} aria-keyshortcuts="a">
        <CircleCheck size={14} aria-hidden="true" /> Accept <span className="kbd-hint">a</span>
      </button>
      <button className="btn btn-fp" type="submit" name="status" value="false-positive" disabled={pending} aria-keyshortcuts="f">
        <CircleSlash size={14} aria-hidden="true" /> False positive <span className="kbd-hint">f</span>
      </button>
      <button className="btn" type="submit" name="status" value="open" disabled={pending} aria-keyshortcuts="o">
        <CircleDot size={14} aria-hidden="true" /> Reopen <span className="kbd-hint">o</span>
      </button>
    </div>
  );
}
