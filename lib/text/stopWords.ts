import { stem } from "./tokens";

/** Function words: carry no topic. */
const ENGLISH = `a about above after again against all also am an and any are aren as at be because been before
being below between both but by can cannot could did didn do does doesn doing don down during each either else
even ever every few for from further had has have having he her here hers herself him himself his how however i
if in into is isn it its itself just let ll may me might more most much must my myself need no nor not now of off
on once only or other otherwise our ours ourselves out over own per please rather re same shall she should since
so some such than that the their theirs them themselves then there these they this those though through thus to
too under until up upon us very via was wasn we were weren what when where whether which while who whom why will
with within without won would yet you your yours yourself yourselves e g ie eg etc`;

/**
 * Words every security review uses whatever the issue: the report's own scaffolding ("Issue:",
 * "Solution:"), hedging, severity words and generic verbs. Left in, they make unrelated findings
 * of one reviewer look alike.
 */
const REVIEW_BOILERPLATE = `issue issues problem problems solution solutions recommendation recommendations recommend
recommended fix fixes fixed finding findings security secure insecure concern concerns potential potentially possible
possibly line lines location locations cwe severity critical high medium low info informational risk risks impact
vulnerability vulnerabilities vulnerable code function method file files module application app review reviewed note
notes observation observations consider ensure use used uses using make makes made like could lead leads leading
directly direct instead example case cases way ways especially particular particularly certain simply well better
best practice practices detail description summary overall general generally mitigation remediation suggestion
suggest suggested address addressed approach instance here appropriate properly proper correctly correct
good ok fine`;

function stemSet(words: string): Set<string> {
  return new Set(
    words
      .split(/\s+/)
      .filter((w) => w.length > 0)
      .map((w) => stem(w)),
  );
}

export const STOP_STEMS: ReadonlySet<string> = new Set([...stemSet(ENGLISH), ...stemSet(REVIEW_BOILERPLATE)]);

export function isStopStem(token: string): boolean {
  return STOP_STEMS.has(token) || token.length < 2;
}
