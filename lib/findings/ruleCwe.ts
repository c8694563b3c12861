/**
 * The CWE a scanner's rule stands for, when the tool's output leaves it out: gosec gives its CWE in
 * its own JSON and SARIF, but not through golangci-lint ("G204: Subprocess launched with a potential
 * tainted input or cmd arguments") or in its text output. From gosec's rule table (issue.go), but for
 * G107 ("Potential HTTP request made with variable url"), which gosec files under CWE-88 and every
 * reviewer calls server-side request forgery (CWE-918).
 */
const GOSEC_CWE: Readonly<Record<string, number>> = {
  G101: 798, G102: 200, G103: 242, G104: 703, G106: 322, G107: 918, G108: 200, G109: 190, G110: 409, G111: 22,
  G112: 400, G113: 190, G114: 676, G115: 190, G201: 89, G202: 89, G203: 79, G204: 78, G301: 276, G302: 276,
  G303: 377, G304: 22, G305: 22, G306: 276, G307: 703, G401: 326, G402: 295, G403: 310, G404: 338, G405: 327,
  G406: 328, G501: 327, G502: 327, G503: 327, G504: 327, G505: 327, G506: 327, G507: 327, G601: 118, G602: 118,
};

/**
 * PMD's security rules, whose messages rarely name the weakness ("Avoid untrusted/unescaped variables
 * in DML query" is SOQL injection): from PMD's rule documentation for Apex and Java.
 */
const PMD_CWE: Readonly<Record<string, number>> = {
  ApexSOQLInjection: 89, ApexXSSFromURLParam: 79, ApexXSSFromEscapeFalse: 79, ApexOpenRedirect: 601, ApexCRUDViolation: 285,
  ApexSharingViolations: 284, ApexCSRF: 352, ApexInsecureEndpoint: 319, ApexSuggestUsingNamedCred: 798, ApexBadCrypto: 329,
  ApexDangerousMethods: 749, HardCodedCryptoKey: 321, InsecureCryptoIv: 329,
};

/** "G204" as the rule, or opening a scanner's message ("G204: Subprocess launched ..."). */
const GOSEC_CODE = /^(G\d{3})\b/;

/** The CWE of a tool's result from its rule's code, or null. Only for a tool's result (it has a rule id). */
export function cweOfRule(ruleId: string | null | undefined, title: string): string | null {
  if (!ruleId) return null;
  const pmd = PMD_CWE[ruleId.replace(/^.*[/.:]/, "")];
  if (pmd) return `CWE-${pmd}`;
  const code = GOSEC_CODE.exec(ruleId)?.[1] ?? GOSEC_CODE.exec(title.trim())?.[1];
  const cwe = code ? GOSEC_CWE[code] : undefined;
  return cwe ? `CWE-${cwe}` : null;
}
