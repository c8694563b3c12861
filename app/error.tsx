"use client";

import { EmptyState } from "@/components/ui/EmptyState";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <EmptyState title="Something went wrong">
      <div className="stack-sm">
        <p className="muted">{error.digest ? `Error reference ${error.digest}.` : error.message}</p>
        <p>
          <button className="btn" type="button" onClick={reset}>
            Try again
          </button>
        </p>
      </div>
    </EmptyState>
  );
}
