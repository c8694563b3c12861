// JSON text columns are written by lib/ but read here for display: a malformed value should
// degrade to "nothing to show" on one issue, never take the page down.

export interface Disagreement {
  kind: string;
  detail: string;
}

export interface EvidenceItem {
  kind: string;
  findingIds: string[];
  score: number | null;
  detail: string;
}

export interface LineSpan {
  start: number;
  end: number;
}

function parseArray(text: string | null | undefined): unknown[] {
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value : [];
  } catch {
    return [];
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

export function parseStringArray(text: string | null | undefined): string[] {
  return parseArray(text).filter((v): v is string => typeof v === "string");
}

export function parseDisagreements(text: string | null | undefined): Disagreement[] {
  return parseArray(text)
    .filter(isRecord)
    .map((d) => ({ kind: String(d.kind ?? "other"), detail: String(d.detail ?? "") }))
    .filter((d) => d.detail.length > 0 || d.kind.length > 0);
}

export function parseEvidence(text: string | null | undefined): EvidenceItem[] {
  return parseArray(text)
    .filter(isRecord)
    .map((e) => ({
      kind: String(e.kind ?? ""),
      findingIds: Array.isArray(e.findingIds) ? e.findingIds.filter((id): id is string => typeof id === "string") : [],
      score: typeof e.score === "number" && Number.isFinite(e.score) ? e.score : null,
      detail: String(e.detail ?? ""),
    }));
}

export function parseLineSpans(text: string | null | undefined): LineSpan[] {
  return parseArray(text)
    .filter(isRecord)
    .map((r) => ({ start: Number(r.start), end: Number(r.end) }))
    .filter((r) => Number.isFinite(r.start) && Number.isFinite(r.end));
}

/** "L40", "L87–89", "L12, L40–41". */
export function formatLines(lines: LineSpan[]): string {
  return lines.map((r) => (r.start === r.end ? `L${r.start}` : `L${r.start}–${r.end}`)).join(", ");
}

export function parseData(text: string | null | undefined): Record<string, unknown> {
  if (!text) return {};
  try {
    const value: unknown = JSON.parse(text);
    return isRecord(value) && !Array.isArray(value) ? value : {};
  } catch {
    return {};
  }
}
