import type { ReactNode } from "react";

/** A form's outcome under it, announced to screen readers; errors as alerts. */
export function FormMessage({ kind, children }: { kind: "error" | "ok" | "idle"; children?: ReactNode }) {
  return (
    <div aria-live="polite">
      {kind === "error" && (
        <p className="small" style={{ color: "var(--danger)" }} role="alert">
          {children}
        </p>
      )}
      {kind === "ok" && (
        <p className="small" style={{ color: "var(--success)" }}>
          {children}
        </p>
      )}
    </div>
  );
}
