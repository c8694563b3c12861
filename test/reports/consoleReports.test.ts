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
