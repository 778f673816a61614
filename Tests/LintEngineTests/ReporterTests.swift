import DeploySyntax
import Foundation
@testable import LintEngine
import Testing

/// A report with a warning, an error carrying a secret, a suppressed finding, a related location and awkward
/// characters in messages and paths.
enum SampleReport {
    static let text = """
    FROM alpine:3.20
    RUN echo FORBIDDEN TOKEN=hunter2
    # specql-deploy ignore=DF904 reason="loud on purpose"
    RUN echo LOUD
    """

    static func make() -> LintReport {
        var report = TestRules.engine().lint(file: SourceFile(path: "svc a/Dockerfile", text: text), kind: .dockerfile)
        report.findings[0].related = [Diagnostic.Related(path: "svc a/Dockerfile", range: report.findings[0].range, message: "first seen here")]
        report.findings[0].message = "found FORBIDDEN: 50% <of> \"x\", y\nnext line & more"
        return report
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }
}

@Suite struct ReporterTests {
    @Test func text_showsLocationSeverityIDMessageCodeFrameAndSummary() {
        let out = Reporter.render(SampleReport.make(), format: .text)
        #expect(out == """
        svc a/Dockerfile:2:10: warning[DF900] found FORBIDDEN: 50% <of> "x", y
        next line & more
         2 | RUN echo FORBIDDEN TOKEN=*******
           |          ^~~~~~~~~
          svc a/Dockerfile:2:10: note: first seen here

        svc a/Dockerfile:2:20: error[DF901] found TOKEN=
         2 | RUN echo FORBIDDEN TOKEN=*******
           |                    ^~~~~~

        2 problems (1 error, 1 warning) in 1 file (1 file linted); 1 suppressed

        """)
        #expect(!out.contains("hunter2"))
    }

    @Test func text_withSuppressed_marksThem_andColorsOnlyWhenAsked() {
        let out = Reporter.render(SampleReport.make(), format: .text, options: .init(includeSuppressed: true))
        #expect(out.contains("svc a/Dockerfile:4:10: error[DF904] found LOUD (suppressed: loud on purpose)"))
        #expect(!out.contains("\u{1B}["))
        let colored = Reporter.render(SampleReport.make(), format: .text, options: .init(style: .ansi))
        #expect(colored.contains("\u{1B}[33mwarning[DF900]\u{1B}[0m"))
        #expect(TerminalStyle.forStream(isTerminal: true, environment: ["NO_COLOR": "1"]).enabled == false)
    }

    @Test func text_cleanRun_saysSo() {
        let out = Reporter.render(TestRules.lint("FROM alpine:3.20\n"), format: .text)
        #expect(out == "No problems (1 file linted)\n")
    }

    @Test func json_followsTheDocumentedSchema() throws {
        let root = try SampleReport.json(Reporter.render(SampleReport.make(), format: .json))
        #expect(root["schemaVersion"] as? Int == 1)
        #expect((root["tool"] as? [String: Any])?["name"] as? String == "specql-deploy")
        #expect(root["failOn"] as? String == "warning")
        #expect(root["exitCode"] as? Int == 1)
        let summary = try #require(root["summary"] as? [String: Any])
        #expect(summary["errors"] as? Int == 1 && summary["warnings"] as? Int == 1 && summary["suppressed"] as? Int == 1)
        let findings = try #require(root["findings"] as? [[String: Any]])
        #expect(findings.map { $0["ruleId"] as? String } == ["DF900", "DF901"])
        let first = findings[0]
        #expect(first["severity"] as? String == "warning")
        #expect(first["path"] as? String == "svc a/Dockerfile")
        #expect(first["kind"] as? String == "dockerfile")
        #expect(first["title"] as? String == "Forbidden word")
        #expect(first["suppression"] is NSNull)
        let range = try #require(first["range"] as? [String: [String: Int]])
        #expect(range["start"] == ["line": 2, "column": 10, "offset": 26])
        #expect(range["end"] == ["line": 2, "column": 19, "offset": 35])
        #expect((first["related"] as? [[String: Any]])?.first?["message"] as? String == "first seen here")
        #expect((first["fingerprint"] as? String)?.count == 32)
        #expect((root["files"] as? [[String: Any]])?.first?["skipped"] is NSNull)
    }

    @Test func json_withSuppressed_carriesTheSuppression() throws {
        let root = try SampleReport.json(Reporter.render(SampleReport.make(), format: .json, options: .init(includeSuppressed: true)))
        let findings = try #require(root["findings"] as? [[String: Any]])
        let suppressed = try #require(findings.first { $0["ruleId"] as? String == "DF904" })
        let suppression = try #require(suppressed["suppression"] as? [String: Any])
        #expect(suppression["kind"] as? String == "inSource")
        #expect(suppression["reason"] as? String == "loud on purpose")
    }

    @Test func sarif_hasToolRulesResultsRegionsAndFingerprints() throws {
        let options = ReportOptions(projectRoot: "/repo", sarifCategory: "lint", sarifRunID: "42")
        let log = try SampleReport.json(Reporter.render(SampleReport.make(), format: .sarif, options: options))
        #expect(log["version"] as? String == "2.1.0")
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let run = runs[0]
        #expect((run["automationDetails"] as? [String: Any])?["id"] as? String == "lint/42")
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        #expect(((run["originalUriBaseIds"] as? [String: Any])?["%SRCROOT%"] as? [String: Any])?["uri"] as? String == "file:///repo/")
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "specql-deploy")
        #expect(driver["version"] as? String == ToolIdentity.version)
        #expect(driver["informationUri"] as? String == ToolIdentity.informationURI)
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let ids = rules.compactMap { $0["id"] as? String }
        #expect(ids == ids.sorted())
        #expect(ids.contains("SQ001") && ids.contains("DF900"))
        let df900 = try #require(rules.first { $0["id"] as? String == "DF900" })
        #expect((df900["shortDescription"] as? [String: Any])?["text"] as? String == "Forbidden word")
        #expect((df900["fullDescription"] as? [String: Any])?["text"] as? String == "Forbidden word.")
        #expect((df900["help"] as? [String: Any])?["markdown"] as? String == "Forbidden word.\n\n## Why\nTest rule.\n")
        #expect(df900["helpUri"] as? String == "https://github.com/specql/specql-deploy/blob/main/Rules/dockerfile/DF900.md")
        #expect((df900["defaultConfiguration"] as? [String: Any])?["level"] as? String == "warning")
        let properties = try #require(df900["properties"] as? [String: Any])
        #expect(properties["security-severity"] as? String == "7.5", "security-severity is a string")
        #expect(properties["tags"] as? [String] == ["security"])

        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 2, "suppressed findings are left out by default")
        let first = results[0]
        #expect(first["ruleId"] as? String == "DF900")
        #expect(first["ruleIndex"] as? Int == ids.firstIndex(of: "DF900"))
        #expect(first["level"] as? String == "warning")
        let location = try #require((first["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        let artifact = try #require(location["artifactLocation"] as? [String: Any])
        #expect(artifact["uri"] as? String == "svc%20a/Dockerfile")
        #expect(artifact["uriBaseId"] as? String == "%SRCROOT%")
        #expect(location["region"] as? [String: Int] == ["startLine": 2, "startColumn": 10, "endLine": 2, "endColumn": 19])
        let fingerprints = try #require(first["partialFingerprints"] as? [String: String])
        #expect(fingerprints["primaryLocationLineHash"]?.hasSuffix(":1") == true)
        #expect(fingerprints["specqlDeployFingerprint/v1"]?.count == 32)
        #expect((first["relatedLocations"] as? [[String: Any]])?.count == 1)
        #expect(first["suppressions"] == nil)
    }

    @Test func sarif_includeSuppressed_carriesSuppressions() throws {
        let log = try SampleReport.json(Reporter.render(SampleReport.make(), format: .sarif, options: .init(includeSuppressed: true)))
        let results = try #require((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        #expect(results.count == 3)
        let suppressions = try #require(results[2]["suppressions"] as? [[String: Any]])
        #expect(suppressions.first?["kind"] as? String == "inSource")
        #expect(suppressions.first?["justification"] as? String == "loud on purpose")
        #expect((log["runs"] as? [[String: Any]])?.first?["automationDetails"].flatMap { ($0 as? [String: Any])?["id"] as? String } == "specql-deploy/")
    }

    @Test func sarif_isDeterministic() {
        let options = ReportOptions(projectRoot: "/repo")
        #expect(Reporter.render(SampleReport.make(), format: .sarif, options: options)
                    == Reporter.render(SampleReport.make(), format: .sarif, options: options))
    }

    @Test func junit_hasASuitePerFile_aCasePerRule_andAFailurePerFinding_escaped() {
        let out = Reporter.render(SampleReport.make(), format: .junit)
        #expect(out.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"specql-deploy\" tests=\"6\" failures=\"2\" errors=\"0\">\n"))
        #expect(out.contains("<testsuite name=\"svc a/Dockerfile\" tests=\"6\" failures=\"2\" errors=\"0\" skipped=\"0\" file=\"svc a/Dockerfile\" package=\"dockerfile\">"))
        #expect(out.contains("<testcase name=\"SQ001 File does not parse\" classname=\"svc a/Dockerfile\"/>"))
        #expect(out.contains("<failure type=\"warning\" message=\"found FORBIDDEN: 50% &lt;of&gt; &quot;x&quot;, y&#10;next line &amp; more\">"))
        #expect(out.contains("<testcase name=\"DF904 Loud\" classname=\"svc a/Dockerfile\"/>"), "a suppressed finding is no failure")
        #expect(!out.contains("hunter2"))
        #expect(JUnitReporter.escape("a\u{01}b\u{FFFE}") == "a\u{FFFD}b\u{FFFD}")
    }

    @Test func github_annotationsAreEscaped() {
        let out = Reporter.render(SampleReport.make(), format: .github)
        #expect(out == """
        ::warning file=svc a/Dockerfile,line=2,col=10,endLine=2,endColumn=19,title=DF900 Forbidden word::found FORBIDDEN: 50%25 <of> "x", y%0Anext line & more
        ::error file=svc a/Dockerfile,line=2,col=20,endLine=2,endColumn=26,title=DF901 Token in file::found TOKEN=

        """)
        #expect(GitHubReporter.escapeProperty("a:b,c%d\r\n") == "a%3Ab%2Cc%25d%0D%0A")
    }

    @Test func ruleListing_rendersTableJSONAndMarkdown() throws {
        let rules = TestRules.ruleSet([TestRules.forbidden, TestRules.secret]).allMetadata.filter { $0.id.hasPrefix("DF") }
        let table = RuleListing.render(rules, format: .table)
        #expect(table.hasPrefix("ID     SEVERITY  KIND        TAGS      TITLE\nDF900  warning   dockerfile  security  Forbidden word\n"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(RuleListing.render(rules, format: .json).utf8)) as? [[String: Any]])
        #expect(json.map { $0["id"] as? String } == ["DF900", "DF901"])
        #expect(RuleListing.render(rules, format: .markdown).contains("| [DF900](DF900.md) | Forbidden word | dockerfile | warning | security |"))
        let page = RuleListing.markdownPage(rules[0])
        #expect(page.hasPrefix("# DF900: Forbidden word\n\n- Kind: dockerfile\n- Default severity: warning\n"))
        #expect(page.contains("## References\n\n- https://example.com/DF900\n"))
    }
}
