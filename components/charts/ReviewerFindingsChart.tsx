"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { OverviewData } from "@/lib/views/overview";
import { AXIS_TICK, GRID_STROKE, STATUS_COLORS, TOOLTIP_STYLE } from "./chartColors";

/** Each reviewer's findings, split by what triage made of the issue they landed in. */
export function ReviewerFindingsChart({ data }: { data: OverviewData["reviewers"] }) {
  const height = Math.max(180, data.length * 28 + 60);
  return (
    <div className="chart-box" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 560, height }}>
        <BarChart data={data} layout="vertical" margin={{ top: 0, right: 16, bottom: 0, left: 0 }} barCategoryGap="24%">
          <CartesianGrid horizontal={false} stroke={GRID_STROKE} />
          <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} tickLine={false} axisLine={false} />
          <YAxis type="category" dataKey="reviewer" width={150} tick={AXIS_TICK} tickLine={false} axisLine={false} />
          <Tooltip {...TOOLTIP_STYLE} />
          <Legend iconType="circle" iconSize={8} wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
          <Bar dataKey="accepted" name="accepted" stackId="s" fill={STATUS_COLORS.accepted} isAnimationActive={false} />
          <Bar dataKey="falsePositive" name="false positive" stackId="s" fill={STATUS_COLORS["false-positive"]} isAnimationActive={false} />
          <Bar dataKey="open" name="open" stackId="s" fill="var(--border-strong)" radius={[0, 4, 4, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
