import { describesWeakness } from "../weakness/weakness";
import { squeezeWhitespace } from "./squeezeWhitespace";

/**
 * Decides whether a stretch of review text raises a concern at all. Reviews mix findings with
 * praise ("proper logging is used"), restated context and conclusions; a list item or a section
 * is a finding unless its own words say it is fine, and a free prose paragraph is a finding only
 * when its words clearly describe a problem.
 */

export type UnitKind = "heading" | "item" | "row" | "prose";

/** Words of trouble. Stems, matched at a word start. */
const CONCERN_TERMS = [
  "vulnerab", "attack", "inject", "exploit", "leak", "expos", "bypass", "overflow", "traversal", "denial of service",
  "dos", "crash", "exhaust", "unauthori", "unauthenti", "arbitrary", "malicious", "untrusted", "unsaniti", "unvalidat",
  "unchecked", "missing", "lack", "insecure", "hard-coded", "hardcoded", "forge", "tamper", "hijack", "escalat",
  "disclos", "steal", "xss", "csrf", "ssrf", "sql", "race condition", "toctou", "undefined behavior", "panic",
  "problem", "flaw", "weak", "risk", "danger", "unsafe", "susceptib", "abuse", "compromis", "spoof", "impersonat",
  "brute", "plaintext", "cleartext", "predictab", "no validation", "w/o",
  "not validated", "not checked", "not sanitized", "can be used to", "lets a", "allows an", "allow an", "allows attackers",
  "anyone", "anonymous", "privilege", "deadlock", "resource consumption", "infinite loop", "memory", "use-after-free",
  "null pointer", "integer overflow", "format string", "deserializ", "redirect",
  "click", "sensitive", "secret", "password", "credential", "token", "terminat", "abrupt", "without", "never",
  "crafted", "integrity", "unbounded", "uncontrolled", "unrestricted", "improper", "incorrect", "insufficient",
  "fail", "error-prone", "misconfigur", "debug", "forgot", "not enforced", "no check", "no limit", "escape",
  "outside the", "overwrit", "symlink", "race", "leak",
  "idor", "insecure direct object", "rce", "remote code", "code execution", "command execution", "xxe", "redos",
  "ssti", "lfi", "rfi", "replay", "downgrade", "mitm", "man-in-the-middle", "man in the middle", "world-readable", "world-writable", "cross-site",
  "prototype pollution", "response splitting", "use after free", "double free", "../", "write outside",
  "writes outside", "read outside", "fill the disk", "fills the disk", "past the end", "beyond the end", "out of range",
  "out-of-bound", "out of bound", "reveal", "enumerat", "break out", "breaks out", "breaking out", "freez",
  "external entit", "fixation", "pressing", "most serious", "severe",
  "outdated", "cve", "pollution", "mass assignment", "mass-assignment", "over-posting", "overposting", "unescaped", "unencoded", "unverified", "unquoted",
  "reliability issue", "reliability concern", "reliability problem", "robustness issue", "robustness concern",
];
/**
 * Trouble told in phrases rather than words: a safeguard the code skips ("show() doesn't
 * authorize", "never escapes the name") or lacks ("no \`auth\` at all"), a value that reaches a
 * sink unchanged ("'sort' goes straight into orderByRaw"), anyone at all being able to act ("any
 * logged-in customer can read any ticket"), and "must fix".
 */
