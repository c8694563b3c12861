"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { OverviewData } from "@/lib/views/overview";
import { AXIS_TICK, GRID_STROKE, TOOLTIP_STYLE } from "./chartColors";

/** The weaknesses that come up most, by number of issues. */
export function TopCweChart({ data }: { data: OverviewData["topCwes"] }) {
  const height = Math.max(160, data.length * 26 + 30);
  return (
    <div className="chart-box" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 560, height }}>
        <BarChart data={data} layout="vertical" margin={{ top: 0, right: 16, bottom: 0, left: 0 }} barCategoryGap="22%">
          <CartesianGrid horizontal={false} stroke={GRID_STROKE} />
          <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} tickLine={false} axisLine={false} />
          <YAxis type="category" dataKey="cwe" width={80} tick={{ ...AXIS_TICK, fontFamily: "var(--font-mono)" }} tickLine={false} axisLine={false} />
          <Tooltip {...TOOLTIP_STYLE} />
          <Bar dataKey="count" name="issues" fill="var(--accent)" radius={[0, 4, 4, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
