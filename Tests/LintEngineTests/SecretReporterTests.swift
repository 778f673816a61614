import DeploySyntax
import Foundation
@testable import LintEngine
import Testing

/// A secret never appears in any output: every reporter format, every file kind, suppressed findings too.
@Suite("Secrets in reports")
struct SecretReporterTests {
    typealias F = FakeSecret

    /// One file per kind, each holding fake secrets of several detectors.
    static let files: [(path: String, kind: FileKind, text: String)] = {
        let key = (0..<3).map { F.base64(64, 20 + $0) }.joined(separator: "\n    ")
        return [
            (".env", .dotenv, "GITHUB_TOKEN=ghp_\(F.alnum(36, 1))\nSESSION_SECRET=\(F.alnum(32, 2))\n# API_TOKEN=\(F.alnum(24, 3))\n"),
            ("Dockerfile", .dockerfile, "FROM python:3.13-slim\nENV OPENAI_API_KEY=sk-proj-\(F.alnum(48, 4))\nENV DB_PASSWORD \(F.alnum(24, 5))\n"),
            ("compose.yaml", .compose, "services:\n  api:\n    image: acme/api:2.0\n    environment:\n      DATABASE_URL: postgres://app:\(F.alnum(16, 6))@db/app\n      STRIPE_KEY: sk_live_\(F.alnum(24, 7))\n"),
            ("secret.yaml", .kubernetes, "apiVersion: v1\nkind: Secret\nmetadata:\n  name: tls\nstringData:\n  tls.key: |\n    -----BEGIN RSA PRIVATE KEY-----\n    \(key)\n    -----END RSA PRIVATE KEY-----\n  token: \(F.alnum(28, 8))\n"),
            (".github/workflows/ci.yml", .githubWorkflow, "on: push\njobs:\n  ci:\n    runs-on: ubuntu-24.04\n    env:\n      SLACK_BOT_TOKEN: xoxb-7039184625-5820417396-\(F.alnum(24, 9))\n    steps:\n      - run: echo \(F.jwt)\n"),
            ("main.tf", .hcl, "provider \"aws\" {\n  access_key = \"AKIA\(F.base32(16, 10))\"\n  secret_key = \"\(F.base64(40, 11))\"\n}\n"),
        ]
    }()

    /// Findings as the engine builds them (severity, fingerprints, sources), from `RuleRunner` for every kind.
    static func report(suppressingEvery: Bool = false) -> (LintReport, secrets: [String]) {
        var report = LintReport(rules: SecretRules.all.map { RuleCatalog.metadata[$0.id] ?? .undocumented(id: $0.id, kind: "secrets") })
        var secrets: [String] = []
        for entry in files {
            let file = SourceFile(path: entry.path, text: entry.text)
            let outcome = RuleRunner.run(LintInput(kind: entry.kind, file: file), rules: SecretRules.all, context: RuleContext(path: entry.path))
            var findings: [Finding] = []
            for (ruleID, violation) in outcome.violations where ruleID.hasPrefix("SEC") {
                findings.append(Finding(ruleID: ruleID, severity: violation.severity ?? .error, message: violation.message,
                                        path: entry.path, kind: entry.kind, range: violation.range, redactions: violation.redactions,
                                        suppression: suppressingEvery ? FindingSuppression(kind: .inSource, reason: "fixture") : nil))
                for redaction in violation.redactions { secrets.append(file.text(in: redaction)) }
            }
            FindingFingerprint.assign(&findings, file: file)
            report.findings += findings
            report.sources[entry.path] = file
            report.files.append(LintedFile(path: entry.path, relativePath: entry.path, kind: entry.kind, ruleIDs: SecretRules.all.map(\.id)))
        }
        report.findings.sort(by: Finding.reportOrder)
        return (report, secrets)
    }

    @Test func everyKind_yieldsFindings_withRedactions() {
        let (report, secrets) = Self.report()
        #expect(Set(report.findings.map(\.kind)) == Set(FileKind.allCases))
        #expect(report.findings.count == 13)
        #expect(report.findings.allSatisfy { !$0.redactions.isEmpty })
        #expect(secrets.count == report.findings.count)
    }

    @Test(arguments: ReportFormat.allCases)
    func reportFormat_neverPrintsASecret(_ format: ReportFormat) {
        for suppressed in [false, true] {
            let (report, secrets) = Self.report(suppressingEvery: suppressed)
            for style in [TerminalStyle.plain, .ansi] {
                let output = Reporter.render(report, format: format, options: ReportOptions(style: style, includeSuppressed: true))
                #expect(!output.isEmpty)
                for secret in secrets {
                    for piece in SecretLeakCheck.pieces(of: secret) {
                        #expect(!output.contains(piece), "\(format.rawValue) output shows '\(piece)' of a secret")
                    }
                }
                // The redacted form is what users see instead.
                #expect(output.contains("ghp_") && output.contains("(40 chars)"), "\(format.rawValue) output lacks the redacted form")
            }
        }
    }

    /// The real engine path (discovery kind, suppressions, fingerprints) for `.env` files, which the engine
    /// already hands to text rules.
    @Test(arguments: ReportFormat.allCases)
    func engineReport_ofADotenvFile_neverPrintsASecret(_ format: ReportFormat) {
        let token = "ghp_" + F.alnum(36, 12)
        let secret = F.alnum(32, 13)
        let text = "GITHUB_TOKEN=\(token)\nSESSION_SECRET=\(secret) # specql-deploy ignore=SEC029 reason=\"rotated\"\n"
        let ruleSet = RuleSet(rules: SecretRules.all, engineRuleIDs: [], metadataByID: RuleCatalog.metadata)
        let report = LintEngine(ruleSet: ruleSet).lint(file: SourceFile(path: ".env", text: text), kind: .dotenv)
        #expect(report.findings.map(\.ruleID) == ["SEC003", "SEC029"])
        #expect(report.findings.last?.isSuppressed == true)
        let output = Reporter.render(report, format: format, options: ReportOptions(includeSuppressed: true))
        for piece in SecretLeakCheck.pieces(of: token) + SecretLeakCheck.pieces(of: secret) {
            #expect(!output.contains(piece), "\(format.rawValue) output shows '\(piece)'")
        }
    }
}