const CONCERN_PATTERNS = [
  /\b(?:does ?n[o']?t|do ?n[o']?t|never|fails? to|forg[eo]t to|without)\s+(?:\w+\s+)?(?:authori[sz]|authenticat|check|validat|verif|sanitiz|escap|encod|restrict|scope|filter|allow-?list|whitelist|enforce|handl|assert|guard)/,
  // "timestamp + epoch is not randomness": a value that only looks random.
  /\b(?:is|are)(?: not|n't) (?:really |truly |actually |cryptographically )?(?:random(?:ness)?|secure(?:ly)? random|unpredictable)\b/,
  /\bstraight (?:into|in|from|to|through)\b/,
  // "the title pasted into the command string": a value spliced into code or a query.
  /\b(?:pasted|interpolated|concatenated|spliced|substituted) (?:straight |directly )?into\b/,
  // "no \`auth\` at all", "no isMember check": a safeguard that is absent.
  /\bno [`'"]?(?:auth\w*|authori[sz]ation|[\w./]*\s?checks?|validation|rate[- ]limit\w*|limits?|csrf|escaping|sanitization|permissions?)\b[`'"]?(?! (?:needed|required|necessary|issue|problem|concern|risk))/,
  // "**must fix**", "needs fixing": the reviewer's own word that it is a defect.
  /\bmust[- ]fix\b|\bneeds? fixing\b|\bplease fix\b/,
  // "ci-runner-admin CRB -> cluster-admin. Not acceptable, blocker.": a ticket's word that it stops the release
  // (not "1, 2, 3 and 7 are blockers", a closing word on the points above).
  /(?<!\b(?:no|not a|non|are|as)[ -])\bblockers?\b|\b(?:not acceptable|unacceptable)\b/,
  /\b(?:any|every) (?:[\w-]+ ){0,2}?(?:user|customer|client|caller|site|website|app|process|tenant|account|visitor|member|agent|page|script|contract|student|employee|teacher|player|peer|device|guest|person|container|pod|service)s?(?: (?:on|in|from|of|with) (?:the |this |a |an )?[\w-]+)? (?:can|could|may|is able to)\b/,
];

/** Injection in the design-pattern sense: "`NotesDbHelper` could be injected to make it easier to test". */
const DEPENDENCY_INJECTION = /\b(?:dependency[- ]injection|constructor injection|(?:could|can|should|might|would) be injected (?:to make|for (?:testing|testability)|via (?:the )?constructor))/g;

/** Words of approval. */
const PRAISE_TERMS = [
  "is fine", "are fine", "fine as", "looks good", "look good", "good practice", "best practice", "well-written",
  "well written", "properly", "correctly", "is safe", "are safe", "safe as", "is correct", "are correct", "no issue",
  "no issues", "no problem", "is consistent", "consistent throughout", "is handled", "are handled", "handled well",
  "protects", "is validated", "are validated", "is secure", "are secure", "no change needed", "no change required",
  "no changes needed", "no action", "not vulnerable", "no vulnerability", "no vulnerabilities",
  // Not "no security" alone: "No security response headers" is a finding.
  "no security issue", "no security concern", "no security problem", "no security vulnerab", "no security defect", "no security risk",
  "nothing to", "mitigated", "already", "good job", "well done", "is robust", "are robust", "robust against", "appropriate", "as expected",
  ": fine", "fine.", "fine,", "is enabled", "are enabled", "good", "safe.", "correct.", "is used correctly",
  "no known", "no published", "up to date", "up-to-date", "is current", "what i'd expect", "what i would expect",
  "as it should", "lgtm", "i like that", "i like how", "i'm glad", "nice work", "nice touch", "good call",
  "which avoids", "careful", "looks fine", "look fine", "done well", "positive side", "positives", "worth keeping",
  "with some care", "nice use of", "approving", "right pattern", "decent shape", "good shape", "is parameterized", "are parameterized", "is hashed", "are hashed",
];
/**
 * Verbs of protection: a word of trouble right after one ("it avoids memory leaks", "prevents SQL
 * injection") describes a threat the code handles, so it does not count.
 */
const MITIGATION = /(?<!(?:\bnot|n't|\bnever|\bfails? to|\bfailing to|\bcannot|\bunable to|\bno longer)\s)\b(?:avoid(?:s|ing|ed)?|prevent(?:s|ing|ed)?|protect(?:s|ing|ed)? against|guard(?:s|ing|ed)? against|free (?:of|from)|immune to|resistant to|rules? out)\s+(?:[\w-]+\s+){0,2}$/;
/** A field that says outright there is nothing here: "Security Concern: None", "Risk: none". */
const NOTHING_FIELD =
  /\b(?:security concern|concern|risk|severity|impact|vulnerable|vulnerability|issue|status)\s*\**\s*:\s*\**\s*(?:none|n\/a|not applicable|not vulnerable|safe|ok|no(?=\s*(?:[.,;)]|$))|no (?:real |actual |direct |significant |security )?(?:concerns?|issues?|risks?|problems?|impact|vulnerabilit(?:y|ies))\b)\b\s*[.,;)]?/im;
/** The reviewer's own statement that there is nothing wrong. */
const NO_DEFECTS = new RegExp(
  [
    String.raw`\bno (?:\w+ ){0,3}(?:security )?(?:defects?|vulnerabilit(?:y|ies)|issues?|problems?|concerns?|weaknesses)\b (?:\w+ ){0,3}(?:were |was |are |is )?(?:detected|found|identified|present|spotted|observed)`,
    String.raw`\bi (?:did not|didn't|could not|couldn't|do not|don't) (?:find|identify|see|spot|detect|notice|observe) any\b`,
    String.raw`\bnothing (?:of concern|to report|stands out)\b`,
    String.raw`\b(?:does not|doesn't|do not|don't) (?:appear to |seem to )?(?:contain|have|exhibit|introduce) (?:any\b|instances? of|(?:a |an )?(?:security )?(?:vulnerabilit|weakness|defect))`,
    String.raw`\bthere (?:is|are) no (?:\w+[ -]){0,4}(?:vulnerabilit|issues?\b|defects?\b|weakness)`,
    String.raw`\b(?:is|are) not (?:\w+ )?(?:vulnerable|susceptible)\b`,
    String.raw`\bno (?:instances?|evidence|signs?) of\b`,
  ].join("|"),
  "i",
);
/** After a "no defects" statement, these bring a concern back in. */
const CONTRAST = /\b(?:however|but|although|though|except|nevertheless|that said)\b/i;
/**
 * A reviewer's hedge about their own certainty rather than a concern about the code ("However,
 * without the full context it is impossible to say definitively", "a comprehensive security review
 * would involve more"): after "no defects found" it takes nothing back.
 */
export const CAVEAT = new RegExp(
  [
    String.raw`\bwithout (?:\w+ ){0,3}(?:context|information|knowledge|access|visibility|details|implementation|definitions?|code)\b`,
    String.raw`\b(?:comprehensive|thorough|full|complete|further|additional|deeper|more|proper|manual|formal) (?:\w+ ){0,2}(?:review|analysis|audit|testing|tests|assessment|investigation|inspection|examination)\b`,
    String.raw`\b(?:impossible|difficult|hard|not possible|cannot|can't|unable) to (?:\w+ ){0,2}(?:say|be|determine|guarantee|confirm|rule out|tell|assess|verify|conclude)\b`,
    String.raw`\b(?:100%|completely|absolutely|entirely|fully) (?:certain|sure|confident)\b`,
    String.raw`\balways (?:a )?good (?:idea|practice)\b|\bbest practices?\b|\bsecurity experts?\b`,
    String.raw`\b(?:context|codebase) (?:in which|where)\b|\bentire (?:codebase|code base|program|application|system)\b`,
  ].join("|"),
  "i",
);
/** A finding template's own fields: whoever filled in "Security Concern:" or "Solution:" raised something. */
const FINDING_FIELD =
  /(?:^|\n)[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?(?:security concern|concern|issue|impact|risk|recommendation|solution|suggested fix|fix|mitigation|remediation|attack scenario|exploit(?:ation)?|severity|vulnerability rank)(?:\*\*|__)?[ \t]*:/i;
/** A line or a range of lines: "L42", "L80-81", "Line 12", "lines 57-60". */
/** "L42", "L40-43", "l.35-36" (a line, as terse notes write it), "line 12". */
const PIN = String.raw`(?:L\.?\d{1,6}(?:\s*[-–]\s*(?:L\.?)?\d{1,6})?(?:\s*\/\s*(?:L\.?)?\d{1,6})*|lines?\s*\d{1,6}(?:\s*[-–]\s*\d{1,6})?)`;
/** A file and line in code marks: "\`kvp.c:84\`", "\`CommentThread.tsx:66\`". */
const CODE_PIN = String.raw`\x60[\w./\[\]-]{1,80}\.[A-Za-z]{1,5}:\d{1,6}(?:[-/]\d{1,6})?\x60`;
/**
 * Labels of terse review comments, one per line: a code location ("L42:", "Lines 57-60:",
 * "views.py:88:", or a bare "L59 `new Random()` ..." / "L40 vs L43: ...") or a conventional
 * comment label ("nit:", "suggestion:", "praise:").
 */
export const COMMENT_LABEL = new RegExp(
  String.raw`^[ \t]*(?:>[ \t]*)?(?:(?:[-*+]|\d{1,3}[a-z]?[.)])[ \t]+)?(?:` +
    [
      // "L59 \`new Random()\` ...", "L40 vs L43: ...": a bare line pin.
      String.raw`${PIN}(?:\s+(?:vs\.?|and|&|\+)\s+L\d{1,6})*\s+(?!(?:cache|caches|caching)\b)(?=[\x60\w"'(])`,
      // "**OrderController.php L52 (again)** — ...", "views.py:88: ...": a file and a line, then a colon or a dash.
      String.raw`(?:\*\*|__)?(?:[\w./\[\]-]{1,80}\.[A-Za-z]{1,5}\s+)?${PIN}(?:\s*\([^)\n]{0,40}\))?(?:\*\*|__)?\s*(?::|[—–]|-(?=\s))\s`,
      String.raw`[\w./-]{1,80}\.[A-Za-z]{1,5}:\d{1,6}(?:-\d{1,6})?(?:\s*\([^)\n]{0,40}\))?\s*:\s`,
      // "session.ts:31   alg none ...", "login.ts:14/17  ...", "merge.ts        __proto__ ...": a file
      // (and line) in a column of its own, the comment after a run of spaces.
      String.raw`[\w./\[\]-]{1,80}\.[A-Za-z]{1,5}(?::\d{1,6}(?:[-/]\d{1,6})?[ \t]+|(?:\t|[ ]{2,}))(?=\S)`,
      // ":65 permit! - no.": a line of the file the comment above named.
      String.raw`:\d{1,6}(?:[-/]:?\d{1,6})?[ \t]+(?=\S)`,
      // "**views.py:24** \`pickle.loads\` on a cookie": a bold file:line pin, then the comment.
      String.raw`(?:\*\*|__)[\w./\[\]-]{1,80}\.[A-Za-z]{1,5}:\d{1,6}(?:-\d{1,6})?(?:\*\*|__)\s*(?::|[—–]|-(?=\s))?\s+(?=\S)`,
      // "same on L97, ...", "+1 to the above, also L90": a comment that points back at another one.
      String.raw`(?:same|also|again|likewise|ditto|\+1)\b[^\n]{0,30}?${PIN}\b`,
      String.raw`(?:same|also|again|ditto)\s+(?:line|spot|place|call|function|handler)\s*[:,—–-]\s`,
      // "AccountServlet:77 status concatenated ...": a type and a line.
      String.raw`[A-Z][\w-]{1,60}:\d{1,6}(?:[-/]\d{1,6})?[ \t]+(?=\S)`,
      // "reset_mfa, line 68: please don't RAISE LOG the secret": a function, then its line.
      String.raw`[\w.$-]{1,60}(?:\(\))?,\s+${PIN}\s*:\s`,
      // "withdraw() L70: raw_call BEFORE ...", "set_fee_bps L86: no cap": code, then its line.
      String.raw`(?:[\w.$-]{1,60}\(\)|[a-z][a-z0-9]*(?:_[a-z0-9]+)+|[a-z]+[A-Z][\w$]*)\s+${PIN}\s*:\s`,
      // "APIClient L38-42: ...", "Info.plist L3-4 NSAllowsArbitraryLoads=true": a file or type, then a line.
      String.raw`(?:[A-Z][\w-]{1,60}|[\w-]{1,60}\.[A-Za-z]{1,5})\s+${PIN}(?::\s|\s+(?=\S))`,
      String.raw`(?:nit(?:pick)?|minor|major|blocker|issue|suggestion|question|todo|fixme|typo|style|praise|kudos|thought|chore)(?:\s*\([^)\n]{0,40}\))?\s*:\s`,
      // "Q1 (predict, l.39 -> load_model l.28): what stops ...": numbered questions to the author.
      String.raw`Q\d{1,2}(?:\s*\([^)\n]{0,60}\))?\s*:\s`,
      // "\`kvp.c:84\` — nrec * size wraps", "\`CommentThread.tsx:66\` marked doesn't sanitize"
      String.raw`${CODE_PIN}\s*(?:[:—–]|-(?=\s))?\s*(?=\S)`,
    ].join("|") +
    ")",
  "i",
);
/**
 * Labels of comments that are by convention not defects: a nit is a trivial, preference-based
 * request ("nit: L18 ALLOWED could be a &[&str]"), as are typo and style remarks.
 */
const TRIVIAL_LABEL = new RegExp(
  String.raw`^[ \t]*(?:>[ \t]*)?(?:(?:[-*+]|\d{1,3}[.)])[ \t]+)?` +
    // "auth.ts:8   nit: ...": the place first, in a column of its own.
    String.raw`(?:\x60?[\w./\[\]-]{1,80}\.[A-Za-z]{1,5}(?::\d{1,6}(?:[-/]\d{1,6})?)?\x60?[ \t]+|${PIN}\s*:?[ \t]+)?` +
    String.raw`(?:nit(?:pick)?|typo|style|chore)(?:\s*\([^)\n]{0,40}\))?` +
    // "nit: ...", or "nit \`kvp.c:11\` — ...": the label, then a colon or the place.
    String.raw`(?:\s*:\s|[ \t]+(?=\x60?[\w./-]{1,80}\.[A-Za-z]{1,5}:\d|L\d))`,
  "i",
);
/** Whether a line or item opens with a check mark that fails ("❌", "⚠️"). */
export function opensWithFailingMark(text: string): boolean {
  const status = STATUS_MARK.exec(text);
  return status !== null && status[1] === undefined;
}

/** Whether a line or item opens with a check mark, passing, failing or not applicable. */
export function opensWithStatusMark(text: string): boolean {
  return STATUS_MARK.test(text);
}

/**
 * A check mark at the start of a line or item: one that passes or does not apply ("➖ N/A",
 * group 1), or one that fails.
 */
const STATUS_MARK =
  /^\s*(?:[-*+]\s+|\d{1,3}[.)]\s+)?(?:\*\*)?(?:(✅|✔️?|☑️?|🟢|\[x\]|➖|⚪|⬜|◻️?|⏭️?|\[(?:ok|pass(?:ed)?|n\/a|skip(?:ped)?|-)\s*\])|❌|✗|✘|✖️?|⚠️?|🔴|🟠|🟡|⛔|🚫|\[(?:fail(?:ed)?|warn(?:ing)?)\s*\])/iu;

/** "Q7 (not security): ...": a label that says the comment is about something else. */
const NOT_SECURITY_LABEL = /^[ \t]*(?:[-*+][ \t]+)?[^\n:]{0,40}\((?:not|non)[- ]security\)/i;

/** A comment labelled as a nit, typo or style remark, or as not about security: by convention not a defect. */
export function isTrivialComment(text: string): boolean {
  return TRIVIAL_LABEL.test(text) || NOT_SECURITY_LABEL.test(text);
}

/** Labels of comments that approve rather than object. */
const APPROVING_LABEL = /^[ \t]*(?:(?:[-*+]|\d{1,3}[.)])[ \t]+)?(?:praise|kudos)\b/i;
/** A short note that something checks out: "admin_delete_user ok", "L12 looks fine.", "auth.ts:30 lgtm". */
const APPROVES_BRIEFLY = /^[^\n]{0,60}?\b(?:(?:is|looks|seems)\s+)?(?:ok|okay|fine|good|correct|lgtm|safe|all good)\s*[.!]?\s*$/i;
const NEGATED = /\b(?:not|never|no longer)\b|n't\b/i;

function approvesBriefly(text: string): boolean {
  return APPROVES_BRIEFLY.test(text) && !NEGATED.test(text);
}
/** An answer to a yes/no question about the code ("Yes, the code is vulnerable ...", "No. The code ..."). */
const YES_ANSWER = /^yes\b[,.:;!]?\s/i;
const NO_ANSWER = /^no\b[,.:;!]\s/i;
const RATED_LINE =
  /\b(?:severity|risk)\s*[:=]\s*(?:critical|high|medium|moderate|low)\b|\[(?:critical|high|medium|moderate|low|p[0-3]|sev(?:erity)?[:\s-]*[1-4])\]|[—–]\s*[*_]{1,2}(?:critical|high|medium|moderate|low)[.,;]?[*_]{1,2}|\((?:critical|high|medium|moderate|low)\)\s*$/i;
const RATED_LEAD = /^(?:\*\*|__)[^*\n]{3,200}?[([](?:critical|high|medium|moderate|low)(?:[- ](?:severity|risk))?[)\]][.:]?(?:\*\*|__)/i;
/** Openers of a review's frame rather than its content. */
const FRAME_OPENER =
  /^(?:overall|in summary|to summari[sz]e|to conclude|in conclusion|conclusion|summary|therefore|thus|hence|in short|all in all|happy to|let me know|i hope|hope this|thanks|thank you|feel free|here is|here's|below is|i(?: have|'ve|’ve)? (?:reviewed|read|looked|went|analy[sz]ed|examined)|the (?:provided |following )?code (?:snippet )?(?:provided )?(?:is|appears|seems|looks|involves|implements)|given the context|upon (?:careful )?(?:inspection|review)|(?:apart|aside) from (?:these|this|that|the above)|other than (?:these|this|that|the above)|besides (?:these|this|that|the above)|otherwise,? (?:the|this|it|everything|all)\b|everything else\b|(?:the )?rest (?:of (?:the|it|this) (?:\w+ )?)?(?:looks|is|seems)\b)\b/i;

