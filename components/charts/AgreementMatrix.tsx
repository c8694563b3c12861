import type { AgreementBlock, AgreementMatrix as Matrix } from "@/lib/views/agreementMatrix";

/**
 * Reviewer × reviewer heatmaps of Jaccard agreement over the issues they flagged, one per group of
 * reviewers who reviewed the same code. Plain tables, so they read without JavaScript and each
 * cell says its numbers to a screen reader.
 */
export function AgreementMatrix({ matrix }: { matrix: Matrix }) {
  if (matrix.blocks.length === 0) return <p className="muted small">Agreement needs at least two reviewers of the same subject.</p>;
  return (
    <div className="stack">
      <div className="matrix-blocks">
        {matrix.blocks.map((block) => (
          <AgreementBlockTable key={block.reviewers.join("\u0000")} block={block} />
        ))}
      </div>
      <div className="matrix-legend">
        <span>0%</span>
        <span className="ramp" aria-hidden="true" />
        <span>100% of issues flagged by both</span>
        {matrix.omitted > 0 && <span className="faint">· {matrix.omitted} reviewers not shown</span>}
      </div>
    </div>
  );
}

function AgreementBlockTable({ block: matrix }: { block: AgreementBlock }) {
  return (
    <figure className="matrix-block">
      <figcaption className="small muted">
        {matrix.reviewers.length} reviewers · {matrix.subjects === 1 ? "one subject" : `up to ${matrix.subjects} subjects`} in common
      </figcaption>
      <div className="table-wrap">
        <table className="matrix">
          <caption className="visually-hidden">
            Agreement between reviewers: issues both flagged divided by issues either flagged, over the subjects both reviewed
          </caption>
          <thead>
            <tr>
              <td />
              {matrix.reviewers.map((r) => (
                <th key={r} scope="col" title={r}>
                  <span>{r}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.reviewers.map((a, i) => (
              <tr key={a}>
                <th scope="row" title={a}>
                  {a}
                </th>
                {matrix.cells[i].map((cell, j) => {
                  const b = matrix.reviewers[j];
                  if (!cell) return <td key={b} className="self" aria-label="same reviewer">—</td>;
                  if (cell.jaccard === null) {
                    return (
                      <td key={b} className="none" title={cell.sharedSubjects === 0 ? `${a} and ${b} reviewed no subject in common` : "Nothing flagged"}>
                        ·
                      </td>
                    );
                  }
                  const pct = Math.round(cell.jaccard * 100);
                  const text = `${a} and ${b}: ${pct}% — ${cell.both} of ${cell.either} issues flagged by both, over ${cell.sharedSubjects} shared subject${cell.sharedSubjects === 1 ? "" : "s"}`;
                  return (
                    <td
                      key={b}
                      title={text}
                      aria-label={text}
                      style={{
                        background: `color-mix(in srgb, var(--accent) ${Math.round(6 + cell.jaccard * 86)}%, var(--surface))`,
                        color: cell.jaccard > 0.5 ? "var(--accent-text)" : "var(--text)",
                      }}
                    >
                      {pct}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
