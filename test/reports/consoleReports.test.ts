import { describe, expect, it } from "vitest";
import { normalizeFinding } from "../../lib/findings/normalizeFinding";
import { parseReport } from "../../lib/reports/parseReport";

// Scanners' console reports whose findings run over several lines, in each tool's own layout (written for these tests).

function read(text: string, name: string) {
  const report = parseReport(text, name);
  return { report, findings: report.findings.map((raw, i) => normalizeFinding(raw, i + 1)) };
}

describe("kube-score's console output", () => {
  const text = `apps/v1/Deployment orders-api in orders                                       💥
    [CRITICAL] Container Security Context Privileged
        · orders-api -> The container is privileged
            Set securityContext.privileged to false. Privileged containers can
            access all devices on the host.
    [CRITICAL] Container Resources
        · orders-api -> CPU limit is not set
            Resource limits are recommended to avoid resource DDOS.
    [WARNING] Deployment has host PodAntiAffinity
        · Deployment does not have a host podAntiAffinity set
            It's recommended to set a podAntiAffinity.
    [OK] Stable version
v1/Service orders-api in orders                                               ✅
`;

  it("reads each bullet under a critical or warning check as a finding, the check as its rule", () => {
    const { findings } = read(text, "kube-score.txt");
    expect(findings.map((f) => [f.title, f.severity, f.ruleId])).toEqual([
      ["The container is privileged", "high", "Container Security Context Privileged"],
      ["CPU limit is not set", "high", "Container Resources"],
      ["Deployment does not have a host podAntiAffinity set", "medium", "Deployment has host PodAntiAffinity"],
    ]);
    expect(findings[0].symbols).toEqual(expect.arrayContaining(["orders-api"]));
    expect(text.slice(findings[0].span.start, findings[0].span.end)).toMatch(/^· orders-api -> The container is privileged\n[\s\S]*on the host\.$/);
  });
});

describe("Trivy's table output for misconfigurations", () => {
  const text = `2025-06-11T09:42:17+02:00	INFO	[misconfig] Misconfiguration scanning is enabled

Dockerfile (dockerfile)
=======================
Tests: 28 (SUCCESSES: 26, FAILURES: 2)

AVD-DS-0002 (HIGH): Last USER command in Dockerfile should not be 'root'
════════════════════════════════════════
Running containers with 'root' user can lead to a container escape situation.

See https://avd.aquasec.com/misconfig/ds002
────────────────────────────────────────
 Dockerfile:35
────────────────────────────────────────
  35 [ USER root
────────────────────────────────────────


AVD-DS-0026 (LOW): Add HEALTHCHECK instruction in your Dockerfile
════════════════════════════════════════
You should add HEALTHCHECK instruction in your docker container images.
`;

  it("reads each failed check as a finding, with its id, severity, file and line", () => {
    const { findings } = read(text, "trivy.txt");
    expect(findings.map((f) => [f.title, f.severity, f.ruleId, f.path, f.lines[0]?.start ?? null])).toEqual([
      ["Last USER command in Dockerfile should not be 'root'", "high", "AVD-DS-0002", "Dockerfile", 35],
      ["Add HEALTHCHECK instruction in your Dockerfile", "low", "AVD-DS-0026", null, null],
    ]);
  });
});

describe("kubesec's JSON", () => {
  it("reads an object's critical and advised checks as findings, its passed ones and unscored objects as none", () => {
    const json = `[{"object": "Service/api.orders", "valid": true, "fileName": "rendered.yaml", "message": "This resource kind is not supported by kubesec", "score": 0, "scoring": {}},
      {"object": "Deployment/api.orders", "valid": true, "fileName": "rendered.yaml", "message": "Failed with a score of -30 points", "score": -30,
       "scoring": {"critical": [{"id": "Privileged", "selector": "containers[] .securityContext .privileged == true", "reason": "Privileged containers can allow almost completely unrestricted host access", "points": -30}],
                   "advise": [{"id": "ReadOnlyRootFilesystem", "selector": "containers[] .securityContext .readOnlyRootFilesystem == true", "reason": "An immutable root filesystem can prevent malicious binaries being added to PATH", "points": 1}],
                   "passed": [{"id": "ServiceAccountName", "selector": ".spec .serviceAccountName", "reason": "Service accounts restrict Kubernetes API access", "points": 3}]}}]`;
    const { findings } = read(json, "kubesec.json");
    expect(findings.map((f) => [f.title, f.severity, f.path])).toEqual([
      ["Privileged containers can allow almost completely unrestricted host access", "critical", "rendered.yaml"],
      ["An immutable root filesystem can prevent malicious binaries being added to PATH", "low", "rendered.yaml"],
    ]);
  });
});

