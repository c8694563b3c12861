import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { CorpusScore } from "../../scripts/eval-corpus";
import { runCorpus } from "../support/corpusRun";

/**
 * Two more held-out corpora, written by people who had not seen the parsers or the grouping.
 *
 * test/fixtures/subjects-2: an ASP.NET accounts controller, a Go inventory service (one reviewer
 * finds nothing), a Spring upload service in two files numbered separately, and a Ruby webhook
 * worker, five reviewers each. Its first run found report shapes the parsers missed (numbered
 * "[1]" paragraphs beside a list of notes, "* Security Concern: X" item after item, "L59 ..."
 * comments without a colon) and wrong joins of one weakness at different places (SQL injection in
 * two methods), which the grouping weights were then chosen to avoid together with the other
 * corpora (pairScore.ts).
 *
 * test/fixtures/subjects-3, written after those weights were chosen: a Laravel controller (with a
 * Semgrep SARIF log among the reviews), Next.js API routes, a FastAPI service and a C config
 * parser, with step-by-step answers, ISSUE/WHERE/RISK paragraphs, comments pinned to file and line,
 * and clean reports with caveats. The new weights raised its B-cubed F1 from 0.933 to 0.950 before
 * it had been looked at; its own first run then drove the extraction fixes it names.
 *
 * test/fixtures/subjects-4: an Android app (with a MobSF-style SARIF log), a C++ image decoder (with
 * a CodeQL SARIF log and a table-only report), and two subjects in the style of the LLM answers of
 * the dev corpus's source (a Nova-like compute API and a Qt download handler, 7-8 reviewers each,
 * "No security defects are detected in the code." among them). Its first run found <details>
 * proofs of concept read as findings, checklists, numbered points "1.1" under categories and
 * recommendation lists beside a prose finding.
 *
 * test/fixtures/subjects-5: a Go SSH bastion, an Express payments webhook and Django report views,
 * 5-6 reviewers each. Its first run (extraction 0.897) found findings nested under a "## Summary"
 * heading after its table, and blockquoted comments pinned to a bold file:line.
 *
 * test/fixtures/subjects-6 and subjects-7, written in session 3 by two more people: Spring, PHP,
 * ASP.NET minimal API and axum subjects; FastAPI with a worker, multi-tenant Next.js routes, a C
 * packet parser and an Android app. Security Code Scan, CodeQL and Bandit SARIF logs among them.
 * First runs: extraction 0.926 and 0.864, pairwise F1 0.732 and 0.615. They found unblanked review
 * notes ("same on L97, ..."), file-column notes ("session.ts:31   alg none ..."), bold-sentence
 * findings under a function's heading, a CWE line under a heading read as a title, and the
 * vocabulary of terse reviewers that the weakness table lacked.
 *
 * test/fixtures/subjects-8, written later in session 3 and first run on code that had learnt from
 * subjects-6 and -7 (a Go admin panel, Rails invoices, GraphQL resolvers, a Python archive CLI; Semgrep
 * and Bandit logs): extraction 0.958 and pairwise F1 0.819, against 0.908 and 0.684 for the code of
 * the session's start. Then: notes that name a file once and then only ":65", prose paragraphs that
 * describe a weakness without naming it, ReDoS and camelCase names (HttpOnly) in the weakness table.
 *
 * test/fixtures/subjects-9, the last of the session: a WordPress plugin (with PHP_CodeSniffer JSON),
 * Terraform for AWS (with a tfsec log), a Swift API client and a Phoenix controller. Its first run
 * stopped at the PHP_CodeSniffer file (JSON grouped by file was not read); on the other three
 * subjects it scored extraction 0.844 and pairwise F1 0.542, against 0.788 and 0.434 for the code
 * of the session's start. Then: checklists of ✅/❌ marks, "**Summary**"/"**Details**" sections, a
 * numbered overview table beside numbered sections, and the vocabulary of infrastructure reviews.
 *
 * test/fixtures/subjects-10, written at the end of session 3 and first scored on its final code (a
 * DRF viewset, a Servlet with a JSP, a Bash deploy script, an Electron main process; a FindSecBugs
 * SARIF log and a shell linter's JSON): extraction 0.959, B-cubed 0.888, pairwise 0.841, consensus
 * 0.625, verdict 0.957, against 0.825, 0.764, 0.637, 0.275 and 1.000 for the code of the session's
 * start. The one wrong verdict (notes pinned to "AccountServlet:77" beside a block of nits) was then fixed.
 *
 * test/fixtures/subjects-11 and subjects-12, written in session 4 by two more people and first
 * scored on that session's starting code: a FastAPI file share (Bandit), a Spring report service in
 * two files (Semgrep), a Go webhook relay (gosec), Kubernetes manifests (kube-linter); a C protocol
 * parser (clang-tidy), Express auth routes (Semgrep), Rails uploads (Brakeman), a React component
 * with its API client (ESLint). First runs: extraction 0.927 / 0.933, pairwise F1 0.797 / 0.706,
 * consensus 0.575 / 0.524. They found unwrapped notes whose unlabelled lines are comments of their
 * own, \`file:line\` pins in code marks, a review tool's "place, then comment" export, nits pinned
 * before their label, a bold "**Lines 51-56**" read as a title, container and cluster vocabulary
 * missing from the weakness table, and a file name shared by every note of one report counted as a
 * shared symbol.
 *
 * test/fixtures/subjects-13 and subjects-14, written later in session 4 and first scored on code
 * that had learnt from -11 and -12: an ASP.NET controller, a GitHub Actions workflow, a Flask model
 * server, a Solidity vault; a Go gRPC service, a Node upload worker, nginx with a Dockerfile, a Ktor
 * service. Security Code Scan, zizmor, Bandit, Slither, Semgrep (SARIF and its own JSON), njsscan,
 * Checkov and a SonarQube export among them. First runs: extraction 0.928 / 0.906 (the second only
 * once Semgrep's own JSON was read: it stopped the run), pairwise F1 0.746 / 0.670. They found
 * scanners' native JSON, sections opened by a bold pin, numbered questions to the author, plain-text
 * checklists under category lines, and no smart-contract vocabulary at all.
 *
 * test/fixtures/subjects-15 and subjects-16, written in session 5 and first scored on that
 * session's starting code: a C++ TCP daemon (clang-tidy SARIF), a Laravel controller (Psalm), an
 * Android deep-link activity (Android Lint), a PowerShell deployment script (PSScriptAnalyzer
 * JSON); Next.js API routes (Snyk Code), an Ansible playbook with a Helm chart (Trivy's own JSON),
 * a Sinatra API (RuboCop JSON), PL/pgSQL functions with their Python caller (Semgrep JSON). First
 * runs: extraction 0.913 / 0.882, pairwise F1 0.653 / 0.720 (the second without RuboCop's and
 * Trivy's JSON, which the starting code could not read). They found review notes with the place on
 * a line of its own and the comment under it, prose paragraphs that open by presenting a problem or
 * fold a second one in ("Independently of ..., fetching the URL is an SSRF"), paragraphs labelled
 * with a function, scanners' own wording (Psalm's taint kinds, clang's checks) and scanners' names
 * that disagree with a reviewer's.
 *
 * test/fixtures/subjects-17 and subjects-18, written later in session 5 and first scored on both
 * the session's starting code and the code that had learnt from -15 and -16: a Spring document
 * service (SpotBugs SARIF), a DRF newsletter API (Bandit JSON), a Rust actix service (cargo clippy's
 * JSON Lines), Terraform with a GitHub Actions workflow (KICS); a Go password reset (gosec JSON), a
 * .NET minimal API (SonarAnalyzer SARIF), a Socket.IO chat server (ESLint JSON), a Bash and Flask
 * ops toolkit (Bandit SARIF). Starting code / code at the time (without the JSON the starting code
 * could not read): extraction 0.853 / 0.857 and 0.885 / 0.886, pairwise F1 0.502 / 0.515 and
 * 0.773 / 0.783. They found plain-text outlines that markdown folds into one paragraph, "Severity |
 * CWE | file, Line" paragraphs between rules, pull-request review exports, notes filed under a file
 * and its functions, JSON Lines, findings keyed by id or filed under severities, and KICS's checks
 * with their places.
 *
 * test/fixtures/subjects-19, -20 and -21, written in session 6 and first scored on the session's
 * starting code: a Phoenix controller (Sobelow JSON), a Dockerfile with its entrypoint (hadolint and
 * ShellCheck JSON), a Swift API client (mobsfscan SARIF), a Java servlet (PMD JSON); Terraform for
 * AWS (tfsec JSON), a Vue component with its Express API (Bearer JSON), a Perl CGI script
 * (perlcritic's console output), an ASP.NET controller (DevSkim SARIF); Apollo GraphQL resolvers
 * (CodeQL SARIF), a Celery worker (Bandit's console output), a Lambda with its serverless.yml
 * (Checkov JSON), a Go self-updater (staticcheck JSON Lines). First runs, without the JSON the
 * starting code could not read (PMD, Checkov): extraction 0.911 / 0.853 / 0.946, pairwise F1 0.643 /
 * 0.647 / 0.830, consensus 0.537 / 0.418 / 0.647. They found reports with CRLF endings, trailing
 * spaces or a ```markdown fence around them (read on a cleaned copy), plain-text numbered titles
 * over paragraphs, a summary table that only notes follow, notes labelled with bare line numbers or
 * filed under a file's name, Perl::Critic's text, scanners filed under severities or confidences,
 * and notations that name a weakness without a word ("0.0.0.0/0", "s3:*", "chmod 0777").
 *
 * test/fixtures/subjects-23, -24 and -25, written in session 7 and first scored on the session's
 * starting code: NestJS (ESLint JSON), Spring (SpotBugs XML), a C++ daemon (cppcheck XML), Scala
 * Play; a Helm chart (KICS JSON), actix-web (clippy JSON Lines), OpenResty Lua (luacheck's text),
 * Objective-C; a Node CLI (gitleaks JSON), Razor Pages (SonarQube's issues JSON), CDK with boto3
 * (Trivy JSON), Clojure Ring. First runs: extraction 0.924 / 0.937 / 0.886, pairwise F1 0.813 /
 * 0.780 / 0.739, consensus 0.519 / 0.579 / 0.528, verdict 0.900 / 0.900 / 0.950. They found
 * scanners' XML, linters' one-line diagnostics, overview tables keyed by ids or numbers over
 * long bold paragraphs, "**Severity: Critical**" read as a sub-heading, clean sections known only
 * by their opening sentence, and a shared file name counted as much as shared code.
 *
 * test/fixtures/subjects-26, written at the end of session 7 while its last changes were made:
 * Go gin (golangci-lint JSON), Kotlin Android (detekt's Checkstyle XML), Express (npm audit
 * JSON), DRF. First scored without the golangci-lint log, which neither the starting code nor the
 * code of that moment could read: starting code extraction 0.828, pairwise F1 0.767, consensus
 * 0.458, verdict 0.947; the code of that moment 0.915, 0.809, 0.542, 1.000. Then golangci-lint's
 * JSON, "l.35" pins, and findings keyed by package placed at their key.
 *
 * test/fixtures/subjects-35…42, written in session 9 and first scored on the session's starting code
 * (8a9fcba), without the logs it could not read. -35…38 were written first: LangChain tools (Semgrep's
 * text), an MCP server (npm audit), Streamlit (detect-secrets' baseline), an Airflow DAG; SvelteKit
 * (ZAP's JSON), Hono on Workers (Nuclei JSONL), Firestore rules, Supabase RLS; Micronaut (SpotBugs
 * XML), Android (MobSF's JSON), Akka HTTP (SonarQube's issues, a Japanese review), a Unity backend
 * (Semgrep JSON); a kernel module (cppcheck XML, Coverity JSON), actix (clippy), a Jenkinsfile
 * (Checkov), Envoy with OPA (an annotated diff). Pairwise F1 on the starting code 0.664 / 0.842 /
 * 0.671 / 0.682, consensus 0.500 / 0.717 / 0.532 / 0.615; the counterparts (grouping/counterparts.ts)
 * alone made them 0.731 / 0.857 / 0.767 / 0.697. -39…42 were written while this session's changes
 * were made and first scored on the starting code and on the code of that moment (00913f0): a
 * WordPress plugin (PHPCS), Struts (Fortify FVDL), WebForms (Veracode XML), Express with EJS (a
 * Portuguese review, an advisory draft); FastAPI serving (CodeQL SARIF), Spark (Semgrep SARIF), R
 * Shiny, a notebook (a Chinese review); Go Fiber (gosec SARIF), Azure Terraform (tfsec, Checkov
 * SARIF), CloudFormation (cfn_nag), Kustomize (Polaris); React Native (ESLint), Angular (retire.js),
 * a Chrome extension (bug-bounty reports), Swift (SwiftLint). Pairwise F1 0.652 / 0.712 / 0.579 /
 * 0.723 on the starting code, 0.664 / 0.763 / 0.685 / 0.774 on the code of that moment.
 *
 * test/fixtures/subjects-43…50, written in session 10 and first scored on the session's starting
 * code (75104ef), without the logs it could not read. -43…46 were written first: Phoenix (Sobelow),
 * Ktor (detekt SARIF), a Solidity staking contract (Slither, an Italian review), a Bash deploy
 * script (ShellCheck json1, a PR review); ASP.NET Core (Security Code Scan SARIF), PowerShell
 * (PSScriptAnalyzer's table), OpenResty Lua (luacheck, a Polish review), Apollo GraphQL (Semgrep,
 * SonarQube's issues); DRF (Prospector), a C++ packet parser (PVS-Studio, a Russian review), GCP
 * Terraform (KICS, a Dutch review), Mojolicious (Perl::Critic, DefectDojo's findings); Play (Find
 * Security Bugs), Electron (Electronegativity's CSV, a Turkish review), CDK (cdk-nag's CSV), Laravel
 * (Semgrep SARIF, GitHub's review comments). Pairwise F1 on the starting code 0.639 / 0.681 / 0.740
 * / 0.832 (-46 without the two files it could not read). -47…50 were written while this session's
 * changes were made and first scored on the starting code and on the code of that moment (b0d3b8e):
 * Android (Lint XML), axum (clippy's JSON lines), Next.js (ESLint SARIF, a Czech review), Bicep
 * (Checkov SARIF, a model's own JSON); Go gRPC (golangci-lint checkstyle), Spring Security (PMD, a
 * Vietnamese review), Sinatra (Brakeman, a quoting e-mail), FastAPI (Semgrep's text, a YAML answer);
 * C firmware (flawfinder's CSV), operator manifests (Trivy JSON, a Swedish review), a Node Lambda
 * (Snyk Code SARIF), Django (Bandit's text, an exported HTML table); a Java servlet (CodeQL, a
 * Japanese review), Flask with Celery (Semgrep SARIF, a checkbox list), NestJS (SonarQube, a Jira
 * CSV), nginx with PHP-FPM (Nuclei, two clean reports, a Spanish review). Pairwise F1 0.639 / 0.854
 * / 0.645 / 0.867 on the starting code, 0.660 / 0.860 / 0.645 / 0.874 on the code of that moment.
 *
 * test/fixtures/subjects-51…58, written in session 11, first scored on the session's starting code
 * (b4a45c2) without the logs it could not read. -51…54 were written first: Remix (njsscan, a
 * Vietnamese table), Tauri (Semgrep SARIF, a clean report), Drupal (Psalm's taint JSON, a Slovak
 * review), a Dockerfile with compose (Hadolint JSON, Trivy's table); Gradio (Semgrep JSON, a
 * Romanian review), T-SQL procedures (a DBA's notes, an Indonesian table), Express with Mongoose
 * (ESLint JSON, a Finnish review), an ops repository (Gitleaks, TruffleHog, a Greek review); Dart
 * (dart analyze and custom_lint in a CI log, a Vietnamese review), Scrapy (Horusec), an Anchor
 * program (an audit firm's report, a Lithuanian checklist), Nomad and Vault (tfsec, a Slovak review,
 * a clean report); ColdFusion (Checkmarx's CSV, a Catalan review), Razor Pages (DevSkim), Magento
 * (PHPCS, a Czech review), OPA Rego (Regal). Pairwise F1 on the starting code 0.800 / 0.790 / 0.652
 * / 0.692. -55…58 were written while this session's changes were made, first scored on the starting
 * code and on the code of that moment (7bf1c50): Next.js server actions (SonarQube's issues API),
 * Lambda with serverless.yml (Checkov's list of reports, Bandit), Azure Functions (MSBuild's
 * warnings in a timestamped CI log), Jersey (SpotBugs XML); Rails GraphQL (Brakeman's text), Vue
 * (ESLint SARIF, a Greek review), a Go archive CLI (golangci-lint JSON), Django Channels (Semgrep
 * SARIF, a Finnish review); Capacitor (Snyk Code), Haskell Servant (HLint JSON), R Plumber (lintr,
 * an Indonesian review), Azure Pipelines (Checkov's text, a Danish review); a C TLS daemon
 * (cppcheck XML), F# Giraffe (SonarQube's generic issue import), Bun with Elysia (Biome JSON), a
 * LangGraph agent (Bandit JSON). Pairwise F1 0.711 / 0.795 / 0.500 / 0.785 on the starting code,
 * 0.717 / 0.783 / 0.512 / 0.785 on the code of that moment (-55, -57, -58 without the logs neither
 * could read).
 *
 * test/fixtures/subjects-59…66, written in session 12, first scored on the session's starting code
 * (21a2d26). -59…62 were written first: Phoenix (Sobelow's text, a Polish review), Symfony
 * (PHPStan JSON), GitHub Actions (zizmor), Ansible (ansible-lint's pep8 lines and summary table);
 * Quarkus (PMD XML), aiohttp (pip-audit, a Turkish review), Kubernetes RBAC (KubeLinter), Godot
 * (a Discord log, one message per line); Gin (staticcheck and govulncheck), Blazor (the C#
 * compiler's SARIF, a Vietnamese review), Sui Move (an audit firm's report), Nuxt (npm audit, a
 * GitLab merge-request thread); Flask (ZAP's JSON, a Hebrew review), Swift (MobSF's iOS JSON), Vyper
 * (Slither's text), Clojure (clj-kondo). Pairwise F1 on the starting code 0.699 / 0.560 / 0.742 /
 * 0.696. -63…66 were written while this session's changes were made and scored on the starting code
 * and on the code of that moment, which scored them the same: Grape (RuboCop JSON), Tornado
 * (Bearer, a Ukrainian review), a Qt updater (clang-tidy), Puppet (puppet-lint); Android (detekt's
 * checkstyle XML), Deno Fresh (deno lint JSON), Terraform (KICS), PL/SQL (a Brazilian DBA's
 * review); CodeIgniter (GitLab's SAST report), Spring Boot (Dependency-Check), IAM (Prowler's CSV,
 * an Arabic review), Roblox (a forum reply); Zig (a Korean review), Apex (PMD's CSV), Argo
 * (Kubescape), Passport (Semgrep SARIF, a patch with "# REVIEW [high]:" notes). Pairwise F1 0.831 /
 * 0.787 / 0.742 / 0.694 (-66 without Kubescape's file, which stopped the starting code).
 *
 * test/fixtures/subjects-22, written at the end of session 6 and scored once on its final code,
 * with nothing changed for it: Rails + Brakeman JSON, a setuid C tool + flawfinder's console text,
 * a DRF view set with Celery + Semgrep SARIF, among them a fenced answer and a CRLF report. The
 * session's starting code: extraction 0.956, pairwise F1 0.711, consensus 0.667, verdict 0.933;
 * the code of that moment: 0.991, 0.787, 0.810, 1.000. Then one change for it, a reader for
 * flawfinder's text (its hits had no rule): pairwise F1 0.847, consensus 0.762.
 */

