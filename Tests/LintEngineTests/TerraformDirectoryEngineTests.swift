import DeploySyntax
import Foundation
@testable import LintEngine
import Testing

/// The engine lints the `.tf`/`.tofu` files of one directory as one module, then gives each file its own findings.
@Suite struct TerraformDirectoryEngineTests {
    static let variables = """
        variable "public" {
          type    = bool
          default = true
        }

        """
    static let main = """
        resource "aws_db_instance" "app" {
          engine              = "postgres"
          instance_class      = "db.t4g.micro"
          publicly_accessible = var.public
        }

        """

    static func engine(_ ids: Set<String>, root: String, excludes: [String] = []) -> LintEngine {
        LintEngine(ruleSet: RuleSet.registered.restricted(to: ids), options: .init(
            excludes: excludes.map(GlobPattern.init), projectRoot: root, workingDirectory: root))
    }

    @Test func variableDefault_inASiblingFile_decidesTheFinding() async throws {
        let dir = try TemporaryDirectory()
        try dir.write("infra/variables.tf", Self.variables)
        try dir.write("infra/main.tf", Self.main)
        let report = await Self.engine(["TF002"], root: dir.path).lint(paths: ["."])
        #expect(report.findings.map { "\($0.path) \($0.short)" } == ["infra/main.tf TF002 4:3"])
        #expect(report.files.map(\.path) == ["infra/main.tf", "infra/variables.tf"])
        #expect(report.files.allSatisfy { $0.skippedReason == nil && $0.ruleIDs.contains("TF002") })

        // Alone, main.tf cannot know the default: `var.public` stays unknown and nothing is reported.
        let alone = Self.engine(["TF002"], root: dir.path).lint(
            file: SourceFile(path: "infra/main.tf", text: Self.main), kind: .hcl, siblingFileNames: ["main.tf", "variables.tf"])
        #expect(alone.findings.isEmpty)
    }

    @Test func companionResource_inASiblingFile_isSeen() async throws {
        let dir = try TemporaryDirectory()
        try dir.write("net/vpc.tf", "resource \"aws_vpc\" \"main\" {\n  cidr_block = \"10.0.0.0/16\"\n}\n")
        try dir.write("net/logs.tf", "resource \"aws_flow_log\" \"main\" {\n  vpc_id       = aws_vpc.main.id\n  traffic_type = \"REJECT\"\n}\n")
        let covered = await Self.engine(["TF028"], root: dir.path).lint(paths: ["."])
        #expect(covered.findings.isEmpty)

        // The whole directory without a flow log: the module is complete, so the absence is reported.
        try dir.write("net/logs.tf", "locals {\n  owner = \"platform\"\n}\n")
        let uncovered = await Self.engine(["TF028"], root: dir.path).lint(paths: ["."])
        #expect(uncovered.findings.map { "\($0.path) \($0.short)" } == ["net/vpc.tf TF028 1:1"])
    }

    @Test func partialDirectory_isNotComplete_soAbsenceRulesStayQuiet() async throws {
        let dir = try TemporaryDirectory()
        try dir.write("net/vpc.tf", "resource \"aws_vpc\" \"main\" {\n  cidr_block = \"10.0.0.0/16\"\n}\n")
        try dir.write("net/outputs.tf", "output \"vpc\" {\n  value = aws_vpc.main.id\n}\n")
        try dir.write("net/logs.tf", "resource \"aws_flow_log\" \"main\" {\n  vpc_id = aws_vpc.main.id\n}\n")
        // logs.tf excluded: the two linted files are not the whole module, the flow log may well exist.
        let report = await Self.engine(["TF028"], root: dir.path, excludes: ["net/logs.tf"]).lint(paths: ["."])
        #expect(report.files.map(\.path) == ["net/outputs.tf", "net/vpc.tf"])
        #expect(report.findings.isEmpty)
        // One file beside others, linted alone (the per-file path): not complete either.
        let single = await Self.engine(["TF028"], root: dir.path).lint(paths: ["net/vpc.tf"])
        #expect(single.findings.isEmpty)
        // One file alone in its directory: complete.
        try dir.write("solo/vpc.tf", "resource \"aws_vpc\" \"main\" {\n  cidr_block = \"10.0.0.0/16\"\n}\n")
        let solo = await Self.engine(["TF028"], root: dir.path).lint(paths: ["solo"])
        #expect(solo.findings.map { "\($0.path) \($0.short)" } == ["solo/vpc.tf TF028 1:1"])
    }