describe("KubeLinter's console output", () => {
  const text = `KubeLinter 0.7.1

deploy/shop.yaml: (object: <no namespace>/shop-admin rbac.authorization.k8s.io/v1, Kind=ClusterRoleBinding) cluster-admin role is bound to [{"kind":"ServiceAccount","name":"api","namespace":"shop"}] (check: cluster-admin-role-binding, remediation: Create and assign a separate role that has access to specific resources/actions needed for the service account.)

deploy/shop.yaml: (object: shop/api apps/v1, Kind=Deployment) container "api" is privileged (check: privileged-container, remediation: Do not run your container as privileged unless it is required.)

Error: found 2 lint errors
`;

  it("reads each result line as a finding: the message as title, the check as rule; the object is a place, no code name", () => {
    const { findings } = read(text, "kube-linter.txt");
    expect(findings.map((f) => [f.title, f.ruleId, f.path])).toEqual([
      ['cluster-admin role is bound to [{"kind":"ServiceAccount","name":"api","namespace":"shop"}]', "cluster-admin-role-binding", "deploy/shop.yaml"],
      ['container "api" is privileged', "privileged-container", "deploy/shop.yaml"],
    ]);
    // Every check failed on one deployment names it: its name would join them all.
    expect(findings[0].symbols).not.toContain("shop-admin");
    expect(text.slice(findings[1].span.start, findings[1].span.end)).toMatch(/^deploy\/shop\.yaml: \(object: shop\/api[^\n]*required\.\)$/);
  });
});

describe("Sobelow's console output", () => {
  const text = `##############################################
#                                            #
#          Running Sobelow - v0.13.0         #
#                                            #
##############################################

SQL.Query: SQL injection - Medium Confidence
File: lib/shop_web/controllers/order_controller.ex
Line: 30
Function: index:17
Variable: sql

-----------------------------------------------

Traversal.SendFile: Directory Traversal in \`send_file\` - High Confidence
File: lib/shop_web/controllers/order_controller.ex
Line: 65
Function: download:57
Variable: path

-----------------------------------------------

... SCAN COMPLETE ...
`;

  it("reads each finding under the banner, with its type as rule and its file, line, function and variable, and no severity", () => {
    const { findings } = read(text, "sobelow.txt");
    expect(findings.map((f) => [f.title, f.ruleId, f.path, f.lines[0]?.start, f.severity])).toEqual([
      ["SQL injection", "SQL.Query", "lib/shop_web/controllers/order_controller.ex", 30, null],
      ["Directory Traversal in `send_file`", "Traversal.SendFile", "lib/shop_web/controllers/order_controller.ex", 65, null],
    ]);
    expect(findings[0].symbols).toEqual(expect.arrayContaining(["index", "sql"]));
    expect(text.slice(findings[1].span.start, findings[1].span.end)).toMatch(/^Traversal\.SendFile[\s\S]*Variable: path$/);
  });
});

