import type { ParsedReport } from "../findings/types";
import { consoleBlocks } from "./consoleBlocks";

/**
 * Trivy's table output for misconfigurations (`trivy config`, the default format): per target, one
 * block per failed check, opened by its id, severity and message over a double rule, then the
 * explanation, the file and line, and the code:
 *
 *     AVD-DS-0002 (HIGH): Last USER command in Dockerfile should not be 'root'
 *     ════════════════════════════════════════
 *     Running containers with 'root' user can lead to a container escape situation. ...
 *     ────────────────────────────────────────
 *      Dockerfile:35
 *
 * Each block is a finding; the summary table and the log lines above them are not.
 */
const CHECK = /^([A-Z][A-Z0-9]{1,10}-[A-Z0-9]{1,10}-\d{1,6}) \((CRITICAL|HIGH|MEDIUM|LOW|UNKNOWN)\): (\S.{0,1000})$/;
const DOUBLE_RULE = /^═{10,}\s*$/;
const PLACE = /^ ([^\s:]{1,300}):(\d{1,7})(?:-(\d{1,7}))?\s*$/m;

export function looksLikeTrivyText(text: string): boolean {
  const lines = text.slice(0, 200_000).split("\n");
  return lines.some((line, i) => CHECK.test(line) && DOUBLE_RULE.test(lines[i + 1] ?? ""));
}

export function parseTrivyText(text: string): ParsedReport {
  return consoleBlocks(
    text,
    (line, _previous, next) => {
      const m = CHECK.exec(line);
      if (!m || !DOUBLE_RULE.test(next ?? "")) return null;
      return { title: m[3].trim(), hints: { ruleId: m[1], severity: m[2] === "UNKNOWN" ? undefined : m[2].toLowerCase() } };
    },
    // A target's header ("Dockerfile (dockerfile)" over "====") ends the block before it.
    (line) => /^={5,}\s*$/.test(line),
    (body, hints) => {
      const place = PLACE.exec(body);
      return place ? { ...hints, path: place[1], lines: place[3] ? `${place[2]}-${place[3]}` : place[2] } : hints;
    },
  );
}
