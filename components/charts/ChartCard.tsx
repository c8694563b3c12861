import type { ReactNode } from "react";

interface ChartCardProps {
  title: string;
  description?: string;
  chart: ReactNode;
  /** The same numbers as a table: readable by screen readers and without JavaScript. */
  table: ReactNode;
  className?: string;
  id: string;
}

export function ChartCard({ title, description, chart, table, className, id }: ChartCardProps) {
  return (
    <section className={`card ${className ?? ""}`} aria-labelledby={`${id}-title`}>
      <div className="card-header">
        <h2 id={`${id}-title`}>{title}</h2>
        {description && <span className="muted">{description}</span>}
      </div>
      <figure className="chart-figure">
        <div className="card-body" aria-hidden="true">
          {chart}
        </div>
        <details className="chart-data">
          <summary>Data as a table</summary>
          <div className="table-wrap">{table}</div>
        </details>
      </figure>
    </section>
  );
}
