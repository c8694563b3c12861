// Chart series take their colours from the same tokens as the badges (app/globals.css), so a
// "high" bar is the colour of a "high" pill, in light and dark themes alike.
export const SEVERITY_COLORS = {
  critical: "var(--sev-critical)",
  high: "var(--sev-high)",
  medium: "var(--sev-medium)",
  low: "var(--sev-low)",
  info: "var(--sev-info)",
  none: "var(--border-strong)",
} as const;

export const STATUS_COLORS = {
  open: "var(--status-open)",
  accepted: "var(--status-accepted)",
  "false-positive": "var(--status-false-positive)",
} as const;

export const AXIS_TICK = { fill: "var(--text-muted)", fontSize: 12 } as const;
export const GRID_STROKE = "var(--border)";
export const TOOLTIP_STYLE = {
  contentStyle: {
    background: "var(--surface)",
    border: "1px solid var(--border)",
    borderRadius: 8,
    fontSize: 12,
    color: "var(--text)",
    boxShadow: "0 8px 24px rgb(16 24 40 / 0.12)",
  },
  labelStyle: { color: "var(--text)", fontWeight: 600 },
  cursor: { fill: "var(--surface-2)" },
} as const;
