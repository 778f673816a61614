import DeploySyntax
@testable import LintEngine
import Testing

@Suite struct SuppressionTests {
    func lint(_ text: String, rules: [any Rule] = [TestRules.forbidden, TestRules.secret, TestRules.loud]) -> LintReport {
        TestRules.lint(text, rules: rules)
    }

    func active(_ report: LintReport) -> [String] { report.activeFindings.map(\.short) }

    @Test func ownLineComment_silencesTheNextInstruction_withItsReason() {
        let report = lint("""
        FROM alpine:3.20
        # specql-deploy ignore=DF900 reason="the word is quoted in docs"
        RUN echo FORBIDDEN
        RUN echo FORBIDDEN
        """)
        #expect(active(report) == ["DF900 4:10"])
        let suppressed = report.findings.filter { $0.isSuppressed }
        #expect(suppressed.map(\.short) == ["DF900 3:10"])
        #expect(suppressed.first?.suppression == FindingSuppression(kind: .inSource, reason: "the word is quoted in docs",
                                                                    range: suppressed.first?.suppression?.range))
        #expect(suppressed.first?.suppression?.range?.start.line == 2)
    }

    @Test func ownLineComment_coversContinuationLinesAndHeredocs_ofTheInstruction() {
        let report = lint("""
        FROM alpine:3.20
        # specql-deploy ignore=DF900 reason="multi-line"
        RUN apk add curl \\
            # a comment inside the continuation
            && echo FORBIDDEN
        RUN <<EOF
        echo FORBIDDEN
        EOF
        # specql-deploy ignore=DF900 reason="heredoc"
        RUN <<-'EOS' cat
        \techo FORBIDDEN
        \tEOS
        RUN echo FORBIDDEN
        """)
        #expect(active(report) == ["DF900 7:6", "DF900 13:10"])
        #expect(report.findings.filter { $0.isSuppressed }.map(\.short) == ["DF900 5:13", "DF900 11:7"])
    }

    @Test func stackedOwnLineComments_allApplyToTheNextInstruction() {
        let report = lint("""
        FROM alpine:3.20
        # specql-deploy ignore=DF900 reason="a"

        # specql-deploy ignore=DF904 reason="b"
        RUN echo FORBIDDEN LOUD
        """)
        #expect(active(report).isEmpty)
        #expect(report.findings.count == 2)
    }

    @Test func endOfLineComment_silencesItsOwnLine() {
        let report = lint("""
        FROM alpine:3.20
        RUN echo FORBIDDEN # specql-deploy ignore=DF900,DF904 reason="x"
        RUN echo LOUD
        """)
        #expect(active(report) == ["SQ003 2:49", "DF904 3:10"])
        #expect(report.findings.first { $0.ruleID == "SQ003" }?.message == "unused suppression: no DF904 finding on line 2; remove it")
    }

    @Test func fileLevelComment_silencesTheRuleEverywhere() {
        let report = lint("""
        FROM alpine:3.20
        RUN echo FORBIDDEN
        RUN echo LOUD FORBIDDEN
        # specql-deploy ignore-file=df900 reason="vendored file"
        """)
        #expect(active(report) == ["DF904 3:10"])
        #expect(report.findings.filter { $0.isSuppressed }.count == 2)
    }

    @Test func suppressionWithoutReason_isReportedAsSQ002Note_butStillSuppresses() {
        let report = lint("FROM alpine:3.20\n# specql-deploy ignore=DF900\nRUN echo FORBIDDEN\n")
        #expect(active(report) == ["SQ002 2:1"])
        let sq002 = report.activeFindings[0]
        #expect(sq002.severity == .note)
        #expect(sq002.range.end.column == 29)
        #expect(sq002.message.hasPrefix("suppression of DF900 gives no reason"))
        #expect(report.findings.contains { $0.ruleID == "DF900" && $0.isSuppressed })
        #expect(report.exitCode(failOn: .warning) == 0)
    }

    @Test func emptyReason_countsAsNoReason() {
        #expect(active(lint("FROM alpine:3.20\n# specql-deploy ignore=DF900 reason=\"  \"\nRUN echo FORBIDDEN\n")) == ["SQ002 2:1"])
    }

    @Test func unusedSuppression_isReportedAsSQ003AtTheRuleID() {
        let report = lint("FROM alpine:3.20\n# specql-deploy ignore=DF900 reason=\"stale\"\nRUN echo hello\n")
        #expect(active(report) == ["SQ003 2:24"])
        #expect(report.activeFindings[0].message == "unused suppression: no DF900 finding on line 3; remove it")
        #expect(report.activeFindings[0].severity == .note)
    }

    @Test func unknownRuleID_isReportedAsSQ003() {
        let report = lint("FROM alpine:3.20\nRUN echo hi # specql-deploy ignore=DF999 reason=\"typo\"\n")
        #expect(active(report) == ["SQ003 2:36"])
        #expect(report.activeFindings[0].message.hasPrefix("unknown rule id 'DF999'"))
    }

    @Test func suppressionOfARuleThatDidNotRun_isNotReported() throws {
        let config = try TestRules.config("rules:\n  DF900: off\n")
        let report = TestRules.lint("FROM alpine:3.20\n# specql-deploy ignore=DF900 reason=\"off in CI\"\nRUN echo FORBIDDEN\n", configuration: config)
        #expect(report.findings.isEmpty)
    }

    @Test func sq002AndSQ003_canThemselvesBeSilencedForTheFile() {
        let report = lint("""
        # specql-deploy ignore-file=SQ002,SQ003 reason="generated"
        FROM alpine:3.20
        # specql-deploy ignore=DF900
        RUN echo hello
        """)
        #expect(active(report).isEmpty)
        #expect(report.findings.map(\.short) == ["SQ002 3:1", "SQ003 3:24"])
    }

    @Test func textThatOnlyMentionsTheTool_isNotADirective() {
        let report = lint("""
        FROM alpine:3.20
        # built by specql-deploy 0.1.0
        LABEL tool="specql-deploy ignore=DF900"
        RUN echo FORBIDDEN
        """)
        #expect(active(report) == ["DF900 4:10"])
    }

    @Test func hclCommentSyntaxes_areRecognised() {
        let file = SourceFile(path: "main.tf", text: """
        // specql-deploy ignore=TF001 reason="slash"
        resource "a" "b" {}
        /* specql-deploy ignore=TF002,TF003 reason="block" */
        resource "c" "d" {} # specql-deploy ignore=TF004 reason="hash"
        resource "e" "f" {} /* specql-deploy ignore-file=TF005 */
        """)
        let directives = SuppressionScanner.scan(file, kind: .hcl)
        #expect(directives.map { $0.rules.map(\.id) } == [["TF001"], ["TF002", "TF003"], ["TF004"], ["TF005"]])
        #expect(directives.map(\.scope) == [.lines(2...2), .lines(4...4), .lines(4...4), .file])
        #expect(directives.map(\.reason) == ["slash", "block", "hash", nil])
        #expect(directives[1].range == file.range(from: file.lineStarts[2], to: file.lineEnd(ofLineIndex: 2)))
        #expect(SuppressionScanner.scan(file, kind: .dockerfile).map { $0.rules.map(\.id) } == [["TF004"]],
                "only '#' comments in a Dockerfile")
    }

    @Test func yamlComments_targetTheNextLine() {
        let file = SourceFile(path: "compose.yaml", text: "services:\n  web:\n    # specql-deploy ignore=DC001 reason=\"ok\"\n    privileged: true\n")
        let directives = SuppressionScanner.scan(file, kind: .compose)
        #expect(directives.map(\.scope) == [.lines(4...4)])
    }
}