/** A paragraph that frames the review ("Overall, ...", "In conclusion, ...") rather than raising a point. */
export function opensFrame(paragraph: string): boolean {
  return FRAME_OPENER.test(paragraph.trimStart());
}

/** A statement, such as a heading or a verdict line, that there is nothing wrong ("No vulnerabilities found"). */
export function saysNothingIsWrong(statement: string): boolean {
  const lower = squeezeWhitespace(statement).toLowerCase().trim();
  if (/^(?:(?:result|verdict|status|conclusion|outcome)\s*:\s*)?(?:no (?:security )?(?:issues|vulnerabilities|findings|defects|problems|concerns)|clean|all clear|not vulnerable)\W*$/.test(lower)) return true;
  return deniesDefects(lower);
}

/** A "no defects" statement that nothing after it takes back (lowercased text). */
function deniesDefects(lower: string): boolean {
  const noDefects = NO_DEFECTS.exec(lower);
  return noDefects !== null && !takesBack(lower.slice(noDefects.index));
}

/**
 * Whether what follows a "no defects" statement brings a concern back in: a "but"/"however"
 * followed by a sentence that is more than a hedge about the reviewer's own certainty.
 */
export function takesBack(rest: string): boolean {
  const contrast = CONTRAST.exec(rest);
  if (!contrast) return false;
  const sentences = sentencesOf(rest.slice(contrast.index));
  return sentences.some((sentence) => !CAVEAT.test(sentence) && countTerms(sentence, CONCERN_TERMS) > 0);
}

