/**
 * A finding's exact words from its report. Report text is untrusted: it is rendered as a text
 * child of <pre> (React escapes it), never parsed as HTML or Markdown, and never linkified.
 */
export function FindingExcerpt({ text, truncated, reportHref }: { text: string; truncated: boolean; reportHref: string }) {
  return (
    <>
      <pre className="excerpt" tabIndex={0} aria-label="Excerpt from the report">
        {text}
      </pre>
      {truncated && (
        <p className="small muted">
          Excerpt shortened. <a href={reportHref}>Read it in the full report</a>.
        </p>
      )}
    </>
  );
}
