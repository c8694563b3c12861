"use client";

import { Cell, Pie, PieChart, ResponsiveContainer, Tooltip } from "recharts";
import type { OverviewData } from "@/lib/views/overview";
import { STATUS_LABELS } from "@/lib/views/vocabulary";
import { STATUS_COLORS, TOOLTIP_STYLE } from "./chartColors";

/** How much of the work is decided: a donut of open / accepted / false positive. */
export function TriageProgressChart({ data }: { data: OverviewData["triage"] }) {
  const total = data.reduce((n, d) => n + d.count, 0);
  const decided = data.filter((d) => d.status !== "open").reduce((n, d) => n + d.count, 0);
  const rows = data.map((d) => ({ name: STATUS_LABELS[d.status], value: d.count, status: d.status }));
  const percent = total ? Math.round((decided / total) * 100) : 0;
  return (
    <div className="triage-chart">
      <div className="chart-box" style={{ position: "relative", height: 220 }}>
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 260, height: 220 }}>
          <PieChart>
            <Tooltip {...TOOLTIP_STYLE} />
            <Pie data={rows} dataKey="value" nameKey="name" innerRadius="62%" outerRadius="88%" paddingAngle={total ? 2 : 0} stroke="none" isAnimationActive={false}>
              {rows.map((r) => (
                <Cell key={r.status} fill={STATUS_COLORS[r.status]} />
              ))}
            </Pie>
          </PieChart>
        </ResponsiveContainer>
        <div className="donut-center">
          <span className="donut-value">{percent}%</span>
          <span className="donut-label">triaged</span>
        </div>
      </div>
      <ul className="legend-list">
        {rows.map((r) => (
          <li key={r.status}>
            <span className="legend-swatch" style={{ background: STATUS_COLORS[r.status] }} />
            <span>{r.name}</span>
            <strong>{r.value.toLocaleString("en")}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}
