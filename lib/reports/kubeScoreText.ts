import type { ParsedReport } from "../findings/types";
import { consoleBlocks } from "./consoleBlocks";

/**
 * kube-score's console output (`kube-score score`): per object, its checks graded [CRITICAL],
 * [WARNING], [OK] or [SKIPPED], and under a graded check one "·" bullet per thing it found, with
 * an explanation indented below:
 *
 *     apps/v1/Deployment orders-api in orders                                       💥
 *         [CRITICAL] Container Security Context Privileged
 *             · orders-api -> The container is privileged
 *                 Set securityContext.privileged to false. ...
 *
 * Each bullet under a critical or warning check is a finding: the check is its rule, the object
 * and the container the code it names.
 */
const OBJECT = /^(\S+\/\S+) (\S+)(?: in (\S+))?\s+\S*\s*$/u;
const CHECK = /^ {2,8}\[(CRITICAL|WARNING|OK|SKIPPED)\] (\S.{0,200})$/;
const BULLET = /^ {4,16}· (?:(\S{1,200}) -> )?(\S.{0,500})$/u;
const SEVERITY: Record<string, string> = { CRITICAL: "high", WARNING: "medium" };

export function looksLikeKubeScoreText(text: string): boolean {
  const lines = text.slice(0, 200_000).split("\n");
  return lines.some((l) => CHECK.test(l)) && lines.some((l) => BULLET.test(l)) && lines.some((l) => OBJECT.test(l));
}

export function parseKubeScoreText(text: string): ParsedReport {
  let object: string | undefined;
  let check: { grade: string; name: string } | undefined;
  return consoleBlocks(
    text,
    (line) => {
      const o = OBJECT.exec(line);
      if (o && !line.startsWith(" ")) {
        object = o[2];
        check = undefined;
        return null;
      }
      const c = CHECK.exec(line);
      if (c) {
        check = { grade: c[1], name: c[2].trim() };
        return null;
      }
      const b = BULLET.exec(line);
      if (!b || !check || !SEVERITY[check.grade]) return null;
      const symbols = [object, b[1]].filter((s): s is string => s !== undefined);
      return { title: b[2].trim(), hints: { severity: SEVERITY[check.grade], ruleId: check.name, symbols } };
    },
    (line) => CHECK.test(line) || (OBJECT.test(line) && !line.startsWith(" ")),
  );
}