/**
 * "There are no out-of-bounds writes in this function", "no risk of use-after-free here": the
 * absence of a threat (not of a safeguard: "no input validation" is a concern).
 */
const NO_THREAT =
  /\b(?:there (?:is|are|was|were) no|no (?:risk|possibility|chance|evidence|sign|instance)s? of|no)\s+(?:(?:apparent|obvious|direct|potential|immediate|real|actual|further|other|such)\s+)?(?:[\w-]+\s+){0,2}?(?:vulnerabilit(?:y|ies)|(?:integer |buffer )?overflows?|out-of-bounds|use[- ]after[- ]free|(?:null(?: pointer)? )?dereferences?|double[- ]free|memory leaks?|leaks?|injections?|traversal|race conditions?|issues?|risks?|problems?|concerns?)\b(?!\s*(?:checks?|checking|protection|guards?|detection|handling|validation|prevention|mitigation))/;

/**
 * `comment`: the text is one line of a block of terse review comments, pinned to code like its
 * neighbours. `afterFinding`: the unit just before it was a finding.
 */
export function raisesConcern(rawText: string, kind: UnitKind, opts: { comment?: boolean; afterFinding?: boolean } = {}): boolean {
  // A checklist's own verdict on the line: "❌ SSH open to 0.0.0.0/0", "✅ ALB exposes only 443".
  const status = STATUS_MARK.exec(rawText);
  if (status) return status[1] === undefined;
  const text = squeezeWhitespace(rawText);
  const lower = text.toLowerCase().replace(DEPENDENCY_INJECTION, "");
  if (NOTHING_FIELD.test(lower)) return false;
  // An item or paragraph whose first sentence says a threat is absent is a clean bill, unless it
  // goes on with "but". (A section with a heading was written about a problem, whatever it concludes.)
  if (kind !== "heading" && clearsThreat(lower.replace(/^\s*(?:\d{1,3}[.)]|[-*+])\s+/, ""))) return false;
  const concern = countTerms(lower, CONCERN_TERMS) + countMatches(lower, CONCERN_PATTERNS);
  const praise = countTerms(withoutAdvice(lower), PRAISE_TERMS);
  if (kind === "prose") {
    const opening = lower.trimStart();
    if (FRAME_OPENER.test(opening) && concern < 4) return false;
    if (opensWithPraise(opening) || ADVICE_OPENER.test(opening) || CROSS_REFERENCE.test(opening) || introducesReview(text)) return false;
    if (NO_ANSWER.test(opening) && !takesBack(opening)) return false;
    // "Yes, the code contains CWE-416": the answer names the weakness it was asked about.
    if (YES_ANSWER.test(opening) && (concern > 0 || /\bcwe-\d/.test(opening)) && !NO_DEFECTS.test(opening)) return true;
    if (deniesDefects(lower)) return false;
    if (concern >= 2 && concern > praise) return true;
    // "**The bucket is public (medium).** ...": a bold title that carries its rating names a problem.
    if (RATED_LEAD.test(opening) && concern >= praise) return true;
    // The announcement is itself a word of trouble, whatever words the explanation uses.
    if (announcesProblem(opening) && concern + 1 >= praise) return true;
    // "Second, the set_invoice callback looks up invoices with Invoice.find(params[:id]) ...": the
    // next point of a list of problems told in paragraphs, after one that was a finding.
    if (opts.afterFinding && NEXT_POINT.test(opening) && !opensFrame(opening.replace(NEXT_POINT, "")) && concern >= praise && namesCode(text)) return true;
    // "The gpg call itself goes through shell=True ...": after a paragraph that was a finding, one
    // that points at code and names trouble is the next point, told without "Second,".
    if (opts.afterFinding && concern > praise && namesCode(text) && isSentences(text) && !opensFrame(opening)) return true;
    // "The \`order\` query has an authorization gap ... readable by any customer": a paragraph that
    // asserts a class of defect in the weakness table's words, with no word of praise beside it.
    // (Its opening is enough to tell, and bounds the work on a hostile megabyte of prose.)
    if (praise === 0 && isSentences(text) && describesWeakness(withoutInstructions(text.slice(0, DESCRIPTION_CHARS)))) return true;
    // A paragraph that points at the code and then says how to fix it was written about a problem:
    // "... goes into filepath.Join on line 41 unmodified ... Keep only filepath.Base of the name."
    return concern >= praise && (concern > 0 || namesCode(text)) && recommendsFix(text);
  }
  if (FINDING_FIELD.test(text)) return true;
  // A title that classifies itself ("... (lines 56–65, CWE-208)") was written about a problem.
  // So is one whose classification stands on the line under its title ("### Low — Partner key ...", "**CWE-798**").
  if (/\bcwe-\d{1,4}\b/.test(lower.split("\n", 1)[0]) && concern + 1 >= praise) return true;
  if (kind === "heading" && /^[^\n]*\n\s*(?:\*\*|__)?\s*cwe-\d{1,4}\b[^\n]{0,40}$/m.test(lower.trimStart()) && concern + 2 >= praise) return true;
  // A nit is by convention no defect, whatever words of trouble it uses ("nit: a failed post just disappears").
  if (isTrivialComment(text) || isTrivialComment(rawText)) return false;
  // A review comment pinned to a line, or labelled "suggestion:", raises something unless it approves.
  if (opts.comment || COMMENT_LABEL.test(text) || COMMENT_LABEL.test(rawText)) return !APPROVING_LABEL.test(text) && !approvesBriefly(text) && concern >= praise;
  // A reviewer's question about the code ("Is there a size cap anywhere?") raises it, unless it approves.
  if (kind === "item" && /^[^.!?\n]{8,200}\?(?:\s|$)/.test(text.replace(/^\s*(?:\d{1,3}[.)]|[-*+])\s+/, "")) && praise === 0) return true;
  // "... Enable annual rotation; it is transparent to S3 and Glue. CWE-320.": an item that classifies its
  // point with a weakness id was written about a problem, unless it praises more than it worries.
  if (kind === "item" && /\bcwe-\d{1,4}\b/.test(lower) && concern >= praise) return true;
  // A first line that rates the problem ("... Severity: MEDIUM") was written about a problem.
  // (Its praise is often for the code around it: "The ownership check on L55 is correct, but ...".)
  if (RATED_LINE.test(text.split("\n", 1)[0]) && concern + 1 >= praise) return true;
  // Without a word of trouble, only something laid out like a finding counts: a heading, a bold
  // title, or an item with details under it. A bare descriptive bullet ("`init()` sets up the
  // socket") is an explanation of the code.
  if (concern === 0) return praise === 0 && (kind === "heading" || kind === "row" || looksLikeFindingLayout(text));
  // A tie means a list item that weighs a worry against its mitigation; a whole section that does so still raises it.
  return concern > praise || concern >= 3 || (concern === praise && kind === "heading");
}