    @Test func brokenFile_inADirectory_getsSQ001_andTheOthersAreStillChecked() async throws {
        let dir = try TemporaryDirectory()
        try dir.write("infra/variables.tf", Self.variables)
        try dir.write("infra/main.tf", Self.main)
        try dir.write("infra/broken.tf", "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \n")
        let report = await Self.engine(["TF002", "SQ001"], root: dir.path).lint(paths: ["."])
        #expect(report.findings.map { "\($0.path) \($0.ruleID) \($0.range.start.line)" } == [
            "infra/broken.tf SQ001 2", "infra/main.tf TF002 4",
        ])
    }

    @Test func suppressionComment_inOneFile_silencesItsDirectoryFinding() async throws {
        let dir = try TemporaryDirectory()
        try dir.write("infra/variables.tf", Self.variables)
        try dir.write("infra/main.tf", Self.main.replacingOccurrences(
            of: "  publicly_accessible", with: "  # specql-deploy ignore=TF002 reason=\"demo database\"\n  publicly_accessible"))
        let report = await Self.engine(["TF002", "SQ002", "SQ003"], root: dir.path).lint(paths: ["."])
        #expect(report.findings.map(\.short) == ["TF002 5:3"])
        #expect(report.findings.first?.suppression?.reason == "demo database")
    }
}

@Suite struct SecretFingerprintTests {
    /// Two files that differ only in the hidden part of a secret.
    static func findings(secret: String) -> [Finding] {
        TestRules.lint("FROM alpine:3.20\nRUN echo FORBIDDEN TOKEN=\(secret)\n", rules: [TestRules.forbidden, TestRules.secret]).findings
    }

    @Test func fingerprints_neverHashTheHiddenPartOfASecret() throws {
        let first = Self.findings(secret: "ghp_1111111111111111")
        let second = Self.findings(secret: "ghp_2222222222222222")
        #expect(first.map(\.short) == ["DF900 2:10", "DF901 2:20"])
        #expect(first.map(\.fingerprint) == second.map(\.fingerprint))
        #expect(first.map(\.lineHash) == second.map(\.lineHash))

        // What is hashed is the masked line (visible prefix kept, as messages show it), for every finding on it.
        let masked = SourceFile(path: "Dockerfile", text: "FROM alpine:3.20\nRUN echo FORBIDDEN TOKEN=ghp_****************\n")
        let raw = SourceFile(path: "Dockerfile", text: "FROM alpine:3.20\nRUN echo FORBIDDEN TOKEN=ghp_1111111111111111\n")
        let maskedHash = FindingFingerprint.hex(FindingFingerprint.normalisedLineHash(masked, line: 2))
        let rawHash = FindingFingerprint.hex(FindingFingerprint.normalisedLineHash(raw, line: 2))
        #expect(first.map(\.lineHash) == [maskedHash + ":1", maskedHash + ":1"])
        #expect(!first.contains { $0.lineHash.hasPrefix(rawHash) })
    }

    @Test func sarifAndBaseline_carryNoHashOfTheSecret() throws {
        let findings = Self.findings(secret: "ghp_1111111111111111")
        let raw = SourceFile(path: "Dockerfile", text: "FROM alpine:3.20\nRUN echo FORBIDDEN TOKEN=ghp_1111111111111111\n")
        let rawHash = FindingFingerprint.hex(FindingFingerprint.normalisedLineHash(raw, line: 2))
        var report = LintReport(findings: findings, rules: TestRules.ruleSet().allMetadata)
        report.sources["Dockerfile"] = raw
        let sarif = Reporter.render(report, format: .sarif)
        #expect(sarif.contains("primaryLocationLineHash"))
        #expect(!sarif.contains(rawHash))
        #expect(!sarif.contains("1111111111111111"))
    }

    @Test func findingsWithoutSecrets_keepTheirFingerprints() {
        // The fingerprint of an unredacted line is the FNV-1a scheme of before: rule, path, line hash, occurrence.
        let finding = TestRules.lint("FROM alpine:3.20\nRUN echo FORBIDDEN\n", rules: [TestRules.forbidden]).findings[0]
        var a = FNV1a(basis: 0xcbf2_9ce4_8422_2325)
        var b = FNV1a(basis: 0x84222325_cbf29ce4)
        let lineHash = FindingFingerprint.normalisedLineHash(SourceFile(path: "Dockerfile", text: "FROM alpine:3.20\nRUN echo FORBIDDEN\n"), line: 2)
        for part in ["DF900", "Dockerfile", FindingFingerprint.hex(lineHash), "0"] {
            a.combine(part)
            b.combine(part)
        }
        #expect(finding.fingerprint == FindingFingerprint.hex(a.value) + FindingFingerprint.hex(b.value))
        #expect(finding.lineHash == FindingFingerprint.hex(lineHash) + ":1")
    }
}