const KEPT_APART: Record<string, [string, string][]> = {
  // subjects-59…66 (session 12): pairs of issues their gold places on overlapping lines, three per subject at most,
  // of the 212 such pairs (31 of which the grouping joins: see the header).
  "ansible-billing-postgres-playbook": [
    ["s4-createrole-nolog", "s4-fqcn"],
    ["s4-createrole-nolog", "s4-no-changed-when"],
    ["s4-createrole-nolog", "s4-plaintext-secrets"],
  ],
  "gha-release-and-pr-labeler-workflows": [
    ["s3-artipacked", "s3-cache-poisoning"],
    ["s3-artipacked", "s3-input-injection"],
    ["s3-artipacked", "s3-pwn-request"],
  ],
  "symfony-customer-portal-controller": [
    ["s2-idor-download", "s2-null-document"],
    ["s2-idor-download", "s2-storedname-traversal"],
  ],
  "aiohttp-webhook-relay-fanout": [
    ["admin-token-empty-default", "sig-missing-bypass"],
    ["create-task-unreferenced", "ssrf-target-url"],
    ["header-logging", "ssrf-target-url"],
  ],
  "godot4-gdscript-cart-match-server": [
    ["admin-expression-exec", "admin-password-hardcoded"],
    ["admin-password-hardcoded", "gold-client-trust"],
    ["admin-password-hardcoded", "move-player-id-trust"],
  ],
  "k8s-ci-runner-namespace-rbac": [
    ["crb-cluster-admin", "sa-token-automount"],
    ["job-role-secrets-exec", "sa-token-automount"],
  ],
  "blazor-hrportal-employee-records": [
    ["csv-formula-injection", "export-path-traversal"],
    ["hardcoded-db-password", "records-page-missing-authz"],
    ["manager-notes-xss", "records-page-missing-authz"],
  ],
  "go-gin-parceltrack-api": [
    ["jwt-alg-not-checked", "jwt-go-vulnerable-dependency"],
    ["predictable-tracking-numbers", "rand-seed-deprecated"],
    ["readall-err-overwritten", "unbounded-request-body"],
  ],
  "nuxt3-notes-app-server-api": [
    ["link-preview-ssrf", "login-no-rate-limit"],
    ["link-preview-ssrf", "note-read-idor"],
    ["link-preview-ssrf", "openai-key-public-config"],
  ],
  "sui-move-raffle-lottery": [
    ["draw-ignores-open", "predictable-randomness"],
  ],
  "clojure-notekeeper-ring-api": [
    ["cookie-attrs", "no-csrf"],
    ["delete-idor", "sqli-delete"],
    ["hardcoded-cookie-key", "no-csrf"],
  ],
  "flask-tenantdesk-password-reset": [
    ["reset-host-header", "reset-token-in-url"],
    ["reset-token-in-url", "reset-token-no-expiry"],
  ],
  "swift-ledgerly-ios-session": [
    ["ats-disabled", "hardcoded-service-key"],
    ["nslog-error-logging", "token-logging"],
    ["refresh-body-encoding", "token-logging"],
  ],
  "vyper-harbor-yield-vault": [
    ["fee-divide-before-multiply", "withdraw-reentrancy"],
    ["low-level-call-usage", "withdraw-reentrancy"],
    ["timestamp-lock", "withdraw-reentrancy"],
  ],
  "puppet-bastion-jumphost-module": [
    ["arrow-alignment-set-motd", "motd-exec-fact-injection"],
    ["hardcoded-default-db-password", "secrets-plain-hiera-not-sensitive"],
    ["sshd-config-template-vs-augeas", "sshd-permit-root-login"],
  ],
  "qt-desktop-autoupdater-tidewave": [
    ["c-style-array-version", "strcpy-version-overflow"],
    ["c-style-array-version", "update-over-plain-http"],
    ["dead-store-ok", "predictable-temp-staging-file"],
  ],
  "ruby-grape-loyalty-points-api": [
    ["bare-rescue-webhook", "style-block-length-partners"],
    ["idempotency-key-unkeyed-hash", "style-block-length-partners"],
    ["idor-member-points", "style-block-length-members"],
  ],
  "tornado-ws-notify-hub": [
    ["jwt-alg-none-accepted", "jwt-exp-not-verified"],
  ],
  "deno-fresh-shared-notes-route": [
    ["s2-cmd-injection", "s2-csrf"],
    ["s2-cmd-injection", "s2-get-idor"],
    ["s2-cmd-injection", "s2-stderr-leak"],
  ],
  "kotlin-fieldnotes-sync-provider": [
    ["s1-js-bridge-token", "s1-use-or-empty"],
    ["s1-js-bridge-token", "s1-webview-untrusted-url"],
    ["s1-max-line-length", "s1-token-logging"],
  ],
  "plsql-hr-payroll-adj-pkg": [
    ["s4-no-authz-adjust", "s4-unbounded-amounts"],
  ],
  "tf-aws-claims-datalake": [
    ["s3-curated-no-encryption", "s3-curated-no-versioning"],
    ["s3-curated-no-encryption", "s3-resource-tags"],
    ["s3-curated-no-versioning", "s3-resource-tags"],
  ],
  "aws-iam-analytics-account-bootstrap": [
    ["ci-deploy-privilege-escalation", "weak-password-policy"],
    ["console-user-without-mfa", "hardcoded-initial-console-password"],
  ],
  "ci4-school-gradebook-portal": [
    ["idor-show-report-card", "sqli-search-by-course"],
  ],
  "roblox-luau-shop-remote-events": [
    ["client-trusted-price", "no-remote-rate-limiting"],
    ["client-trusted-price", "unvalidated-quantity"],
    ["gift-datastore-key-from-client", "gift-race-item-duplication"],
  ],
  "spring-boot-payroll-actuator-config": [
    ["cors-any-origin-with-credentials", "security-debug-logging"],
    ["csrf-disabled", "hardcoded-secrets-config"],
    ["dep-commons-text-text4shell", "env-sanitization-weakened"],
  ],
  "apex-vf-invoice-search-controller": [
    ["crud-fls-not-enforced", "csrf-page-action-dml"],
    ["crud-fls-not-enforced", "debug-logging-level"],
    ["crud-fls-not-enforced", "soql-injection"],
  ],
  "argo-release-pipeline-workflowtemplate": [
    ["automount-sa-token", "cluster-admin-binding"],
    ["docker-socket-hostpath", "shell-injection-params"],
  ],
  "express-passport-clinic-portal-login": [
    ["cookie-attrs-hygiene", "hardcoded-session-secret"],
    ["cookie-attrs-hygiene", "save-uninitialized"],
    ["cookie-no-secure", "hardcoded-session-secret"],
  ],
  // subjects-51…58 (session 11): pairs of issues their gold places on overlapping lines, three per subject at most.
  "docker-python-reports-service": [
    ["curl-pipe-bash", "weak-db-credentials"],
    ["curl-pipe-bash", "apt-versions-unpinned"],
    ["curl-pipe-bash", "pipefail-missing"],
  ],
  "drupal-member-directory": [
    ["sqli-search-like", "sort-order-by"],
  ],
  "remix-notes-note-route": [
    ["owner-record-exposed", "user-session-key-flagged"],
  ],
  "tauri-notes-commands": [
    ["path-traversal-read-note", "error-leaks-path"],
    ["tls-verification-disabled", "ssrf-sync-server"],
    ["token-logged", "ssrf-sync-server"],
  ],
  "express-mongoose-users-router": [
    ["email-regex-redos", "admin-key-unset-bypass"],
    ["email-regex-redos", "email-regex-tld-claim"],
    ["search-regex-injection", "admin-key-unset-bypass"],
  ],
  "gradio-hf-classifier-playground": [
    ["trust-remote-code-rce", "model-cache-exhaustion"],
  ],
  "orders-api-ops-config": [
    ["replica-url-password", "debug-log-level"],
  ],
  "anchor-stake-rewards": [
    ["missing-signer-set-reward-rate", "oracle-owner-unchecked"],
    ["shared-vault-authority-pda", "oracle-owner-unchecked"],
    ["shared-vault-authority-pda", "vault-authority-unchecked-fp"],
  ],
  "dart-shelf-asset-server": [
    ["upload-path-join-fp", "upload-served-same-origin"],
  ],
  "nomad-vault-payments-worker": [
    ["nomad-privileged-container", "nomad-host-network"],
    ["nomad-privileged-container", "debug-logging-production"],
    ["nomad-privileged-container", "db-creds-env-template"],
  ],
  "scrapy-supplier-feed": [
    ["md5-cache-key-fp", "ssrf-image-dont-filter"],
    ["sqli-product-insert", "image-path-traversal-fp"],
  ],
  "coldfusion-document-portal": [
    ["sqli-getdocument", "xss-search-term"],
    ["idor-download", "content-disposition-filename"],
  ],
  "magento2-guest-order-lookup": [
    ["unserialize-cookie", "base64-decode-cookie"],
    ["order-enumeration", "pii-email-logged"],
  ],
  "opa-gateway-authz-policy": [
    ["jwt-signature-not-verified", "token-logged-print"],
    ["tenant-check-reads-only", "tenant-case-fp"],
  ],
  "azure-functions-documents": [
    ["sha1-weak-hash", "share-token-predictable"],
    ["logger-message-delegate-98", "share-token-predictable"],
    ["logger-message-delegate-108", "purge-tenant-anonymous"],
  ],
  "jersey-report-resource": [
    ["jackson-default-typing", "jaxrs-endpoint-save-template"],
    ["jackson-default-typing", "xstream-any-type"],
    ["jaxrs-endpoint-save-template", "xstream-any-type"],
  ],
  "lambda-tenant-reports": [
    ["iam-wildcard-process-upload", "hardcoded-tmp-dir"],
    ["iam-wildcard-process-upload", "presigned-url-long-expiry"],
    ["iam-wildcard-process-upload", "webhook-no-authorizer"],
  ],
  "nextjs-project-actions": [
    ["invite-token-timing", "invite-no-rate-limit"],
  ],
  "channels-chat-consumer": [
    ["eval-fallback-rce", "no-rate-limit"],
    ["connect-accepts-anonymous", "room-membership-not-checked"],
    ["connect-accepts-anonymous", "invalid-group-name-crash"],
  ],
  "go-relfetch-unpack": [
    ["zip-slip", "mkdirall-error-ignored"],
  ],
  "rails-graphql-tracker": [
    ["order-by-injection", "public-send-scope"],
    ["no-depth-complexity-limit", "introspection-enabled"],
  ],
  "vue-pinia-helpdesk": [
    ["tokens-in-localstorage", "vhtml-comment-xss"],
    ["tokens-in-localstorage", "attachment-link-tabnabbing"],
    ["tokens-in-localstorage", "csrf-close-ticket-get"],
  ],
  "azdo-billing-release": [
    ["container-not-digest-pinned", "pr-variable-script-injection"],
    ["container-not-digest-pinned", "pr-on-shared-selfhosted-agents"],
    ["pr-variable-script-injection", "pr-on-shared-selfhosted-agents"],
  ],
  "capacitor-deeplink-session": [
    ["iab-untrusted-target", "iab-token-injection"],
  ],
  "plumber-lab-reports": [
    ["hanging-indent-style", "sql-parameterized-fp"],
  ],
  "servant-documents-api": [
    ["sqli-search-term", "delete-missing-auth"],
    ["redundant-not-style", "download-readfile-memory"],
    ["delete-missing-auth", "getdocument-idor"],
  ],
  "bun-elysia-notes": [
    ["merge-any-params", "proto-pollution-merge"],
    ["merge-forin-guard", "proto-pollution-merge"],
    ["literal-key-authorization", "proto-pollution-merge"],
  ],
  "c-openssl-tlsd": [
    ["syslog-format-string", "size-t-printed-with-d"],
    ["request-line-sscanf", "mgmt-tls-noverify"],
    ["mgmt-tls-noverify", "mgmt-tls-no-hostname"],
  ],
  "fsharp-giraffe-ledger": [
    ["session-cookie-flags", "typenamehandling-auto"],
    ["sqli-search-invoices", "typenamehandling-auto"],
    ["typenamehandling-auto", "sprintf-int-count-query"],
  ],
  "langgraph-opsbot": [
    ["requests-no-timeout", "fetch-url-ssrf"],
    ["requests-no-timeout", "fetch-cache-keyed-on-url"],
    ["pickle-checkpoint-load", "thread-id-path-traversal"],
  ],
  // subjects-43…50 (session 10): the hard negatives their writers built in.
  "bash-deploy-script": [
    ["curl-tls-verification-disabled", "checksum-same-origin"], // one download
    ["release-dir-world-writable", "db-password-in-remote-cmdline"], // one ssh line
    ["xtrace-leaks-secrets", "pgpassword-exported-globally"], // one secret, two ways out
  ],
  "ktor-docs-service": [
    ["docs-path-traversal", "docs-no-owner-check"], // one download route
    ["preview-ssrf", "preview-swallowed-exception"], // one fetch
  ],
  "solidity-greenstake": [
    ["unchecked-erc20-returns", "stake-reentrancy-no-eth"], // one transferFrom line
    ["tx-origin-auth", "recover-can-sweep-stake"], // one function
  ],
  "aspnet-orders-minimal-api": [["hardcoded-signing-key", "lifetime-validation-disabled"]], // one token setup
  "powershell-contractor-onboarding": [["iex-command-injection", "domain-users-home-acl"]], // adjacent lines
  "openresty-jwt-gate": [
    ["gsub-pattern-fp", "nonconstant-time-compare"], // adjacent lines
    ["token-logged", "error-detail-reflected"], // adjacent lines
  ],
  "apollo-graphql-shop": [["updateprofile-mass-assignment", "updateprofile-column-injection"]], // one resolver
  "drf-document-api": [
    ["account-mass-assignment", "account-password-hash-exposed"], // one fields = "__all__"
    ["export-path-traversal", "export-error-disclosure"], // one export action
  ],
  "cpp-telemetry-packet-parser": [["close-format-string", "close-log-injection"]], // one syslog call
  "gcp-terraform-analytics-store": [["sql-open-to-internet", "sql-ssl-not-required"]], // one Cloud SQL block
  "perl-mojo-notes": [
    ["files-path-traversal", "files-two-arg-open-pipe"], // one open
    ["delete-note-idor", "missing-csrf-protection"], // one delete route
  ],
  "scala-play-document-controller": [
    ["md5-token-hash", "predictable-share-token"],
    ["share-token-logged", "log-injection-share"],
    ["open-redirect-logout", "logout-csrf-get"],
  ],
  "electron-notes-main-preload": [["fp-export-pdf-command-injection", "export-pdf-outname-traversal"]], // one execFile line
  "cdk-reports-api-stack": [["iam-s3-wildcard", "shared-lambda-role"]], // one role
  "laravel-ticket-controller-blade": [["json-dump-internal-fields", "fp-json-script-breakout-xss"]], // one @json line
  "rust-axum-docbox": [["xuser-header-trust", "xuser-unwrap-panic"]], // one header read
  "nextjs-report-export": [["share-token-null-bypass", "share-token-timing"]], // one comparison
  "bicep-invoicehub-infra": [["app-https-only-off", "app-ftp-enabled"]], // one site's settings
  "android-fieldnotes-webview": [["provider-exported", "provider-query-sqli"]], // one provider
  "c-firmware-ota-handler": [
    ["chunk-range-wrap", "chunk-buf-overflow"], // adjacent lines
    ["hardcoded-unlock-token", "unlock-token-timing"], // one line
  ],
  "node-lambda-thumbnailer": [["command-injection", "width-resource-exhaustion"]], // one exec line
  "django-incident-reports": [
    ["sqli-extra-where", "reflected-xss-mark-safe"], // one q parameter
    ["csrf-exempt-add-comment", "open-redirect-next"], // one view
  ],
  "flask-celery-report-worker": [["ssrf-callback-url", "callback-no-timeout"]], // one requests.post
  "nginx-phpfpm-shop": [["download-path-traversal", "download-xss-not-found"]], // one script
  "nestjs-projects-guards": [["apikey-timing-compare", "apikey-fail-open-unset"]], // one guard
  // subjects-35…42 (session 9): the hard negatives their writers built in.
  "streamlit-dataset-explorer": [
    ["pickle-upload-rce", "yaml-full-loader-session"], // one weakness class, two loaders
  ],
  "langchain-ops-agent-tools": [
    ["ssrf-http-fetch", "tls-verify-disabled"], // one requests.get line
  ],
  "hono-workers-api": [
    ["jwt-refresh-decode-unverified", "refresh-no-max-age"], // one refresh route
  ],
  "firebase-rules-functions": [
    ["chat-create-no-membership", "chat-sender-spoof"], // one rule's lines
  ],
  "supabase-rls-migration": [
    ["move-document-search-path", "move-document-target-unchecked"], // one SECURITY DEFINER function
  ],
  "micronaut-document-controller": [
    ["ecb-mode", "cipher-no-integrity"], // one cipher line
  ],
  "actix-firmware-upload": [
    ["upload-filename-traversal", "download-tail-traversal"], // one weakness in two handlers
  ],
  "linux-ringdev-ioctl": [
    ["push-len-double-fetch", "ring-put-len-exceeds-size"], // one PUSH path, nearby lines
  ],
  "aspnet-order-lookup": [
    ["reflected-xss-region", "stored-xss-shipcity"], // reflected and stored XSS in one page
  ],
  "wp-evently-rsvp-plugin": [
    ["delete-csrf", "delete-missing-capability"], // one AJAX handler
  ],
  "shiny-upload-app": [
    ["path-upload-dest", "path-download"], // one weakness, upload and download
    ["xss-notes", "xss-heading"], // stored and reflected
  ],
  "spark-kafka-etl": [
    ["config-secrets-logged", "pii-in-logs"], // two logging issues
  ],
  "go-fiber-notes-api": [
    ["jwt-alg-confusion", "token-in-query-string"], // one auth middleware
  ],
  "k8s-kustomize-payments": [
    ["rbac-secrets-clusterwide", "rbac-pod-exec"], // one ClusterRole
  ],
  "ios-ledgerly-networking": [
    ["token-logged-refresh", "deeplink-url-logged"], // two logging issues
  ],
  "chrome-ext-clipnote": [
    ["content-postmessage-no-origin", "preview-result-postmessage-wildcard"], // one message flow
  ],
  "vapor-document-routes": [
    ["download-path-traversal", "upload-path-traversal"], // one weakness in two handlers
    ["download-path-traversal", "stored-xss-uploaded-html"], // one download handler
  ],
  "pulumi-ledger-stack": [
    ["hardcoded-db-password", "database-url-plaintext-output"], // one password, stored and exported
  ],
  "flutter-wallet-transfer": [
    ["login-response-logged", "tokens-in-shared-prefs"], // one login
  ],
  "express-prisma-orders": [
    ["sqli-queryrawunsafe", "redos-search-regexp"], // one search handler
  ],
  "webflux-document-handler": [
    ["download-path-traversal", "download-no-owner-check"], // one download handler
  ],
  "rails-chat-channel": [
    ["rendered-body-xss", "attachment-url-anchors"], // one rendered body
  ],
  "fastapi-orders-service": [
    ["jwt-default-secret", "jwt-exp-not-verified"], // one token check
  ],
  "grpc-statement-service": [
    ["search-sqli", "category-sqli-fp"], // one word, two methods
    ["settings-exception-leak", "settings-pii-logged"], // one catch block
  ],
  "lambda-webhooks-api": [
    ["event-logged-with-jwt", "test-error-stack-leak"], // one catch block
  ],
  "dockerfile-node-entrypoint": [
    ["npm-token-arg", "npmrc-in-image"], // one token, two ways into the image
    ["config-curl-insecure", "config-sourced-exec"], // adjacent lines of one block
  ],
  "nginx-ingress-storefront": [
    ["snippets-enabled", "x-served-by-hostname"], // one annotation line
  ],
  "deno-oak-docs-api": [
    ["sqli-search", "regex-injection-tag"], // one search handler
    ["sqli-search", "search-sql-logged"], // one query, built and then logged
  ],
  "symfony-profile-controller": [
    ["idor-profile-edit", "avatar-unrestricted-upload"], // one edit action
    ["idor-profile-edit", "open-redirect-returnto"],
  ],
  "aiohttp-chat-gateway": [
    ["assert-admin-check", "cmdi-admin-diag"], // one admin handler
  ],
  "ansible-postgres-provisioning": [
    ["db-exposed-any-network", "replication-trust"], // adjacent lines of pg_hba.conf
  ],
  "flask-reportdesk": [
    ["sqli-list-reports", "owner-param-idor"], // one query
  ],
  "go-sharebox-handlers": [
    ["download-path-traversal", "error-path-disclosure"], // one download handler
  ],
  "quarkus-document-resource": [
    ["log-injection-title", "log-sensitive-title"], // one log line
    ["commons-io-filenameutils-traversal", "attachment-path-traversal"], // a library's traversal and the code's own
  ],
  "blazor-ticket-details": [
    ["draft-typenamehandling-deserialization", "newtonsoft-stackoverflow-dos"], // one library, one line
    ["sqlclient-encryption-bypass", "status-sqli"], // one data provider
  ],
  "koa-graphql-gateway": [
    ["order-idor", "order-id-path-injection"], // one resolver, one line
  ],
  "ruby-roda-docs": [
    ["export-command-injection", "export-output-path-traversal"], // one command line
  ],
  "c-httputil-parser": [
    ["sb-init-malloc-null", "dup-lower-malloc-null"], // the same unchecked malloc in two functions
    ["dup-lower-malloc-null", "dup-lower-missing-nul-byte"], // one allocation
  ],
  "spring-oauth2-account-linking": [
    ["access-token-logged", "log-forging-provider"], // one log line
  ],
  "django-billing-admin-export": [
    ["memo-search-sqli", "search-ignores-queryset"], // one search method
    ["predictable-tmp-export-dir", "plaintext-ledger-exposed"], // one export directory
    ["plaintext-ledger-exposed", "pickle-state-file"],
  ],
  "go-pg-backup-operator": [
    ["rbac-jobs-wildcard-verb", "rbac-workload-create"], // adjacent rules of one role
    ["shell-injection-pgdump", "privileged-backup-pod"], // one container spec
  ],
  "express-shop": [
    ["reflected-xss-search", "stored-xss-reviews"], // two XSS sinks
    ["settings-missing-admin-check", "proto-pollution-settings"], // one handler
    ["cmd-injection-thumbnail", "stderr-leak-thumbnail"], // one route
  ],
  "clinic-labs": [
    ["export-unauthenticated", "csv-formula-injection"], // one export view
  ],
  "parcel-api": [
    ["idor-get-parcel", "authz-update-status"], // a missing owner check when reading and when updating
  ],
  "notes-android": [
    ["hardcoded-aes-key", "ecb-mode"], // one cipher
  ],
  "clinic-appointments-nestjs": [
    ["sqli-search", "search-phi-exposure"], // one search handler
    ["idor-findone", "idor-cancel"], // a missing ownership check twice
  ],
  "library-loans-spring": [
    ["idor-renew", "csrf-renew"], // all in renew
    ["csrf-renew", "open-redirect-renew"],
    ["open-redirect-renew", "crlf-log-renew"],
    ["idor-member-loans", "idor-renew"], // CWE-639 twice
  ],
  "seller-payouts-play": [
    ["hardcoded-webhook-secret", "timing-compare-signature"], // one webhook check
    ["timing-compare-signature", "webhook-replay"],
  ],
  "helm-metrics-agent": [
    ["docker-socket", "hostpath-rootfs"], // two host mounts
    ["privileged", "host-network"], // one pod spec
  ],
  "openresty-gateway-access": [
    ["admin-key-nil", "admin-key-timing"], // one comparison
    ["token-logging", "long-line"], // line 98
  ],
  "gradebook-section-page": [
    ["sqli-order-by-sort", "idor-view-section"], // one handler
    ["idor-view-section", "idor-save-grade"], // read and write authorization
    ["log-injection-comment", "student-data-in-logs"], // one log line
  ],
  "clojure-forum-handler": [
    ["sqli-search", "reflected-xss-search-heading"], // one search function
    ["reflected-xss-search-heading", "stored-xss-markdown"], // two XSS sinks
    ["read-string-page-rce", "page-param-validation"], // same lines
  ],
  "rails-invoices-controller": [
    ["sqli-status-filter", "sqli-customer-search"], // SQL injection in the controller and in the model
    ["path-traversal-download", "error-path-disclosure"], // next-door lines
  ],
  "c-recdump-parser": [
    ["sprintf-output-path-overflow", "output-path-traversal"], // line 60
    ["strcpy-header-name", "sprintf-output-path-overflow"], // two unbounded copies
    ["integer-overflow-alloc", "unchecked-malloc"], // lines 75-76
  ],
  "django-webhook-viewset": [
    ["ssrf-test-action", "ssrf-webhook-delivery"], // one sink, two functions
    ["ssrf-webhook-delivery", "tls-verify-disabled"], // line 83
    ["debug-enabled", "allowed-hosts-wildcard"], // next-door settings
    ["ssrf-test-action", "test-error-detail-leak"], // one action
  ],
  "docshare-document-controller": [
    ["search-sqli", "export-orderby-sqli"], // SQL injection in two functions
    ["download-path-traversal", "download-token-logged"], // lines 46-49
    ["weak-share-token", "share-atom-exhaustion"], // lines 58-59
    ["share-error-detail-leak", "share-send-resp-xss"], // line 68
  ],
  "ledger-api-container": [
    ["curl-pipe-bash-unverified", "curl-pipe-no-pipefail"], // Dockerfile line 10
    ["npm-token-in-env", "npmrc-left-in-layer"], // one token, two leaks
    ["xtrace-leaks-secrets", "database-url-logged"], // CWE-532 twice
    ["config-curl-insecure-tls", "config-tmp-predictable"], // entrypoint line 13
  ],
  "northbank-ios-apiclient": [
    ["pin-md5-unsalted", "keychain-accessible-always"], // lines 121-122
    ["trust-all-server-trust", "no-certificate-pinning"], // one session delegate
  ],
  "acme-report-servlet": [
    ["login-sqli", "plaintext-passwords"], // line 72
    ["hardcoded-export-key", "static-export-iv"], // lines 30-31
    ["login-error-leak", "login-printstacktrace"], // lines 85-86
  ],
  "aws-clickstream-pipeline-tf": [
    ["rds-publicly-accessible", "rds-storage-unencrypted"], // lines 133-134
    ["iam-s3-wildcard", "iam-logs-wildcard-arn"], // one tfsec rule twice
  ],
  "vue-profile-card-express": [
    ["vue-bio-vhtml-xss", "vue-website-href-js-url"], // XSS through two sinks, lines 5-6
    ["vue-website-href-js-url", "vue-target-blank-noopener"], // one link, line 6
    ["api-search-sqli", "api-search-error-leak"], // lines 38-40
  ],
  "perl-guestbook-admin-cgi": [
    ["sign-sqli", "delete-sqli"], // SQL injection in two subs
    ["admin-cookie-forgeable", "admin-cookie-no-flags"], // one cookie, line 63
  ],
  "aspnet-documents-controller": [
    ["upload-path-traversal", "upload-unrestricted-type"], // lines 60-63
    ["login-logs-password", "login-user-enumeration"], // one login action
  ],
  "apollo-shop-resolvers": [
    ["where-js-injection", "reset-operator-injection"], // CWE-943 in two resolvers
    ["error-log-sensitive-variables", "error-stack-exposure"], // adjacent options
  ],
  "celery-archive-ingest": [
    ["celery-pickle-serializer", "manifest-pickle-loads"], // CWE-502 twice
    ["tls-verify-disabled", "requests-no-timeout"], // one requests call, line 60
    ["tar-slip", "extraction-bomb"], // one extraction
  ],
  "lambda-invoice-export": [["event-logged-with-auth-header", "stack-trace-in-response"]], // lines 73-74
  "dockctl-self-update": [
    ["tar-slip", "tar-decompression-bomb"], // lines 99 and 104
    ["config-world-readable", "token-in-error-message"], // lines 156-157
  ],
  "django-newsletter-api": [
    ["webhook-ssrf", "webhook-no-timeout"], // tasks.py 47
    ["ssti-issue-body", "jinja-autoescape-off"], // one template
    ["pickle-segment", "yaml-load-import"], // deserialization twice
  ],
  "rust-filedrop-service": [["upload-path-traversal", "download-path-traversal"]], // traversal twice
  "spring-docshare-api": [
    ["jpql-injection-search", "sqli-count-by-tag"], // injection in two methods
    ["path-traversal-variant", "idor-download"], // one handler
    ["hardcoded-jwt-key", "jwt-unsigned-accepted"], // one filter
  ],
  "terraform-gha-static-site": [["admin-token-hardcoded", "aws-key-in-workflow"]], // two committed secrets
  "go-password-reset": [
    ["sqli-request-reset", "sqli-recovery-answer"], // CWE-89 twice
    ["host-header-reset-link", "reset-token-logged"], // lines 85 and 86
  ],
  "ops-backup-toolkit": [
    ["flask-debug-enabled", "bind-all-interfaces"], // admin.py line 60
    ["hardcoded-pgpassword", "hardcoded-admin-password"], // two files, one weakness
  ],
  "dotnet-hr-minimal-api": [["export-path-traversal", "csv-formula-injection"]], // one export handler
  "ts-socketio-chat": [["join-room-no-authz", "history-no-membership-check"]], // room authorization twice
  "cpp-relayd-session-handler": [
    ["auth-log-format-string", "auth-log-secret-leak"], // lines 131-133, one reviewer's two notes there
    ["frame-length-overflow", "config-strcpy-overflow"], // overflow twice
  ],
  "laravel-support-tickets": [
    ["sqli-index-search", "sqli-export-order"], // CWE-89 in two methods
    ["upload-client-filename", "open-redirect-return-to"], // one action, reply()
  ],
  "powershell-billing-agent-deploy": [
    ["hardcoded-service-password", "password-logged"], // lines 33 and 34, one password
    ["iex-install-args-injection", "schtasks-synctime-injection"], // command injection twice
  ],
  "plpgsql-support-functions": [
    ["set-flag-dynamic-sql", "export-table-format-s-injection"], // dynamic SQL twice
    ["export-table-format-s-injection", "export-fstring-sqli"], // one export, SQL and Python side
    ["set-flag-dynamic-sql", "set-flag-no-search-path"], // one function
  ],
  "nextjs-team-invites-billing": [
    ["webhook-secret-fallback", "webhook-timing-compare"], // one handler, adjacent lines
    ["accept-open-redirect", "accept-invite-not-bound-to-email"], // one route
  ],
  "sinatra-marketplace-api": [["reindex-command-injection", "admin-token-nil-bypass"]], // one endpoint
  "ansible-helm-ledger-deploy": [["host-network-enabled", "runs-as-root"]], // one pod spec
  "flask-model-server": [
    ["import-ssrf", "import-joblib-untrusted"], // one route, adjacent lines
    ["upload-pickle-loads", "import-joblib-untrusted"], // CWE-502 twice
    ["flask-debug-true", "bind-all-interfaces"], // line 100
  ],
  "gha-pr-preview-workflow": [["script-injection-issue-title", "script-injection-comment-body"]], // expression injection twice
  "solidity-community-vault": [
    ["reentrancy-withdraw", "unchecked-fee-call"], // one function
    ["transfercredit-underflow", "depositfor-mul-overflow"], // arithmetic twice
  ],
  "aspnet-customers-controller": [["password-logged-register", "register-email-enumeration"]], // one action
  "go-grpc-ledger-auth": [
    ["sqli-list-transactions", "sqli-close-account"], // CWE-89 twice
    ["jwt-alg-not-pinned", "jwt-exp-not-validated"], // same lines
  ],
  "node-upload-worker": [["zip-slip", "zip-bomb"]], // one loop
  "nginx-docker-docs-portal": [["downloads-alias-traversal", "downloads-autoindex"]], // one location block
  "kotlin-ktor-billing": [["jackson-default-typing-rce", "prefs-cookie-java-deserialization"]], // deserialization twice
  "fastapi-file-share-api": [
    ["admin-search-sqli", "admin-search-missing-authz"], // one handler
    ["upload-filename-traversal", "download-path-traversal"], // CWE-22 twice
  ],
  "go-webhook-relay": [
    ["signature-timing-compare", "admin-token-timing-compare"], // timing comparison twice
    ["admin-token-timing-compare", "admin-token-empty-bypass"], // same lines
  ],
  "k8s-orders-api-manifests": [["privileged-container", "container-runs-as-root"]], // one securityContext
  "c-kvp-parser": [
    ["nrec-size-overflow", "recs-loop-off-by-one"], // one function, adjacent lines
    ["raw-double-free", "nrec-use-after-free"], // memory lifetime twice
  ],
  "ts-express-auth": [["login-sql-injection", "admin-sort-sql-injection"]], // CWE-89 twice
  "rails-document-uploads": [
    ["upload-filename-traversal", "download-path-traversal"], // CWE-22 twice
    ["download-path-traversal", "download-missing-authorization"], // line 59
  ],
  "react-comment-thread": [
    ["postmessage-missing-origin-check", "next-param-open-redirect"], // one handler
    ["markdown-dangerously-set-html-xss", "author-website-javascript-url"], // XSS twice
  ],
  "java-spring-docstore": [
    ["jwt-unsigned-token-accepted", "hardcoded-jwt-secret"], // one line, two CodeQL rules
    ["path-traversal-download", "path-traversal-upload"], // CWE-22 twice
  ],
  "csharp-reporting-minimal-api": [
    ["sqli-customer-filter", "sqli-order-by-sort"], // CWE-89 twice, one scanner rule
    ["command-injection-export", "export-stderr-in-response"], // one handler
  ],
  "php-pdo-password-reset": [["sqli-reset-token-lookup", "reset-expiry-not-checked"]], // line 42
  "c-sensor-frame-parser": [
    ["set-name-overflow", "set-name-format-string"], // one function
    ["set-name-overflow", "fw-chunk-offset-unchecked"], // CWE-787 twice
  ],
  "go-flag-admin": [["sqli-list-flags", "sqli-toggle-flag"]], // CWE-89 twice
  "terraform-aws-web-stack": [["sg-ssh-open-world", "sg-postgres-open-world"]], // 0.0.0.0/0 twice
  "wp-event-rsvp-plugin": [
    ["sqli-delete-guest-id", "sqli-guest-list-event"], // CWE-89 twice
    ["delete-guest-missing-auth", "sqli-delete-guest-id"], // one handler, line 79
  ],
  "phoenix-order-controller": [
    ["atom-from-sort-param", "atom-from-carrier-param"], // String.to_atom twice
    // The subject of the same name in subjects-43 (session 10).
    ["invoice-path-traversal", "invoice-not-owner-scoped"],
    ["binary-to-term-cursor", "cursor-decode-crash"],
  ],
  "py-repokit-cli": [
    ["tar-extractall-traversal", "zip-slip"], // path traversal twice
    ["zip-slip", "zip-bomb"], // same lines
    ["clone-shell-injection", "checkout-os-system-injection"], // command injection twice
    ["tls-verify-disabled", "requests-no-timeout"], // one call, two Bandit rules
  ],
  "rails-invoices": [["download-path-traversal", "download-cross-tenant"]], // same lines
  "fastapi-relay-worker": [
    ["thumbnail-command-injection", "thumbnail-source-ssrf"], // line 121
    ["thumbnail-source-ssrf", "webhook-url-ssrf"], // SSRF twice
  ],
  "go-ssh-bastion": [
    ["deploy-key-file-mode", "session-log-file-mode"], // CWE-732 twice
    ["password-in-session-log", "session-log-injection"], // same lines
  ],
  "node-express-payments": [
    ["nosql-order-status-query", "nosql-coupon-code"], // NoSQL injection twice
    ["webhook-sig-timing-compare", "webhook-sig-not-raw-body"], // one function
  ],
  "python-django-reports": [
    ["download-404-xss", "preview-title-xss"], // XSS twice
    ["download-path-traversal", "download-no-ownership-check"], // one line
  ],
  "kotlin-android-notes": [
    ["prefs-world-readable", "export-file-world-readable"], // one weakness, two files
    ["webview-js-bridge-untrusted-url", "webview-universal-file-access"], // same lines
  ],
  "cpp-image-decoder": [
    ["alloc-size-overflow", "chunk-bounds-wrap"], // CWE-190 twice
    ["alloc-size-overflow", "palette-index-oob"], // one line
  ],
  "nova-style-compute-api": [
    ["image-tls-verify-disabled", "image-request-no-timeout"], // one call
    ["auth-token-logged", "admin-password-logged"], // CWE-532 twice
  ],
  "qt-network-reply": [
    ["sql-injection-iscached", "sql-injection-remember"], // CWE-89 twice
  ],
  "php-laravel-orders": [
    ["idor-order-update", "mass-assignment-update"], // one line, two defects
    ["path-traversal-download", "export-download-no-owner-check"], // one endpoint
  ],
  "ts-nextjs-api": [
    ["cmdi-thumbnail-convert", "cmdi-archive-zip"], // CWE-78 twice, two routes
  ],
  "python-fastapi-billing": [
    ["pickle-cache-deserialization", "yaml-template-deserialization"], // CWE-502 twice
    ["revenue-report-sqli", "revenue-report-no-auth"], // one route, same lines
  ],
  "c-embedded-config": [
    ["cfg-warn-sprintf-overflow", "cfg-warn-syslog-format-string"], // adjacent lines of one function
    ["cfg-warn-sprintf-overflow", "hostname-off-by-one"], // two buffer overflows
  ],
  "csharp-aspnet-accounts": [
    ["profile-read-idor", "profile-update-idor"], // CWE-639 twice, GET and PUT
    ["profile-update-idor", "profile-mass-assignment"], // one action, adjacent lines
    ["login-user-enumeration", "login-no-lockout"], // one action, lines 40-43
  ],
  "java-spring-upload": [
    ["sqli-search", "sqli-sort"], // CWE-89 in two methods
    ["path-traversal-download", "download-missing-ownership"], // one handler, one line
    ["sqli-search", "fp-sqli-columns-concat"], // a false alarm of the same class
  ],
};

