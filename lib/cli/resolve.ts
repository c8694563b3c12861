import type { Db } from "../db/client";

/** "12", "Q-12" or "#12" → the issue with that number. */
export async function issueByNumber(db: Db, ref: string) {
  const number = Number(ref.replace(/^(?:q-|#)/i, ""));
  if (!Number.isInteger(number)) throw new Error(`"${ref}" is not an issue number`);
  const issue = await db.issue.findUnique({ where: { number } });
  if (!issue) throw new Error(`no issue Q-${number}`);
  return issue;
}

/** A finding id, or enough of its first characters to be unambiguous. */
export async function findingByRef(db: Db, ref: string) {
  const matches = await db.finding.findMany({ where: { id: { startsWith: ref } }, take: 2 });
  if (matches.length === 0) throw new Error(`no finding ${ref}`);
  if (matches.length > 1) throw new Error(`"${ref}" matches several findings; give more characters`);
  return matches[0];
}
