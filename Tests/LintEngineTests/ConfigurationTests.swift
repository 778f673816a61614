import DeploySyntax
import Foundation
@testable import LintEngine
import Testing

@Suite struct ConfigurationTests {
    func problems(_ text: String) -> [String] {
        switch LintConfiguration.parse(SourceFile(path: ".specql-deploy.yml", text: text), metadata: TestRules.metadata, baseDirectory: nil) {
        case .success: return []
        case .failure(let error): return error.diagnostics.map { "\($0.range.start.line):\($0.range.start.column) \($0.message)" }
        }
    }

    @Test func fullConfiguration_isRead() throws {
        let config = try TestRules.config("""
        version: 1
        fail-on: error
        exclude:
          - generated/**
        rules:
          DF900: off
          DF904: note
          DF901: true
          DF903:
            severity: warning
            exclude: [legacy/]
            budget-mb: 200
        """)
        #expect(config.failOn == .error)
        #expect(config.excludes.map(\.text) == ["generated/**"])
        #expect(config.isEnabled("DF900") == false)
        #expect(config.isEnabled("DF901"))
        #expect(config.severityOverride(for: "DF904") == .note)
        #expect(config.rules["DF903"] == .init(severity: .warning, excludes: [GlobPattern("legacy/")], options: ["budget-mb": "200"]))
        #expect(config.ruleOptions == ["DF903": ["budget-mb": "200"]])
    }

    @Test func emptyFile_isTheDefaults() throws {
        let config = try TestRules.config("# nothing yet\n")
        #expect(config.rules.isEmpty && config.excludes.isEmpty && config.failOn == nil)
    }

    @Test func unknownTopLevelKey_isAPositionedError() {
        #expect(problems("fail-on: error\nrulez: {}\n") == ["2:1 unknown configuration key 'rulez'; known keys: exclude, fail-on, rules, version"])
    }

    @Test func unknownRuleID_isAPositionedError() {
        let found = problems("rules:\n  DF900: off\n  DF999: off\n")
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("3:3 unknown rule id 'DF999'") == true)
    }

    @Test func badSeverityAndFailOn_arePositionedErrors() {
        #expect(problems("fail-on: fatal\nrules:\n  DF900: loud\n") == [
            "1:10 fail-on must be error, warning or note",
            "3:10 DF900 takes off, on, error, warning, note, or a mapping of settings",
        ])
    }

    @Test func unknownOption_listsTheRuleOptions() {
        #expect(problems("rules:\n  DF903:\n    budget: 1\n  DF900:\n    budget-mb: 1\n") == [
            "3:5 unknown setting 'budget' for DF903; settings are enabled, severity, exclude; options of DF903: budget-mb",
            "5:5 unknown setting 'budget-mb' for DF900; settings are enabled, severity, exclude; DF900 takes no options",
        ])
    }

    @Test func invalidYAMLAndDuplicateKeys_arePositionedErrors() {
        #expect(problems("rules: [\n").first?.hasPrefix("2:1") == true)
        let duplicate = problems("fail-on: note\nfail-on: error\n")
        #expect(duplicate.count == 1)
        #expect(duplicate.first?.hasPrefix("2:1") == true)
    }

    @Test func nonMappingRoot_isAnError() {
        #expect(problems("- a\n- b\n") == ["1:1 the configuration must be a mapping with keys such as rules, exclude, fail-on; found a list"])
    }

    @Test func configurationFile_isFoundUpwardFromTheLintedPath() throws {
        let dir = try TemporaryDirectory()
        try dir.write(".specql-deploy.yml", "fail-on: error\n")
        try dir.write("a/b/Dockerfile", "FROM alpine:3.20\n")
        #expect(LintConfiguration.discover(startingAt: dir.path + "/a/b") == dir.path + "/.specql-deploy.yml")
        let loaded = try LintConfiguration.load(path: dir.path + "/.specql-deploy.yml", metadata: TestRules.metadata).get()
        #expect(loaded.failOn == .error)
        #expect(loaded.baseDirectory == dir.path)
    }

    @Test func errorRendering_showsTheCodeFrame() {
        guard case .failure(let error) = LintConfiguration.parse(SourceFile(path: "c.yml", text: "rules:\n  DF900: loud\n"), metadata: TestRules.metadata, baseDirectory: nil) else {
            Issue.record("invalid configuration accepted")
            return
        }
        #expect(error.render() == """
        c.yml:2:10: error: DF900 takes off, on, error, warning, note, or a mapping of settings
        2 |   DF900: loud
          |          ^~~~
        """)
    }
}

@Suite struct BaselineTests {
    static let text = "FROM alpine:3.20\nRUN echo FORBIDDEN\nRUN echo LOUD\n"

    @Test func baseline_silencesKnownFindings_andNewOnesStillCount() throws {
        let first = TestRules.lint(Self.text)
        let serialized = Baseline(report: first).serialized()
        let baseline = try Baseline.parse(Array(serialized.utf8), path: "baseline.json").get()
        #expect(baseline.entries.count == 2)

        let engine = TestRules.engine(baseline: baseline)
        let same = engine.lint(file: SourceFile(path: "Dockerfile", text: "# moved\n" + Self.text), kind: .dockerfile)
        #expect(same.activeFindings.isEmpty)
        #expect(same.findings.allSatisfy { $0.suppression?.kind == .baseline })
        #expect(same.exitCode == 0)
        #expect(same.summary.baselined == 2)

        let grown = engine.lint(file: SourceFile(path: "Dockerfile", text: Self.text + "RUN echo FORBIDDEN again\n"), kind: .dockerfile)
        #expect(grown.activeFindings.map(\.short) == ["DF900 4:10"])
        #expect(grown.exitCode == 1)
    }

    @Test func baselineFile_isSortedDeterministicJSON() throws {
        let serialized = Baseline(report: TestRules.lint(Self.text)).serialized()
        #expect(serialized.hasPrefix("{\n  \"findings\": [\n    {\n      \"fingerprint\": \""))
        #expect(serialized.contains("\"tool\": \"specql-deploy\""))
        #expect(serialized.contains("\"version\": 1"))
        #expect(serialized == Baseline(report: TestRules.lint(Self.text)).serialized())
    }

    @Test func invalidBaseline_isAnError() {
        guard case .failure(let error) = Baseline.parse(Array("[1, 2]".utf8), path: "b.json") else {
            Issue.record("a non-baseline accepted")
            return
        }
        #expect(error.description.hasPrefix("b.json: not a specql-deploy baseline"))
    }
}
