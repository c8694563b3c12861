import type { CodeExcerpt } from "@/lib/code/codeExcerpts";

/**
 * The reviewed code at the places the reviewers cite, cited lines marked. Code is user-supplied
 * text: each line is a text child (React escapes it), never HTML, never linkified.
 */
export function CodeExcerpts({ excerpts, codeName }: { excerpts: CodeExcerpt[]; codeName: string | null }) {
  if (excerpts.length === 0)
    return <p className="small muted card-body">No reviewer cites a line of {codeName ?? "the reviewed code"} that it holds.</p>;
  return (
    <div className="card-body code-excerpts">
      {excerpts.map((excerpt) => (
        <figure key={`${excerpt.path ?? ""}:${excerpt.lines[0]?.number}`} className="code-excerpt">
          <figcaption className="small muted">
            <code>{excerpt.path ?? codeName ?? "code"}</code>
            {excerpt.unit && (
              <>
                {" "}
                in <code>{excerpt.unit}</code>
              </>
            )}{" "}
            · cited by {excerpt.citedBy.join(", ")}
          </figcaption>
          <pre className="code-lines" tabIndex={0} aria-label={`Code${excerpt.path ? ` of ${excerpt.path}` : ""} around the cited lines`}>
            {excerpt.lines.map((line) => (
              <span key={line.number} className={line.cited ? "code-line cited" : "code-line"} data-cited={line.cited || undefined}>
                <span className="code-number" aria-hidden="true">
                  {line.number}
                </span>
                {line.text}
                {"\n"}
              </span>
            ))}
          </pre>
          {excerpt.truncated && <p className="small muted">Shortened to the first lines of the cited range.</p>}
        </figure>
      ))}
    </div>
  );
}
