"use client";

import { useEffect, useRef } from "react";
import { Keyboard } from "lucide-react";
import { isTypingTarget } from "./isTypingTarget";

/** The "?" button and dialog listing the keyboard shortcuts; "?" anywhere opens it. */
export function KeyboardHelp() {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "?" || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      event.preventDefault();
      if (dialog.current?.open) dialog.current.close();
      else dialog.current?.showModal();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  return (
    <>
      <button
        type="button"
        className="btn btn-ghost btn-sm"
        aria-haspopup="dialog"
        aria-keyshortcuts="?"
        title="Keyboard shortcuts (?)"
        onClick={() => dialog.current?.showModal()}
      >
        <Keyboard size={15} aria-hidden="true" />
        <kbd>?</kbd>
        <span className="visually-hidden">Keyboard shortcuts</span>
      </button>
      <dialog ref={dialog} className="help-dialog" aria-labelledby="shortcuts-title">
        <div className="card-header">
          <h2 id="shortcuts-title">Keyboard shortcuts</h2>
          <form method="dialog">
            <button className="btn btn-sm" type="submit">
              Close
            </button>
          </form>
        </div>
        <div className="card-body">
          <h3>Issues list</h3>
          <dl>
            <dt><kbd>j</kbd> <kbd>k</kbd></dt>
            <dd>Next / previous issue</dd>
            <dt><kbd>Enter</kbd></dt>
            <dd>Open the current issue</dd>
            <dt><kbd>x</kbd></dt>
            <dd>Select or unselect the current issue</dd>
            <dt><kbd>a</kbd></dt>
            <dd>Accept the selected issues (or the current one)</dd>
            <dt><kbd>f</kbd></dt>
            <dd>False positive: focus the note, then press Enter</dd>
            <dt><kbd>o</kbd></dt>
            <dd>Reopen the selected issues (or the current one)</dd>
          </dl>
          <h3>Issue page</h3>
          <dl>
            <dt><kbd>j</kbd> <kbd>k</kbd></dt>
            <dd>Next / previous issue in the list you came from</dd>
            <dt><kbd>a</kbd></dt>
            <dd>Accept</dd>
            <dt><kbd>f</kbd></dt>
            <dd>False positive: focus the note (Ctrl+Enter submits)</dd>
            <dt><kbd>o</kbd></dt>
            <dd>Reopen</dd>
            <dt><kbd>u</kbd></dt>
            <dd>Back to the list</dd>
          </dl>
          <h3>Anywhere</h3>
          <dl>
            <dt><kbd>?</kbd></dt>
            <dd>Show or hide this help</dd>
          </dl>
        </div>
      </dialog>
    </>
  );
}
