import Link from "next/link";

/** A CWE id; links to the issues list filtered by it. */
export function CweTag({ cwe, linked = true }: { cwe: string; linked?: boolean }) {
  return linked ? (
    <Link className="tag" href={`/issues?${new URLSearchParams({ cwe }).toString()}`} title={`Issues classified ${cwe}`}>
      {cwe}
    </Link>
  ) : (
    <span className="tag">{cwe}</span>
  );
}
