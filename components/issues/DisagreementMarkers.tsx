import { Crosshair, Gauge, MapPin, MessageSquareOff, Scale, Tags, TriangleAlert, type LucideIcon } from "lucide-react";
import type { Disagreement } from "@/lib/views/jsonColumns";

const ICONS: Record<string, LucideIcon> = {
  severity: Gauge,
  stance: Scale,
  cwe: Tags,
  location: MapPin,
  lines: MapPin,
  verdict: MessageSquareOff,
  symbols: Crosshair,
};

export function disagreementIcon(kind: string): LucideIcon {
  return ICONS[kind] ?? TriangleAlert;
}

/** One small icon per kind of disagreement; the full sentence is its title and accessible name. */
export function DisagreementMarkers({ disagreements }: { disagreements: Disagreement[] }) {
  if (disagreements.length === 0) return <span className="faint" aria-label="No disagreements">—</span>;
  const byKind = new Map<string, string[]>();
  for (const d of disagreements) byKind.set(d.kind, [...(byKind.get(d.kind) ?? []), d.detail]);
  return (
    <span className="markers">
      {[...byKind.entries()].map(([kind, details]) => {
        const Icon = disagreementIcon(kind);
        const text = `Disagree on ${kind}: ${details.join("; ")}`;
        return (
          <span key={kind} className="marker" title={text} role="img" aria-label={text}>
            <Icon size={13} strokeWidth={2.25} aria-hidden="true" />
          </span>
        );
      })}
    </span>
  );
}
