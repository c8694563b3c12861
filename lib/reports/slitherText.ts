import type { ParsedReport } from "../findings/types";
import { consoleBlocks } from "./consoleBlocks";

/**
 * Slither's console output: under each "INFO:Detectors:" line, the results of one detector, each a
 * line that names the function and its place and says what is wrong, with the calls and writes it
 * found indented below; a "Reference:" link to the detector's documentation closes the group:
 *
 *     INFO:Detectors:
 *     Vault.sweep() (contracts/Vault.sol#76-80) sends eth to arbitrary user
 *         Dangerous calls:
 *         - address(recipient).transfer(amount) (contracts/Vault.sol#80)
 *     Reference: https://github.com/crytic/slither/wiki/Detector-Documentation#functions-that-send-ether-to-arbitrary-destinations
 *
 * The link's anchor is the rule; the first place in the result line its file and lines.
 */
const DETECTORS = /^INFO:Detectors:\s*$/;
/** Longer lines are no result of Slither's: the place patterns are not run on them. */
const MAX_LINE = 2_000;
const REFERENCE = /^Reference: (\S+)/;
/** "(contracts/HarborVault.vy#62-73)": the first place a result names. */
const PLACE = /\(([^\s()#]{1,300})#(\d{1,7}(?:-\d{1,7})?)\)/;
/** "HarborVault.withdraw(uint256)", "Reentrancy in Vault.withdraw(uint256)": the function the result is about. */
const FUNCTION = /(?:^|\s)([A-Za-z_$][\w$]*\.[A-Za-z_$][\w$]*)\(/;

export function looksLikeSlitherText(text: string): boolean {
  const head = text.slice(0, 200_000);
  return /^INFO:Detectors:\s*$/m.test(head) && /^Reference: https?:\/\/github\.com\/crytic\/slither\/wiki\//m.test(head);
}

export function parseSlitherText(text: string): ParsedReport {
  let inDetectors = false;
  const parsed = consoleBlocks(
    text,
    (line) => {
      if (DETECTORS.test(line)) inDetectors = true;
      else if (/^INFO:/.test(line)) inDetectors = false;
      if (!inDetectors || line.length > MAX_LINE || /^\s/.test(line) || line.trim() === "" || DETECTORS.test(line) || REFERENCE.test(line)) return null;
      const place = PLACE.exec(line);
      const fn = FUNCTION.exec(line);
      const title = line.replace(/\s*\([^\s()#]{1,300}#[\d-]{1,20}\)/g, "").replace(/:\s*$/, "").trim();
      return { title, hints: { ...(place && { path: place[1], lines: place[2] }), ...(fn && { symbols: [fn[1]] }) } };
    },
    (line) => /^INFO:/.test(line) || REFERENCE.test(line),
  );
  // The detector's name is in the link after its results.
  const findings = parsed.findings.map((f) => {
    const after = text.slice(f.span.end, f.span.end + 20_000);
    const reference = /^Reference: \S*#([\w-]{1,100})/m.exec(after);
    return reference ? { ...f, hints: { ...f.hints, ruleId: reference[1] } } : f;
  });
  return { ...parsed, findings };
}
