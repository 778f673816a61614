import DeploySyntax
import Foundation
@testable import LintEngine
import Testing

@Suite struct EngineTests {
    @Test func findings_areOrderedByPathThenPosition_whateverTheScheduling() async throws {
        let dir = try TemporaryDirectory()
        for name in ["b", "a", "c/d", "e", "f", "g", "h", "i"] {
            try dir.write("\(name)/Dockerfile", "FROM alpine:3.20\nRUN echo LOUD FORBIDDEN\nRUN echo FORBIDDEN\n")
        }
        let report = await TestRules.engine(root: dir.path).lint(paths: ["."])
        let paths = report.findings.map(\.path)
        #expect(paths == paths.sorted())
        #expect(report.findings.prefix(3).map(\.short) == ["DF904 2:10", "DF900 2:15", "DF900 3:10"])
        #expect(report.findings.count == 24)
        #expect(report.files.map(\.path) == ["a/Dockerfile", "b/Dockerfile", "c/d/Dockerfile", "e/Dockerfile",
                                             "f/Dockerfile", "g/Dockerfile", "h/Dockerfile", "i/Dockerfile"])
        let again = await TestRules.engine(root: dir.path).lint(paths: ["."])
        #expect(again.findings == report.findings)
    }

    @Test func exitCode_followsTheFailOnThreshold() {
        let warning = TestRules.lint("FROM alpine:3.20\nRUN echo FORBIDDEN\n")
        #expect(warning.exitCode(failOn: .warning) == 1)
        #expect(warning.exitCode(failOn: .note) == 1)
        #expect(warning.exitCode(failOn: .error) == 0)
        let clean = TestRules.lint("FROM alpine:3.20\n")
        #expect(clean.exitCode(failOn: .note) == 0)
        #expect(clean.findings.isEmpty)
    }

    @Test func failOn_comesFromOptionsThenConfigurationThenWarning() throws {
        let file = SourceFile(path: "Dockerfile", text: "FROM alpine:3.20\nRUN echo FORBIDDEN\n")
        #expect(TestRules.engine().lint(file: file, kind: .dockerfile).exitCode == 1)
        let lenient = try TestRules.config("fail-on: error\n")
        #expect(TestRules.engine(configuration: lenient).lint(file: file, kind: .dockerfile).exitCode == 0)
        #expect(TestRules.engine(configuration: lenient, failOn: .note).lint(file: file, kind: .dockerfile).exitCode == 1)
    }

    @Test func unreadableFile_isReportedAsAnError_andTheOtherFilesAreStillLinted() async throws {
        let dir = try TemporaryDirectory()
        try dir.write("ok/Dockerfile", "FROM alpine:3.20\nRUN echo FORBIDDEN\n")
        try FileManager.default.createDirectory(at: dir.url.appendingPathComponent("bad"), withIntermediateDirectories: true)
        // /proc/self/mem opens but fails to read at offset 0, even for root.
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/bad/Dockerfile", withDestinationPath: "/proc/self/mem")
        let report = await TestRules.engine(root: dir.path).lint(paths: ["."])
        #expect(report.errors.map(\.path) == ["bad/Dockerfile"])
        #expect(report.findings.map(\.short) == ["DF900 2:10"])
        #expect(report.exitCode == 2)
    }

    @Test func missingPath_isAnError_exit2() async throws {
        let dir = try TemporaryDirectory()
        let report = await TestRules.engine(root: dir.path).lint(paths: ["nope/Dockerfile"])
        #expect(report.errors.count == 1)
        #expect(report.errors.first?.message.contains("no such file") == true)
        #expect(report.exitCode == 2)
    }

    @Test func fileThatIsNotUTF8_yieldsOneSQ001_andTheRunGoesOn() async throws {
        let dir = try TemporaryDirectory()
        try dir.write("a/Dockerfile", bytes: Array("FROM alpine:3.20\n# caf".utf8) + [0xE9] + Array("\nRUN echo FORBIDDEN\n".utf8))
        try dir.write("b/Dockerfile", "FROM alpine:3.20\nRUN echo FORBIDDEN\n")
        let report = await TestRules.engine(root: dir.path).lint(paths: ["."])
        #expect(report.findings.map { "\($0.path) \($0.short)" } == ["a/Dockerfile SQ001 2:6", "b/Dockerfile DF900 2:10"])
        #expect(report.findings.first?.severity == .error)
        #expect(report.findings.first?.message.contains("not UTF-8 text (byte 0xE9)") == true)
    }

    @Test func composeFileThatDoesNotParse_yieldsSQ001AtTheParserPosition() {
        let text = "services:\n  web:\n    image: nginx:1.27\n   ports: [\"8080:80\"]\n"
        let report = TestRules.engine().lint(file: SourceFile(path: "compose.yaml", text: text))
        #expect(report.findings.map(\.short) == ["SQ001 4:4"])
        #expect(report.findings.first?.kind == .compose)
        #expect(report.findings.first?.message.hasPrefix("compose file does not parse:") == true)
    }

    @Test func recognisedKindsWithoutRules_areSkippedQuietly() async throws {
        let dir = try TemporaryDirectory()
        try dir.write("main.tf", "resource \"x\" \"y\" {}\n")
        try dir.write(".env", "A=1\n")
        try dir.write("k8s/deployment.yaml", "apiVersion: apps/v1\nkind: Deployment\n")
        try dir.write("Dockerfile.j2", "FROM {{ base }}\n")
        let report = await TestRules.engine(root: dir.path).lint(paths: ["."])
        #expect(report.findings.isEmpty)
        #expect(report.exitCode == 0)
        #expect(report.files.map(\.path) == [".env", "Dockerfile.j2", "main.tf"])
        #expect(report.files.allSatisfy { $0.skippedReason != nil })
    }

    @Test func discovery_skipsVCSBuildAndDependencyFolders_andExcludes() async throws {
        let dir = try TemporaryDirectory()
        for folder in [".git", ".build", "node_modules/pkg", "vendor", "generated/old", "keep"] {
            try dir.write("\(folder)/Dockerfile", "FROM alpine:3.20\nRUN echo FORBIDDEN\n")
        }
        try dir.write("keep/Dockerfile.dockerignore", "*\n")
        try dir.write("keep/app.dockerfile", "FROM alpine:3.20\n")
        let report = await TestRules.engine(root: dir.path, excludes: ["generated/"]).lint(paths: ["."])
        #expect(report.files.map(\.path) == ["keep/Dockerfile", "keep/app.dockerfile"])
        let explicit = await TestRules.engine(root: dir.path).lint(paths: ["vendor/Dockerfile"])
        #expect(explicit.files.map(\.path) == ["vendor/Dockerfile"], "a path given explicitly is linted")
    }

    @Test func configurationExcludes_areRelativeToTheConfigurationFile() async throws {
        let dir = try TemporaryDirectory()
        try dir.write("legacy/Dockerfile", "FROM alpine:3.20\nRUN echo FORBIDDEN\n")
        try dir.write("app/Dockerfile", "FROM alpine:3.20\nRUN echo FORBIDDEN LOUD\n")
        var config = try TestRules.config("exclude: [legacy/**]\nrules:\n  DF904:\n    exclude: [app/]\n")
        config.baseDirectory = dir.path
        let report = await TestRules.engine(configuration: config, root: dir.path).lint(paths: ["."])
        #expect(report.findings.map { "\($0.path) \($0.short)" } == ["app/Dockerfile DF900 2:10"])
        #expect(report.files.first?.ruleIDs.contains("DF904") == false)
    }

    @Test func ruleContext_carriesSiblingNamesAndRuleOptions() async throws {
        let dir = try TemporaryDirectory()
        try dir.write("with/Dockerfile", "FROM alpine:3.20\n")
        try dir.write("with/.dockerignore", ".git\n")
        try dir.write("without/Dockerfile", "FROM alpine:3.20\n")
        var config = try TestRules.config("rules:\n  DF903:\n    budget-mb: 200\n")
        config.baseDirectory = dir.path
        let report = await TestRules.engine([SiblingRule(), OptionRule()], configuration: config, root: dir.path).lint(paths: ["."])
        #expect(report.findings.map { "\($0.path) \($0.ruleID) \($0.message)" } == [
            "with/Dockerfile DF903 budget 200 MB",
            "without/Dockerfile DF903 budget 200 MB",
            "without/Dockerfile DF902 no .dockerignore beside without/Dockerfile",
        ])
    }

    @Test func configuration_disablesRules_andOverridesSeverity() throws {
        let text = "FROM alpine:3.20\nRUN echo FORBIDDEN LOUD TOKEN=abc\n"
        let config = try TestRules.config("rules:\n  DF900: off\n  DF904: note\n  DF901:\n    severity: warning\n")
        let report = TestRules.lint(text, configuration: config)
        #expect(report.findings.map { "\($0.short) \($0.severity.rawValue)" } == ["DF904 2:20 note", "DF901 2:25 warning"])
    }

    @Test func violationSeverity_overridesTheDefault_andConfigurationOverridesBoth() throws {
        #expect(TestRules.lint("FROM alpine:3.20\nRUN echo LOUD\n").findings.first?.severity == .error)
        let config = try TestRules.config("rules:\n  DF904: note\n")
        #expect(TestRules.lint("FROM alpine:3.20\nRUN echo LOUD\n", configuration: config).findings.first?.severity == .note)
    }

    @Test func findingCarriesPathRangeMessageAndFingerprint() {
        let finding = TestRules.lint("FROM alpine:3.20\nRUN echo TOKEN=abc\n").findings[0]
        #expect(finding.ruleID == "DF901")
        #expect(finding.severity == .error)
        #expect(finding.message == "found TOKEN=")
        #expect(finding.range.start == SourcePosition(line: 2, column: 10, offset: 26))
        #expect(finding.range.end == SourcePosition(line: 2, column: 16, offset: 32))
        #expect(finding.redactions.count == 1)
        #expect(finding.fingerprint.count == 32)
        #expect(finding.lineHash.hasSuffix(":1"))
    }

    @Test func columns_countUnicodeScalars_afterMultiByteText() {
        let finding = TestRules.lint("FROM alpine:3.20\nRUN echo \"héllo→\" FORBIDDEN\n").findings[0]
        #expect(finding.short == "DF900 2:19")
    }
}

