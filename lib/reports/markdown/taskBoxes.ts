import { raisesConcern } from "../../findings/raisesConcern";

/**
 * A checklist's mark in brackets: a task list's box ("[x]", "[ ]", "[-]") or a check's status
 * ("[FAIL]", "[WARN]", "[PASS]", "[OK]", "[N/A ]", "[skipped]"). For case-insensitive patterns.
 */
export const BRACKETED_STATUS = String.raw`\[(?:[ x-]|ok|pass(?:ed)?|fail(?:ed)?|warn(?:ing)?|n\/a|skip(?:ped)?)\s*\]`;

/** "- [x] ...", "[ ] ...": a task list's box, ticked or open, before an item's words. */
const TASK_BOX = /^\s*(?:[-*+]\s+|\d{1,3}[.)]\s+)?\[([ xX])\]\s+/;

export interface TaskBox {
  ticked: boolean;
  /** The item's words after its box. */
  rest: string;
}

export function taskBoxOf(text: string): TaskBox | null {
  const box = TASK_BOX.exec(text);
  return box ? { ticked: box[1] !== " ", rest: text.slice(box[0].length) } : null;
}

/**
 * Which box marks a problem in a checklist that uses both. GitHub's convention ticks a check that
 * is done ("- [x] queries are parameterized") and leaves open the work left ("- [ ] rotate the
 * key"); some reviewers tick what they found ("- [x] **HIGH — path traversal ...**", "- [ ] SQL:
 * both queries use params, OK"). The items' own words decide: the box whose items raise a concern
 * more often marks the problems. Null when the checklist does not use both boxes, or its words do
 * not tell.
 */
export function problemBox(items: readonly string[]): boolean | null {
  const boxes = items.map(taskBoxOf).filter((b): b is TaskBox => b !== null);
  const share = (ticked: boolean) => {
    const group = boxes.filter((b) => b.ticked === ticked);
    return group.length === 0 ? null : group.filter((b) => raisesConcern(b.rest, "item")).length / group.length;
  };
  const [ticked, open] = [share(true), share(false)];
  if (ticked === null || open === null || ticked === open) return null;
  return ticked > open;
}