describe("Slither's console output", () => {
  const text = `'solc --version' running
INFO:Detectors:
Vault.sweep() (contracts/Vault.sol#76-80) sends eth to arbitrary user
	Dangerous calls:
	- address(recipient).transfer(amount) (contracts/Vault.sol#80)
Reference: https://github.com/crytic/slither/wiki/Detector-Documentation#functions-that-send-ether-to-arbitrary-destinations
INFO:Detectors:
Vault.withdraw(uint256) (contracts/Vault.sol#62-73) performs a multiplication on the result of a division:
	- fee = gross / MAX_BPS * feeBps (contracts/Vault.sol#67)
Vault.preview(uint256) (contracts/Vault.sol#107-113) performs a multiplication on the result of a division:
	- gross - gross / MAX_BPS * feeBps (contracts/Vault.sol#113)
Reference: https://github.com/crytic/slither/wiki/Detector-Documentation#divide-before-multiply
INFO:Slither:contracts/Vault.sol analyzed (3 contracts with 93 detectors), 3 result(s) found
`;

  it("reads each result of each detector, with the detector's documentation anchor as rule and the result's first place", () => {
    const { findings } = read(text, "slither.txt");
    expect(findings.map((f) => [f.title, f.ruleId, f.path, f.lines[0]?.start, f.lines[0]?.end])).toEqual([
      ["Vault.sweep() sends eth to arbitrary user", "functions-that-send-ether-to-arbitrary-destinations", "contracts/Vault.sol", 76, 80],
      ["Vault.withdraw(uint256) performs a multiplication on the result of a division", "divide-before-multiply", "contracts/Vault.sol", 62, 73],
      ["Vault.preview(uint256) performs a multiplication on the result of a division", "divide-before-multiply", "contracts/Vault.sol", 107, 113],
    ]);
    expect(text.slice(findings[0].span.start, findings[0].span.end)).toMatch(/^Vault\.sweep\(\)[\s\S]*\(contracts\/Vault\.sol#80\)$/);
  });
});

describe("diagnostics drawn with source snippets (rustc, Clippy, zizmor)", () => {
  const zizmor = ` INFO zizmor: 🌈 zizmor v1.12.1
error[template-injection]: code injection via template expansion
  --> .github/workflows/label.yml:19:34
   |
19 |           echo "Title: \${{ github.event.pull_request.title }}"
   |                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ may expand into attacker-controllable code
   |
   = note: audit confidence → High

warning[artipacked]: credential persistence through GitHub Actions artifacts
  --> .github/workflows/label.yml:13:9
   |
13 |       - uses: actions/checkout@v4
   |         ^^^^^^^^^^^^^^^^^^^^^^^^^ does not set persist-credentials: false
   |
   = note: audit confidence → Low

2 findings: 0 informational, 0 low, 1 medium, 1 high
`;

  it("reads each header with an arrow under it as a finding: its level, code, file and line, the snippet as its body", () => {
    const { findings } = read(zizmor, "zizmor.txt");
    expect(findings.map((f) => [f.title, f.ruleId, f.path, f.lines[0]?.start])).toEqual([
      ["code injection via template expansion", "template-injection", ".github/workflows/label.yml", 19],
      ["credential persistence through GitHub Actions artifacts", "artipacked", ".github/workflows/label.yml", 13],
    ]);
    expect(zizmor.slice(findings[0].span.start, findings[0].span.end)).toMatch(/^error\[template-injection\][\s\S]*audit confidence → High$/);
  });

  it("reads rustc's plain output, and leaves the build's tally (a header with no arrow) out", () => {
    const rustc = `warning: unused variable: \`token\`
 --> src/main.rs:12:9
  |
12 |     let token = read_token();
  |         ^^^^^ help: if this is intentional, prefix it with an underscore: \`_token\`
  |
  = note: \`#[warn(unused_variables)]\` on by default

warning: \`filedrop\` (bin "filedrop") generated 1 warning
`;
    const { findings } = read(rustc, "cargo-build.txt");
    expect(findings.map((f) => [f.title, f.path, f.lines[0]?.start])).toEqual([["unused variable: `token`", "src/main.rs", 12]]);
  });

  it("leaves a markdown review that quotes one such diagnostic in a fence to the markdown reader", () => {
    const review = "## Findings\n\n1. **Unused token** — the compiler says:\n\n```\nwarning: unused variable: `token`\n --> src/main.rs:12:9\n```\n\nThis hides a missing auth check.\n";
    expect(parseReport(review, "review.md").format).toBe("markdown");
  });
});