@Suite struct FingerprintTests {
    static let text = "FROM alpine:3.20\nRUN echo FORBIDDEN\nRUN echo FORBIDDEN\n"

    @Test func fingerprints_surviveLinesInsertedAbove() {
        let before = TestRules.lint(Self.text).findings
        let after = TestRules.lint("# a comment\n\n" + Self.text.replacingOccurrences(of: "RUN echo", with: "RUN   echo")).findings
        #expect(before.map(\.range.start.line) == [2, 3])
        #expect(after.map(\.range.start.line) == [4, 5])
        #expect(before.map(\.fingerprint) == after.map(\.fingerprint))
    }

    @Test func identicalLines_getDistinctFingerprintsByOccurrence() {
        let findings = TestRules.lint(Self.text).findings
        #expect(findings[0].fingerprint != findings[1].fingerprint)
        #expect(findings.map { $0.lineHash.split(separator: ":").last.map(String.init) } == ["1", "2"])
    }

    @Test func fingerprints_dependOnRuleAndPath() {
        let a = TestRules.lint(Self.text, path: "a/Dockerfile").findings[0]
        let b = TestRules.lint(Self.text, path: "b/Dockerfile").findings[0]
        #expect(a.fingerprint != b.fingerprint)
        #expect(a.lineHash == b.lineHash)
    }
}

