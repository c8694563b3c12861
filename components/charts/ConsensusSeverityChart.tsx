"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { OverviewData } from "@/lib/views/overview";
import { CONSENSUS_LABELS, SEVERITY_ORDER } from "@/lib/views/vocabulary";
import { AXIS_TICK, GRID_STROKE, SEVERITY_COLORS, TOOLTIP_STYLE } from "./chartColors";

/** Issues per consensus level, stacked by severity. */
export function ConsensusSeverityChart({ data }: { data: OverviewData["consensusBySeverity"] }) {
  const rows = data.map((d) => ({ ...d, label: CONSENSUS_LABELS[d.level] }));
  return (
    <div className="chart-box">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 560, height: 260 }}>
        <BarChart data={rows} margin={{ top: 4, right: 8, bottom: 0, left: -16 }} barCategoryGap="28%">
          <CartesianGrid vertical={false} stroke={GRID_STROKE} />
          <XAxis dataKey="label" tick={AXIS_TICK} tickLine={false} axisLine={{ stroke: GRID_STROKE }} />
          <YAxis allowDecimals={false} tick={AXIS_TICK} tickLine={false} axisLine={false} />
          <Tooltip {...TOOLTIP_STYLE} />
          <Legend iconType="circle" iconSize={8} wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
          {[...SEVERITY_ORDER, "none" as const].map((s, i, all) => (
            <Bar
              key={s}
              dataKey={s}
              name={s === "none" ? "unrated" : s}
              stackId="severity"
              fill={SEVERITY_COLORS[s]}
              radius={i === all.length - 1 ? [4, 4, 0, 0] : undefined}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
