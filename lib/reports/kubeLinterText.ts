import type { ParsedReport } from "../findings/types";
import { oneFindingPerLine } from "./oneFindingPerLine";

/**
 * KubeLinter's console output (`kube-linter lint`): one line per result, the file, the object and
 * its kind in parentheses, the message, then the check and its remediation in parentheses:
 *
 *     deploy/app.yaml: (object: shop/api apps/v1, Kind=Deployment) container "api" is privileged (check: privileged-container, remediation: Do not run your container as privileged unless it is required.)
 *
 * The check is the rule. The object and container are where, not which code: every check that
 * fails on one deployment names them alike (as in Polaris' and Kubescape's readers), so they are no
 * code names. KubeLinter gives no line and no severity: every check it runs is one the user chose.
 */
const RESULT =
  /^(\S[^\n]{0,300}?): \(object: (?:<no namespace>|[\w.-]{0,253})\/([\w.:-]{1,253}) [\w./-]{1,100}, Kind=(\w{1,80})\) (\S[^\n]*?) \(check: ([\w.-]{1,100})(?:, remediation: [^\n]*)?\)\s*$/;
/** Longer lines are no result of KubeLinter's: the pattern is not run on them. */
const MAX_LINE = 5_000;

export function looksLikeKubeLinterText(text: string): boolean {
  if (!text.slice(0, 200_000).includes("(object: ")) return false;
  return text.slice(0, 200_000).split("\n").some((line) => line.length <= MAX_LINE && RESULT.test(line));
}

export function parseKubeLinterText(text: string): ParsedReport {
  return oneFindingPerLine(text, (line) => {
    const result = line.length <= MAX_LINE ? RESULT.exec(line) : null;
    if (!result) return null;
    const [, path, , , message, check] = result;
    return { title: message, hints: { path, ruleId: check } };
  });
}
