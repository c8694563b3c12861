import type { ParsedReport } from "../findings/types";
import { oneFindingPerLine } from "./oneFindingPerLine";

/**
 * KubeLinter's console output (`kube-linter lint`): one line per result, the file, the object and
 * its kind in parentheses, the message, then the check and its remediation in parentheses:
 *
 *     deploy/app.yaml: (object: shop/api apps/v1, Kind=Deployment) container "api" is privileged (check: privileged-container, remediation: Do not run your container as privileged unless it is required.)
 *
 * The check is the rule; the object and any quoted container the code the result names. KubeLinter
 * gives no line and no severity: every check it runs is one the user chose to enforce.
 */
const RESULT =
  /^(\S[^\n]{0,300}?): \(object: (?:<no namespace>|[\w.-]{0,253})\/([\w.:-]{1,253}) [\w./-]{1,100}, Kind=(\w{1,80})\) (\S[^\n]*?) \(check: ([\w.-]{1,100})(?:, remediation: [^\n]*)?\)\s*$/;
/** Longer lines are no result of KubeLinter's: the pattern is not run on them. */
const MAX_LINE = 5_000;
const CONTAINER = /\bcontainer "([\w.-]{1,63})"/g;

export function looksLikeKubeLinterText(text: string): boolean {
  if (!text.slice(0, 200_000).includes("(object: ")) return false;
  return text.slice(0, 200_000).split("\n").some((line) => line.length <= MAX_LINE && RESULT.test(line));
}

export function parseKubeLinterText(text: string): ParsedReport {
  return oneFindingPerLine(text, (line) => {
    const result = line.length <= MAX_LINE ? RESULT.exec(line) : null;
    if (!result) return null;
    const [, path, object, , message, check] = result;
    const containers = [...message.matchAll(CONTAINER)].map((m) => m[1]);
    return { title: message, hints: { path, ruleId: check, symbols: [...new Set([object, ...containers])] } };
  });
}