/**
 * Bars a little under what each corpus measures now (B-cubed, pairwise; extraction 0.95 unless
 * given: the last four were written in session 8 and measured with few changes made for them).
 */
const BARS: Record<string, { bcubed: number; pairwise: number; extraction?: number; verdict?: number }> = {
  "subjects-2": { bcubed: 0.92, pairwise: 0.88 },
  "subjects-3": { bcubed: 0.93, pairwise: 0.9 },
  "subjects-4": { bcubed: 0.9, pairwise: 0.85 },
  "subjects-5": { bcubed: 0.92, pairwise: 0.88 },
  "subjects-6": { bcubed: 0.93, pairwise: 0.9 },
  "subjects-7": { bcubed: 0.9, pairwise: 0.86 },
  "subjects-8": { bcubed: 0.92, pairwise: 0.9 },
  "subjects-9": { bcubed: 0.85, pairwise: 0.8 },
  "subjects-10": { bcubed: 0.9, pairwise: 0.87 },
  "subjects-11": { bcubed: 0.93, pairwise: 0.9 },
  "subjects-12": { bcubed: 0.92, pairwise: 0.89 },
  "subjects-13": { bcubed: 0.89, pairwise: 0.83 },
  "subjects-14": { bcubed: 0.91, pairwise: 0.87 },
  "subjects-15": { bcubed: 0.87, pairwise: 0.81 },
  "subjects-16": { bcubed: 0.9, pairwise: 0.84 },
  "subjects-17": { bcubed: 0.83, pairwise: 0.75 },
  "subjects-18": { bcubed: 0.86, pairwise: 0.77 },
  "subjects-19": { bcubed: 0.9, pairwise: 0.8 },
  "subjects-20": { bcubed: 0.88, pairwise: 0.82 },
  "subjects-21": { bcubed: 0.91, pairwise: 0.85 },
  "subjects-22": { bcubed: 0.9, pairwise: 0.82 },
  "subjects-23": { bcubed: 0.93, pairwise: 0.91 },
  "subjects-24": { bcubed: 0.87, pairwise: 0.79 },
  "subjects-25": { bcubed: 0.91, pairwise: 0.86 },
  "subjects-26": { bcubed: 0.86, pairwise: 0.8 },
  "subjects-27": { bcubed: 0.9, pairwise: 0.8 },
  "subjects-28": { bcubed: 0.91, pairwise: 0.85 },
  "subjects-29": { bcubed: 0.87, pairwise: 0.78 },
  "subjects-30": { bcubed: 0.81, pairwise: 0.68 },
  "subjects-31": { bcubed: 0.81, pairwise: 0.65, extraction: 0.87 },
  "subjects-32": { bcubed: 0.87, pairwise: 0.76, extraction: 0.92 },
  "subjects-33": { bcubed: 0.79, pairwise: 0.6, extraction: 0.81 },
  "subjects-34": { bcubed: 0.77, pairwise: 0.5, extraction: 0.89 },
  // Written in session 9 by people who saw none of the code; first scores in the header above.
  "subjects-35": { bcubed: 0.88, pairwise: 0.8, extraction: 0.92 },
  "subjects-36": { bcubed: 0.9, pairwise: 0.84, extraction: 0.92 },
  // Its SonarQube log holds only code smells, which are no findings here (the gold counts them).
  "subjects-37": { bcubed: 0.91, pairwise: 0.86, extraction: 0.93, verdict: 0.95 },
  "subjects-38": { bcubed: 0.84, pairwise: 0.72 },
  "subjects-39": { bcubed: 0.85, pairwise: 0.73 },
  "subjects-40": { bcubed: 0.89, pairwise: 0.84, extraction: 0.92 },
  "subjects-41": { bcubed: 0.79, pairwise: 0.64, extraction: 0.92 },
  "subjects-42": { bcubed: 0.85, pairwise: 0.73 },
  // Written in session 10 by people who saw none of the code; first scores in the header above.
  "subjects-43": { bcubed: 0.84, pairwise: 0.64 },
  "subjects-44": { bcubed: 0.87, pairwise: 0.75 },
  "subjects-45": { bcubed: 0.88, pairwise: 0.78, extraction: 0.94 },
  "subjects-46": { bcubed: 0.83, pairwise: 0.66 },
  "subjects-47": { bcubed: 0.85, pairwise: 0.71, extraction: 0.92 },
  "subjects-48": { bcubed: 0.89, pairwise: 0.82, extraction: 0.91 },
  "subjects-49": { bcubed: 0.84, pairwise: 0.65, extraction: 0.91 },
  "subjects-50": { bcubed: 0.9, pairwise: 0.83, extraction: 0.93 },
  // Written in session 11 by people who saw none of the code; first scores in the header above.
  "subjects-51": { bcubed: 0.88, pairwise: 0.78, extraction: 0.93 },
  "subjects-52": { bcubed: 0.84, pairwise: 0.75, extraction: 0.87 },
  "subjects-53": { bcubed: 0.82, pairwise: 0.71, extraction: 0.95 },
  "subjects-54": { bcubed: 0.85, pairwise: 0.72, extraction: 0.93 },
  "subjects-55": { bcubed: 0.9, pairwise: 0.83, extraction: 0.9, verdict: 0.95 },
  "subjects-56": { bcubed: 0.91, pairwise: 0.87, extraction: 0.91 },
  "subjects-57": { bcubed: 0.82, pairwise: 0.67, extraction: 0.84, verdict: 0.95 },
  "subjects-58": { bcubed: 0.86, pairwise: 0.76, extraction: 0.93 },
  // Written in session 12 by people who saw none of the code; first scores in the header above.
  "subjects-59": { bcubed: 0.88, pairwise: 0.79, extraction: 0.96 },
  "subjects-60": { bcubed: 0.84, pairwise: 0.72 },
  "subjects-61": { bcubed: 0.9, pairwise: 0.83, extraction: 0.97 },
  "subjects-62": { bcubed: 0.84, pairwise: 0.72, extraction: 0.96 },
  "subjects-63": { bcubed: 0.91, pairwise: 0.82, extraction: 0.97 },
  "subjects-64": { bcubed: 0.89, pairwise: 0.8 },
  "subjects-65": { bcubed: 0.85, pairwise: 0.75, extraction: 0.96 },
  "subjects-66": { bcubed: 0.82, pairwise: 0.68, extraction: 0.97 },
};

