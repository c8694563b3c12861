"use client";

import { useActionState } from "react";
import Link from "next/link";
import { Plus } from "lucide-react";
import { createSubjectAction, type CreateSubjectState } from "@/app/_actions/subjects";

const INITIAL: CreateSubjectState = { kind: "idle" };

export function CreateSubjectForm() {
  const [state, action, pending] = useActionState(createSubjectAction, INITIAL);
  return (
    <form action={action} className="stack-sm">
      <div className="field">
        <label htmlFor="subject-name">Name</label>
        <input id="subject-name" name="name" className="input" required maxLength={200} placeholder="e.g. billing-service@4f2c1e" />
        <span className="field-hint">What was reviewed: a file, a commit, a pull request.</span>
      </div>
      <div>
        <button className="btn btn-primary" type="submit" disabled={pending}>
          <Plus size={14} aria-hidden="true" /> Create subject
        </button>
      </div>
      <div aria-live="polite">
        {state.kind === "error" && (
          <div className="alert alert-error" role="alert">
            {state.message}
          </div>
        )}
        {state.kind === "ok" && (
          <div className="alert alert-success">
            <span>
              Created “{state.name}”.{" "}
              <Link href={`/upload?${new URLSearchParams({ subject: state.name }).toString()}`}>Upload its reports</Link>.
            </span>
          </div>
        )}
      </div>
    </form>
  );
}