@Suite struct ClassificationTests {
    @Test(arguments: [
        ("Dockerfile", "dockerfile"), ("Dockerfile.prod", "dockerfile"), ("dockerfile-dev", "dockerfile"),
        ("api.Dockerfile", "dockerfile"), ("Containerfile", "dockerfile"), ("x/compose.yaml", "compose"),
        ("docker-compose.override.yml", "compose"), ("web.compose.yml", "compose"), (".github/workflows/ci.yml", "github-workflow"),
        ("main.tf", "hcl"), ("env.tofu", "hcl"), ("terragrunt.hcl", "hcl"), (".env", "dotenv"), (".env.production", "dotenv"),
    ])
    func nameAlone_settlesTheKind(_ path: String, _ kind: String) {
        #expect(FileClassifier.match(path: path) == .kind(FileKind(rawValue: kind)!))
    }

    @Test(arguments: ["Dockerfile.dockerignore", "Dockerfiles", "README.md", "composer.yaml.bak", "Dockerfile.md", "package.json"])
    func otherNames_areNotLinted(_ path: String) {
        let match = FileClassifier.match(path: path)
        #expect(match == .none)
    }

    @Test func yamlByContent_isKubernetesComposeOrNothing() {
        let wanted: Set<FileKind> = [.kubernetes, .compose]
        func kind(_ text: String) -> String {
            switch FileClassifier.classifyYAML(SourceFile(path: "x.yaml", text: text), wanted: wanted) {
            case .kind(let kind, let stream): return kind.rawValue + (stream == nil ? "" : "+yaml")
            case .skipped(_, let reason): return "skipped: " + reason
            case .yamlSyntaxError(let kind, _): return "syntax error as " + kind.rawValue
            case .unrecognised: return "none"
            }
        }
        #expect(kind("---\nfoo: 1\n---\napiVersion: v1\nkind: Service\n") == "kubernetes+yaml")
        #expect(kind("services:\n  web:\n    image: nginx\n") == "compose+yaml")
        #expect(kind("name: values\nreplicas: 2\n") == "none")
        #expect(kind("apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Release.Name }}\n").hasPrefix("skipped: Helm"))
        #expect(kind("apiVersion: v1\nkind: Pod\n  bad: [\n") == "syntax error as kubernetes")
        #expect(kind("on: push\njobs:\n  a:\n    steps:\n      - run: echo ${{ github.sha }}\n") == "none")
        #expect(kind("steps:\n  - run: echo '{{ not a chart }}'\n") == "none", "braces alone do not make a Helm template")
    }
}

@Suite struct GlobPatternTests {
    @Test(arguments: [
        ("vendor", "vendor/x/Dockerfile", true), ("vendor", "a/vendor/Dockerfile", true), ("*.tf", "infra/main.tf", true),
        ("generated/**", "generated/a/b.yaml", true), ("generated/**", "src/generated/a.yaml", false),
        ("/docs/*.yml", "docs/a.yml", true), ("docs/*.yml", "docs/x/a.yml", false), ("**/test/**", "a/test/b/c", true),
        ("Dockerfile.[!p]*", "Dockerfile.dev", true), ("Dockerfile.[!p]*", "Dockerfile.prod", false),
        ("build/", "build", false), ("build/", "build/Dockerfile", true), ("a?c", "abc", true), ("./x/*", "x/y", true),
    ])
    func globMatching(_ pattern: String, _ path: String, _ expected: Bool) {
        #expect(GlobPattern(pattern).matches(path) == expected, "\(pattern) vs \(path)")
    }
}