describe.each(Object.keys(BARS))("the held-out corpus test/fixtures/%s through the whole pipeline", (folder) => {
  const CORPUS = path.resolve(import.meta.dirname, "../fixtures", folder);
  let score: CorpusScore;

  beforeAll(async () => {
    score = (await runCorpus(CORPUS)).score;
  }, 120_000);

  it("finds the findings of every report shape, and reads the clean report as no issues", () => {
    expect(score.metrics.extraction.f1).toBeGreaterThanOrEqual(BARS[folder].extraction ?? 0.95);
    expect(score.metrics.verdict).toBeGreaterThanOrEqual(BARS[folder].verdict ?? 1);
  });

  it(`groups at B-cubed F1 ${BARS[folder].bcubed} and pairwise F1 ${BARS[folder].pairwise} or better`, () => {
    expect(score.metrics.bcubed.f1).toBeGreaterThanOrEqual(BARS[folder].bcubed);
    expect(score.metrics.pairwise.f1).toBeGreaterThanOrEqual(BARS[folder].pairwise);
  });

  /**
   * Known wrong joins, each with its reason, listed exactly so that a fix fails the test until the
   * entry goes and any new wrong join fails it too.
   */
  const KNOWN_WRONG_JOINS: Record<string, string[]> = {
    "subjects-2": [
      // Counterparts (session 9): priya's terse "and nothing checks that `id` is the caller's own id" (the update) is the closest
      // match in her report for gemini's one IDOR finding (the read), and the read and update groups meet through it.
      "csharp-aspnet-accounts: profile-read-idor + profile-update-idor",
    ],
    "subjects-4": [
      // Two SQL statements built with QString::arg in two methods; reviewers name one or the other loosely.
      "qt-network-reply: sql-injection-iscached + sql-injection-remember",
    ],
    "subjects-15": [
      // One reviewer folds both injections into one finding ("raw query fragments (search and export sort)"): gold files it under
      // the search, and it meets the export's findings as well.
      "laravel-support-tickets: sqli-index-search + sqli-export-order",
    ],
    "subjects-17": [
      // Folds: one reviewer puts the SSRF and the missing timeout in one finding, another both path traversals.
      "django-newsletter-api: webhook-ssrf + webhook-no-timeout",
      "rust-filedrop-service: upload-path-traversal + download-path-traversal",
    ],
    "subjects-19": [
      // Counterparts (session 9): PMD's "Avoid printStackTrace()" in the login's catch block is the closest match in PMD's log
      // for gemini's "Information Disclosure through error handling" of the same block.
      "acme-report-servlet: login-error-leak + login-printstacktrace",
      // A fold: llama's "Weak PIN Storage" is the MD5 hash and the kSecAttrAccessibleAlways item in one finding.
      "northbank-ios-apiclient: pin-md5-unsalted + keychain-accessible-always",
    ],
    "subjects-21": [
      // A fold: haiku's "Error handling in the catch block" holds the stack in the response and the logged event.
      "lambda-invoice-export: event-logged-with-auth-header + stack-trace-in-response",
    ],
    "subjects-22": [
      // Measured once, nothing changed for it. A note naming "lines 60 and 115" and no weakness meets the sprintf overflow on
      // line 60; codellama folds strcpy and sprintf into "Use of unsafe string functions".
      "c-recdump-parser: sprintf-output-path-overflow + output-path-traversal",
      "c-recdump-parser: strcpy-header-name + sprintf-output-path-overflow",
    ],
    "subjects-23": [
      // A fold: claude's "Broken object-level authorization on `findOne` and `cancel`" is both checks in one finding.
      "clinic-appointments-nestjs: idor-findone + idor-cancel",
    ],
    "subjects-24": [
      // A fold: priya's "L12/L81" note is the nil admin key and the non-constant-time comparison in one line.
      "openresty-gateway-access: admin-key-nil + admin-key-timing",
    ],
    "subjects-26": [
      // Written last, measured with nothing changed for it: gemini folds the hardcoded key and ECB mode into one finding.
      "notes-android: hardcoded-aes-key + ecb-mode",
    ],
    "subjects-27": [
      // Adjacent lines of pg_hba.conf: raj's terse "pg_hba.conf.j2 L7" note (trust for replication) names the file and a line
      // next to gemini's "Overly Broad Network Access in pg_hba.conf", whose CWE-284 meets both.
      "ansible-postgres-provisioning: db-exposed-any-network + replication-trust",
    ],
    "subjects-28": [
      // One log line: priya's "The import log line (94) prints the raw title" names no weakness to tell forging from exposure.
      "quarkus-document-resource: log-injection-title + log-sensitive-title",
    ],
    "subjects-33": [
      // Written in session 8 and measured with nothing changed for its grouping: gpt-4o's false positive "Potential SQL
      // Injection in `ListByCategory`" contrasts the method with SearchTransactions in its body, so both name both methods.
      "grpc-statement-service: search-sqli + category-sqli-fp",
    ],
    "subjects-41": [
      // Measured once, after Polaris' JSON was first read: its two "pods/exec" results on the ClusterRole meet the reviewers'
      // "ClusterRole can read all Secrets" findings through the role's name; no reviewer names pods/exec.
      "k8s-kustomize-payments: rbac-secrets-clusterwide + rbac-pod-exec",
    ],
    "subjects-42": [
      // Measured once, nothing changed for it: "postMessage with wildcard target origin" and "postMessage without origin check"
      // share every word but the one that tells sending from receiving.
      "chrome-ext-clipnote: content-postmessage-no-origin + preview-result-postmessage-wildcard",
    ],
    "subjects-46": [
      // Written in session 10, measured once: gpt-4o's "Command Injection in PDF Export" (a false alarm) and claude's "Path
      // Traversal in the PDF Export Output Name" are one execFile line in one handler, and say so in most of their words.
      "electron-notes-main-preload: fp-export-pdf-command-injection + export-pdf-outname-traversal",
      // One @json line: llama's false "Cross-Site Scripting via @json" and sofia's "dumps the whole model into JS" name it alike.
      "laravel-ticket-controller-blade: json-dump-internal-fields + fp-json-script-breakout-xss",
    ],
    "subjects-47": [
      // Session 11: jana's Czech review is now read as one (its numbered points all count). Her point on the null share token
      // ends with the fix, "porovnávat přes \`crypto.timingSafeEqual\`", which gpt-4.1's timing finding names as its point.
      // Symbols from fix advice left out everywhere cost more than this (pairwise -0.004 mean over 56 corpora).
      "nextjs-report-export: share-token-null-bypass + share-token-timing",
    ],
    "subjects-5": [
      // Two XSS sinks; one reviewer's "Reflected XSS in Error Message" quotes the preview's code too, and none calls the preview stored.
      "python-django-reports: download-404-xss + preview-title-xss",
    ],
  };

  it("never puts two different issues that share a class, a handler or lines into one issue", () => {
    const mixed: string[] = [];
    for (const subject of score.subjects)
      for (const [a, b] of KEPT_APART[subject.name] ?? []) {
        const issuesOf = (cluster: string) => new Set(subject.items.filter((i) => i.cluster === cluster && i.issueId !== null).map((i) => i.issueId));
        if ([...issuesOf(a)].some((id) => issuesOf(b).has(id))) mixed.push(`${subject.name}: ${a} + ${b}`);
      }
    expect(mixed).toEqual(KNOWN_WRONG_JOINS[folder] ?? []);
  });
});