/**
 * The text without its fix advice: "*Fix:* use execFile, as scan() already does" praises other
 * code, not the code the finding is about.
 */
const ADVICE_PARAGRAPH = /(?:^|\n)[ \t]*(?:[-*+][ \t]+)?[*_]{0,2}(?:fix|suggested fix|recommendation|recommended fix|solution|mitigation|remediation)[*_]{0,2}[ \t]*:[^\n]*(?:\n(?![ \t]*\n)[^\n]*)*/g;

function withoutAdvice(lower: string): string {
  return sentencesOf(lower.replace(ADVICE_PARAGRAPH, "\n"))
    .filter((sentence) => !IMPERATIVE_FIX.test(sentence))
    .join(" ");
}

/** A text's sentences, cut after ".", "!" or "?" and the space that follows. */
function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/);
}

/** "Whitelist the columns the way you already do for 'dir'.": a fix told as an order, in lower case. */
const IMPERATIVE_FIX =
  /^(?:please,?\s+)?(?:use|avoid|add|replace|restrict|validate|escape|sanitize|encode|whitelist|allow-?list|remove|drop|move|limit|switch|require|verify|compare|strip|quote|parameteri[sz]e|hash|build|call|generate|check|pass|keep|wrap|set|enable|disable)\s/;

function countMatches(lower: string, patterns: readonly RegExp[]): number {
  return patterns.filter((p) => p.test(lower)).length;
}

/** How much of a paragraph is read for a weakness it describes. */
const DESCRIPTION_CHARS = 4000;

/** Written in words rather than code: a quoted line of code ("31: TLSClientConfig: &tls.Config{...}") names things too. */
function isSentences(text: string): boolean {
  return (text.match(/(?:^|\s)[a-z]{2,}(?=[\s,.;:])/g) ?? []).length >= 6;
}

/** "Check if the function writes beyond the bounds.": a step of an analysis, which names what it looks for. */
const INSTRUCTION = /^(?:check|verify|determine|examine|analy[sz]e|look at|see|let's|let us|we (?:need|have|should|must|will) (?:to )?(?:check|verify|see|look|determine))\b/i;

function withoutInstructions(text: string): string {
  return sentencesOf(text)
    .filter((sentence) => !INSTRUCTION.test(sentence.trim()))
    .join(" ");
}

/** A line number, or a name that can only be code: `x`, a.b, snake_case, call(), camelCase. */
export function namesCode(text: string): boolean {
  return /\b(?:lines?|L)\s*\d{1,6}\b|`[^`\n]{1,80}`|\b[A-Za-z_]\w*\.[A-Za-z_]\w*\b|\b[a-z]+_[a-z0-9_]+\b|\b\w{2,}\(\)|\b[a-z]+[A-Z]\w+/.test(text);
}

/**
 * A sentence after the first that tells the author what to change: an imperative ("Escape it",
 * "Whitelist the fields", "Set ReadHeaderTimeout") or "We should ...". Sentences start with a
 * capital: code pasted as text ("; return x;") does not count.
 */
const FIX_SENTENCE = new RegExp(
  String.raw`[.!?]\s+(?:(?:So|Instead,?|Better,?|Please,?|I'd|I would|We should|You should|It should|This should|The \w+ should) (?:use|avoid|add|replace|restrict|validate|escape|sanitize|encode|set|wrap|force|check|reject|whitelist|allow-list|allowlist|remove|drop|keep|log|store|move|confine|pin|rotate|limit|cap|bound|switch|enable|disable|make sure|ensure|require|refuse|verify|compare|clamp|strip|quote|parameteri[sz]e|hash|encrypt|name|put|return|answer|fail|abort)|(?:Use|Avoid|Add|Replace|Restrict|Validate|Escape|Sanitize|Encode|Set|Wrap|Force|Check|Reject|Whitelist|Allow-list|Allowlist|Remove|Drop|Keep|Log|Store|Move|Confine|Pin|Rotate|Limit|Cap|Bound|Switch|Enable|Disable|Make sure|Ensure|Require|Refuse|Verify|Compare|Clamp|Strip|Quote|Parameteri[sz]e|Hash|Encrypt|Name|Put|Return|Answer|Fail|Abort|Rewrite|Derive|Look|Scope|Change|Prefer|Sign|Bind|Generate|Filter|Normali[sz]e|Canonicali[sz]e|Resolve|Apply))\b(?! (?:if|whether)\b)`,
);

function recommendsFix(text: string): boolean {
  return FIX_SENTENCE.test(text.slice(0, 4000));
}

/** "Second, ...", "Finally, ...": a paragraph's place in a run of points. */
const NEXT_POINT = /^(?:second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?|next|finally|lastly|last)\b,?/i;

/**
 * The review's introduction: what the reviewer did ("so I reviewed it with that in mind") or a
 * preview of what follows ("The problems are in the places where ...", "I found a few problems
 * worth fixing"), in a paragraph that points at no line of the code.
 */
/** "line 90", "L90", "views.py:88": a place in the code, which an opening that only introduces a review does not name. */
export const NAMES_A_LINE = /\b(?:lines?|L)\s*\d|\.[A-Za-z]{1,5}:\d/;

function introducesReview(text: string): boolean {
  if (NAMES_A_LINE.test(text)) return false;
  const sentences = sentencesOf(text.trim());
  const last = sentences[sentences.length - 1];
  return REVIEWER_AT_WORK.test(text) || PREVIEW.test(last);
}

const REVIEWER_AT_WORK = /\bI (?:have |'ve )?(?:reviewed|went through|looked (?:at|through)|read through|analy[sz]ed|examined)\b[^.]{0,80}\b(?:in mind|with (?:a|an|the|that) [\w -]{0,40}(?:model|lens|focus)|method by method|file by file|line by line)\b/i;
const PREVIEW =
  /^(?:(?:but|however),?\s+)?(?:the (?:main |real |remaining )?(?:problems|issues|weaknesses|defects) (?:are|lie|sit) in\b|(?:unfortunately,?\s+)?(?:there are|i found|i see|i noticed) (?:also )?(?:a few|several|some|two|three|four|five|multiple|many|a couple of) (?:[\w-]+ ){0,2}(?:problems|issues|concerns|findings|vulnerabilities|weaknesses|defects)\b)/i;

/**
 * "Findings 1 and 3 compound each other", "#2 and #4 chain", "**On #4 and #5 together:**", "Re #2:":
 * how findings told before combine, or a note on one of them, not another one.
 */
const NUMBERED_REFERENCE = String.raw`(?:(?:findings?|issues?|items?|points?)\s+#?\d{1,3}|#\d{1,3})`;
const CROSS_REFERENCE = new RegExp(
  String.raw`^(?:\*\*|__)?(?:${NUMBERED_REFERENCE}(?:\s*(?:,|and|&|\+|\/)\s*#?\d{1,3})+\b|(?:on|re:?|regarding|about)\s+${NUMBERED_REFERENCE}\b)`,
  "i",
);

/** "To fix this vulnerability, ...", "The fix is to ...": how to fix the problem told before, not another one. */
const ADVICE_OPENER =
  /^(?:to (?:fix|mitigate|address|remediate|resolve|prevent|avoid|correct) (?:this|these|that|those|the|both|all)\b|(?:the|a) (?:fix|remedy|mitigation|solution|remediation) (?:is|would be|here is)\b)/i;

/**
 * "A few things are handled well. Passwords are verified with BCrypt, ... so the page looks safe
 * against cross-site scripting.": a paragraph that opens by praising, and never turns ("but",
 * "however"), lists what is right, whatever threats it names as handled.
 */
function opensWithPraise(opening: string): boolean {
  const first = opening.slice(0, firstSentenceEnd(opening));
  return countTerms(first, PRAISE_TERMS) > 0 && countTerms(first, CONCERN_TERMS) === 0 && !CONTRAST.test(opening);
}

/** A word that qualifies the problem ("second, unrelated", "most serious"), not one that makes it part of another phrase ("the fix for this issue"). */
const MODIFIER = String.raw`(?!(?:for|of|to|with|in|on|this|that|these|those|the|fix|solution|remedy|way|root)\b)[\w-]+,?\s+`;
/**
 * A first sentence that says it is about to present a problem: "A second, unrelated issue is the
 * onlyOwner modifier ...", "transferCredit has an arithmetic bug on line 74", "I also noticed that
 * setFeeCollector has no access modifier at all". Prose reviews open each point this way and then
 * explain it in words of their own that the term lists may miss.
 */
const ANNOUNCES_PROBLEM = new RegExp(
  [
    // "A second, unrelated issue is", "Another problem:", "The other concern here" (not "The vulnerability is", which goes on about the last one).
    String.raw`^(?:(?:a|an|another|one)\s+(?:${MODIFIER}){0,3}?|(?:the|my|our)\s+(?:${MODIFIER}){1,3}?)(?:issue|problem|bug|flaw|concern|weakness|vulnerability|defect|mistake|gap|hole)s?\b(?!\s+(?:i (?:checked|looked|considered)|that (?:i|we) (?:checked|ruled out)))(?=\s*(?:[:,—–-]|is\b|here\b|with\b|in\b|on\b|lies\b|concerns\b|sits\b|appears\b|shows\b))`,
    // "transferCredit has an arithmetic bug", "The fee path contains a subtle flaw".
    String.raw`(?<!\b(?:if|whether)\s+(?:[\w.()\x60-]+\s+){0,5})\b(?:has|have|contains?|introduces?)\s+(?:an?|one|another|a second)\s+(?:[\w-]+\s+){0,2}?(?:bug|flaw|vulnerability|defect|problem|weakness|hole|gap|loophole)\b`,
    // "The Info.plist makes this worse by turning App Transport Security off": one more problem on top of the last.
    String.raw`\b(?:makes?|making)\s+(?:this|that|it|things|matters|the (?:problem|issue|risk|exposure))\s+(?:even\s+|much\s+)?worse\b|\bcompound(?:s|ing)?\s+(?:this|that|the (?:problem|issue|risk))\b`,
    // "I also noticed that setFeeCollector ... has no access modifier at all".
    String.raw`^(?:i\s+(?:also\s+)?(?:noticed|spotted|found)|i\s+also\s+(?:see|saw))\s+(?:that\s+)?\S[^.]*\b(?:has|have|is|are|does|do|lacks?)\s+(?:no|not|never|missing|without)\b`,
  ].join("|"),
  "i",
);

/** "The code has a security defect:", "This contract has several bugs.": what the review found overall, said before the points. */
const OVERALL_ANNOUNCEMENT = /^(?:the|this|that)\s+(?:(?:provided|given|above|following|reviewed)\s+)?(?:code|snippet|file|module|program|contract|class|script|application|app|service|controller)\s/i;

function announcesProblem(paragraph: string): boolean {
  const first = paragraph.slice(0, firstSentenceEnd(paragraph));
  if (OVERALL_ANNOUNCEMENT.test(first) || /:\s*$/.test(paragraph)) return false;
  return ANNOUNCES_PROBLEM.test(first) && !NEGATED_PROBLEM.test(first);
}

/** "The one issue I expected, CSRF, is not present": a problem announced only to be ruled out. */
const NEGATED_PROBLEM = /\b(?:not (?:present|an issue|a problem|exploitable|reachable)|no longer|(?:is|are) (?:fine|handled|safe|mitigated))\b/i;

/**
 * A scanner's result the reviewer dismisses: "`subprocess-shell-true` (orders.py:90): not exploitable
 * here, since ...". A hedge is no dismissal: "this may not be exploitable if the link layer caps frames".
 */
const DISMISSED = /(?<!\b(?:may|might|could|probably) )\b(?:(?:is )?not|isn't|never) (?:\w+ )?exploitable\b|\bfalse positive\b|\bsafe to (?:ignore|suppress)\b/;

function clearsThreat(lower: string): boolean {
  const noThreat = NO_THREAT.exec(lower) ?? DISMISSED.exec(lower);
  return noThreat !== null && noThreat.index < firstSentenceEnd(lower) && !CONTRAST.test(lower.slice(noThreat.index));
}

function firstSentenceEnd(lower: string): number {
  const end = /[.!?](?:\s|$)/.exec(lower);
  return end ? end.index : lower.length;
}

function looksLikeFindingLayout(text: string): boolean {
  const content = text.replace(/^\s*(?:\d{1,3}[.)]|[-*+])\s+/, "");
  return /^(?:\*\*|__)|^\[[A-Za-z]+\]/.test(content) || /\n[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]/.test(content) || /\n[ \t]*\n/.test(content.trim());
}

/** A heading of praise ("Things I checked that are fine", "What's good"): its section holds no findings. */
export function isPraiseTitle(title: string): boolean {
  const lower = title.toLowerCase();
  return countTerms(lower, PRAISE_TERMS) > 0 && countTerms(lower, CONCERN_TERMS) === 0;
}

/** How many distinct words of trouble a text uses: a title like "Insecure key handling" has some. */
export function concernTermCount(text: string): number {
  return countTerms(text.toLowerCase(), CONCERN_TERMS);
}

function countTerms(lower: string, terms: string[]): number {
  const mitigable = terms === CONCERN_TERMS;
  let n = 0;
  for (const term of terms) if (containsAtWordStart(lower, term, mitigable)) n++;
  return n;
}

function containsAtWordStart(lower: string, term: string, mitigable: boolean): boolean {
  let at = lower.indexOf(term);
  while (at >= 0) {
    if ((at === 0 || !/[a-z0-9]/.test(lower[at - 1])) && !(mitigable && MITIGATION.test(lower.slice(Math.max(0, at - 60), at)))) return true;
    at = lower.indexOf(term, at + 1);
  }
  return false;
}
