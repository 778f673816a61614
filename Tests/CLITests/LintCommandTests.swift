import Foundation
import Testing

/// `specql-deploy lint`: exit codes, thresholds, output formats and the behaviour around broken input,
/// through the built executable in scratch directories (not Git repositories unless a test says so, so
/// paths are relative to the scratch directory).
@Suite struct LintCommandTests {
    // MARK: exit codes

    @Test func lint_cleanDirectory_exitCode0() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("Dockerfile", LintSamples.cleanDockerfile)
        try dir.write("notes.yaml", LintSamples.unrelatedYAML)
        try dir.write("README.md", "# not linted\n")
        let result = try CLI.run(["lint", "--fail-on", "note"], in: dir.url)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("No problems"), "\(result)")
        #expect(result.stdout.contains("1 file linted"), "\(result)")
    }

    @Test func lint_defaultsToTheCurrentDirectory_andWalksSubdirectories() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("services/api/Dockerfile", LintSamples.badDockerfile)
        let result = try CLI.run(["lint", "--format", "json"], in: dir.url)
        #expect(result.status == 1, "\(result)")
        let report = try JSONLintReport(result.stdout)
        #expect(report.findings(of: "DF001").map { "\($0.path) \($0.line):\($0.column)" } == ["services/api/Dockerfile 1:6"])
    }

    @Test func lint_badDockerfile_reportsPositionedFindings_exitCode1() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("Dockerfile", LintSamples.badDockerfile)
        let result = try CLI.run(["lint", "Dockerfile"], in: dir.url)
        #expect(result.status == 1, "\(result)")
        // `path:line:col: severity[ID] message`, then a code frame with the source line.
        let findingLines = result.stdoutLines.filter { $0.hasPrefix("Dockerfile:") }
        #expect(findingLines.contains { $0.hasPrefix("Dockerfile:1:6: ") && $0.contains("[DF001]") && $0.contains("root") }, "\(result)")
        #expect(findingLines.contains { $0.hasPrefix("Dockerfile:2:9: ") && $0.contains("[DF012]") }, "\(result)")
        #expect(findingLines.contains { $0.hasPrefix("Dockerfile:3:5: ") && $0.contains("[DF021]") }, "\(result)")
        #expect(result.stdout.contains("FROM alpine:3.22"), "the code frame shows the offending line")
        #expect(!result.stdout.contains("\u{1B}["), "no ANSI colors when stdout is not a terminal")
        #expect(result.stdout.contains("1 file linted"), "\(result)")
    }

    @Test func lint_missingPath_exitCode2_andTheOtherPathsAreStillLinted() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("Dockerfile", LintSamples.badDockerfile)
        let result = try CLI.run(["lint", "no-such-dir", "Dockerfile"], in: dir.url)
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("no-such-dir"), "\(result)")
        #expect(result.stdout.contains("[DF001]"), "the existing file should still be linted:\n\(result)")
    }

    @Test func lint_invalidConfiguration_isAPositionedError_exitCode2() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("Dockerfile", LintSamples.cleanDockerfile)
        try dir.write(".specql-deploy.yml", "fail-on: sometimes\n")
        let result = try CLI.run(["lint"], in: dir.url)
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains(".specql-deploy.yml:1:10: error: "), "\(result)")
        #expect(result.stderr.contains("fail-on"), "\(result)")
    }

    @Test func lint_configurationThatIsNotYAML_exitCode2() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("Dockerfile", LintSamples.cleanDockerfile)
        try dir.write(".specql-deploy.yml", "fail-on: [warning\n")
        let result = try CLI.run(["lint"], in: dir.url)
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains(".specql-deploy.yml:"), "\(result)")
    }

    @Test func lint_missingConfigFileGivenWithConfig_exitCode2() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("Dockerfile", LintSamples.cleanDockerfile)
        let result = try CLI.run(["lint", "--config", "nope.yml", "."], in: dir.url)
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("nope.yml"), "\(result)")
    }

    @Test(arguments: [["--format", "xml"], ["--fail-on", "sometimes"]])
    func lint_invalidOptionValue_exitCode2(arguments: [String]) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("Dockerfile", LintSamples.cleanDockerfile)
        let result = try CLI.run(["lint"] + arguments + ["."], in: dir.url)
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains(arguments[1]), "the error should name the bad value:\n\(result)")
    }

    /// Issue 3 and docs/lint.md: lint exits 2 on usage errors, including those ArgumentParser detects
    /// (whose own default is 64, EX_USAGE), so a mistyped hook `args:` fails like any other usage error.
    @Test(arguments: [["--no-such-option"], ["--fail-on"]])
    func lint_usageErrorFromArgumentParsing_exitCode2(arguments: [String]) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("Dockerfile", LintSamples.cleanDockerfile)
        let result = try CLI.run(["lint"] + arguments, in: dir.url)
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains(arguments[0]), "\(result)")
    }

    // MARK: --fail-on

    /// One finding (DF001) whose severity the configuration sets, against each threshold.
    @Test(arguments: [
        ("error", "error", 1), ("error", "warning", 1), ("error", "note", 1),
        ("warning", "error", 0), ("warning", "warning", 1), ("warning", "note", 1),
        ("note", "error", 0), ("note", "warning", 0), ("note", "note", 1),
    ])
    func lint_exitCodeFollowsFailOn(severity: String, failOn: String, expectedStatus: Int32) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("Dockerfile", LintSamples.rootDockerfile)
        try dir.write(".specql-deploy.yml", "rules:\n  DF001: \(severity)\n")
        let result = try CLI.run(["lint", "--fail-on", failOn, "--format", "json"], in: dir.url)
        #expect(result.status == expectedStatus, "DF001 as \(severity), --fail-on \(failOn):\n\(result)")
        let report = try JSONLintReport(result.stdout)
        #expect(report.findings == [JSONFinding(ruleID: "DF001", severity: severity, path: "Dockerfile", line: 1, column: 6)])
        #expect(report.failOn == failOn)
        #expect(report.exitCode == Int(expectedStatus))
    }

    @Test func lint_failOnInTheConfiguration_appliesWithoutTheFlag_andTheFlagWins() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("Dockerfile", LintSamples.rootDockerfile)
        try dir.write(".specql-deploy.yml", "fail-on: error\nrules:\n  DF001: warning\n")
        let fromConfiguration = try CLI.run(["lint"], in: dir.url)
        #expect(fromConfiguration.status == 0, "\(fromConfiguration)")
        let fromFlag = try CLI.run(["lint", "--fail-on", "warning"], in: dir.url)
        #expect(fromFlag.status == 1, "\(fromFlag)")
    }

    @Test func lint_ruleTurnedOffInTheConfiguration_isNotReported() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("Dockerfile", LintSamples.rootDockerfile)
        try dir.write(".specql-deploy.yml", "rules:\n  DF001: off\n")
        let result = try CLI.run(["lint", "--fail-on", "note"], in: dir.url)
        #expect(result.status == 0, "\(result)")
    }

    // MARK: broken input

    @Test func lint_malformedFileAmongGoodOnes_yieldsPositionedSQ001_andTheOthersAreStillLinted() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("compose.yaml", LintSamples.brokenCompose)
        try dir.write("api/Dockerfile", LintSamples.badDockerfile)
        try dir.write("web/Dockerfile", LintSamples.cleanDockerfile)
        let result = try CLI.run(["lint", "--format", "json", "."], in: dir.url)
        #expect(result.status == 1, "\(result)")
        let report = try JSONLintReport(result.stdout)
        #expect(report.findings(of: "SQ001").map { "\($0.path) \($0.line):\($0.column) \($0.severity)" } == ["compose.yaml 4:4 error"])
        #expect(report.findings(of: "DF001").map { "\($0.path) \($0.line):\($0.column)" } == ["api/Dockerfile 1:6"])
        #expect(!report.findings.contains { $0.path == "web/Dockerfile" }, "\(report.findings)")
        #expect(Set(report.files.map(\.path)) == ["api/Dockerfile", "compose.yaml", "web/Dockerfile"])
        #expect(report.errors.isEmpty, "a file that does not parse is a finding, not a run error: \(report.errors)")
        // Deterministic order: by path, then position.
        #expect(report.findings.map(\.path) == report.findings.map(\.path).sorted())
    }

    @Test func lint_malformedFile_textReportNamesTheParseError() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("compose.yaml", LintSamples.brokenCompose)
        let result = try CLI.run(["lint", "--fail-on", "error"], in: dir.url)
        #expect(result.status == 1, "SQ001 is an error, so even --fail-on error fails:\n\(result)")
        #expect(result.stdout.contains("compose.yaml:4:4: error[SQ001]"), "\(result)")
    }

    // MARK: the pre-commit case: an explicit file list

    @Test func lint_explicitFileList_lintsExactlyThoseFiles_andSkipsUnrelatedYAMLQuietly() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("a/Dockerfile", LintSamples.badDockerfile)
        try dir.write("b/Dockerfile", LintSamples.cleanDockerfile)
        try dir.write("notes.yaml", LintSamples.unrelatedYAML)
        try dir.copy(PackagePaths.examples.appendingPathComponent("hobby-fraiseql.yaml"), to: "deployment.yaml")
        let passing = try CLI.run(["lint", "b/Dockerfile", "notes.yaml", "deployment.yaml"], in: dir.url)
        #expect(passing.status == 0, "\(passing)")
        #expect(passing.stderr.isEmpty, "unrelated YAML should be skipped quietly:\n\(passing)")
        let failing = try CLI.run(["lint", "--format", "json", "b/Dockerfile", "a/Dockerfile"], in: dir.url)
        #expect(failing.status == 1, "\(failing)")
        let report = try JSONLintReport(failing.stdout)
        #expect(Set(report.findings.map(\.path)) == ["a/Dockerfile"])
    }

    // MARK: suppressions and baselines, as the docs describe them

    @Test func lint_suppressionWithReason_silencesTheFinding() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("Dockerfile", "# specql-deploy ignore=DF001 reason=\"the entrypoint drops privileges itself\"\n" + LintSamples.rootDockerfile)
        let result = try CLI.run(["lint", "--fail-on", "note", "--format", "json"], in: dir.url)
        #expect(result.status == 0, "\(result)")
        #expect(try JSONLintReport(result.stdout).findings.isEmpty)
    }

    @Test func lint_suppressionWithoutReason_silencesTheFindingButIsReportedAsSQ002() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("Dockerfile", "# specql-deploy ignore=DF001\n" + LintSamples.rootDockerfile)
        let result = try CLI.run(["lint", "--format", "json"], in: dir.url)
        let report = try JSONLintReport(result.stdout)
        #expect(report.findings(of: "DF001").isEmpty)
        #expect(report.findings(of: "SQ002").map { "\($0.line) \($0.severity)" } == ["1 note"])
        #expect(result.status == 0, "a note does not fail the default threshold (warning):\n\(result)")
    }

    @Test func lint_baseline_acceptsTodaysFindings_andStillFailsOnNewOnes() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("Dockerfile", LintSamples.rootDockerfile)
        let write = try CLI.run(["lint", "--write-baseline", "baseline.json"], in: dir.url)
        #expect(write.status == 0, "\(write)")
        #expect(dir.exists("baseline.json"))

        let accepted = try CLI.run(["lint", "--baseline", "baseline.json", "Dockerfile"], in: dir.url)
        #expect(accepted.status == 0, "\(accepted)")

        // An unrelated line shift keeps the old finding baselined; a new problem fails.
        try dir.write("Dockerfile", "# a comment that moves every line down\n" + LintSamples.rootDockerfile + "RUN chmod 777 /tmp\n")
        let shifted = try CLI.run(["lint", "--baseline", "baseline.json", "--format", "json", "Dockerfile"], in: dir.url)
        #expect(shifted.status == 1, "\(shifted)")
        let report = try JSONLintReport(shifted.stdout)
        #expect(report.findings(of: "DF001").isEmpty, "DF001 moved by one line but is in the baseline: \(report.findings)")
        #expect(!report.findings.isEmpty)
    }

    // MARK: output formats

    @Test func lint_formatJSON_isTheDocumentedObject() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("Dockerfile", LintSamples.badDockerfile)
        let result = try CLI.run(["lint", "--format", "json"], in: dir.url)
        #expect(result.status == 1, "\(result)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 1)
        #expect((object["tool"] as? [String: Any])?["name"] as? String == "specql-deploy")
        let report = try JSONLintReport(result.stdout)
        #expect(report.exitCode == 1)
        #expect(report.findings.map(\.ruleID).contains("DF001"))
        #expect(report.findings(of: "DF001").first.map { "\($0.path) \($0.line):\($0.column)" } == "Dockerfile 1:6")
        #expect(report.files.map(\.kind) == ["dockerfile"])
    }

    @Test func lint_formatSARIF_isOneRunWithRulesAndPositionedResults() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("Dockerfile", LintSamples.badDockerfile)
        let result = try CLI.run(["lint", "--format", "sarif", "--sarif-category", "containers"], in: dir.url)
        #expect(result.status == 1, "\(result)")
        let sarif = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(sarif["version"] as? String == "2.1.0")
        let runs = try #require(sarif["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let run = try #require(runs.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "specql-deploy")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.contains { $0["id"] as? String == "DF001" })
        for rule in rules {
            if let severity = (rule["properties"] as? [String: Any])?["security-severity"] {
                #expect(severity is String, "security-severity of \(rule["id"] ?? "?") must be a string")
            }
        }
        #expect((run["automationDetails"] as? [String: Any])?["id"] as? String == "containers/")

        let results = try #require(run["results"] as? [[String: Any]])
        let df001 = try #require(results.first { $0["ruleId"] as? String == "DF001" })
        let ruleIndex = try #require(df001["ruleIndex"] as? Int)
        #expect(rules[ruleIndex]["id"] as? String == "DF001", "ruleIndex must point at the rule")
        let location = try #require((df001["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        let artifact = try #require(location["artifactLocation"] as? [String: Any])
        #expect(artifact["uri"] as? String == "Dockerfile")
        #expect(artifact["uriBaseId"] as? String == "%SRCROOT%")
        let region = try #require(location["region"] as? [String: Any])
        #expect(region["startLine"] as? Int == 1)
        #expect(region["startColumn"] as? Int == 6)
        #expect((df001["partialFingerprints"] as? [String: Any])?["primaryLocationLineHash"] is String)
    }

    @Test func lint_sarifRunIDComesFromGitHub() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("Dockerfile", LintSamples.cleanDockerfile)
        let result = try CLI.run(["lint", "--format", "sarif"], in: dir.url,
                                 environment: ProcessRunner.environment(["GITHUB_RUN_ID": "4242"]))
        #expect(result.status == 0, "\(result)")
        let sarif = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
        #expect((run["automationDetails"] as? [String: Any])?["id"] as? String == "specql-deploy/4242")
        #expect((run["results"] as? [Any])?.isEmpty == true)
    }

    @Test(.enabled(if: Validators.git != nil, "git not installed: skipped"))
    func lint_sarifURIsAreRelativeToTheGitRoot() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let git = try #require(Validators.git)
        #expect(try ProcessRunner.run(git, ["init", "-q", dir.path]).status == 0)
        try dir.write("deploy/api/Dockerfile", LintSamples.badDockerfile)
        let result = try CLI.run(["lint", "--format", "sarif", "api"], in: dir.url.appendingPathComponent("deploy"))
        #expect(result.status == 1, "\(result)")
        #expect(try Self.sarifURIs(result.stdout).contains("deploy/api/Dockerfile"), "\(result.stdout.prefix(3000))")
    }

    @Test(.enabled(if: Validators.pythonWithJSONSchema != nil, "python jsonschema not installed (VALIDATORS_VENV or PATH): SARIF schema validation skipped"))
    func lint_formatSARIF_validatesAgainstTheSARIF210Schema() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("project/compose.yaml", LintSamples.brokenCompose)
        try dir.write("project/api/Dockerfile", "# specql-deploy ignore=DF005 reason=\"pinned by the registry mirror\"\n" + LintSamples.badDockerfile)
        try dir.write("project/web/Dockerfile", LintSamples.cleanDockerfile)
        for extra in [[], ["--include-suppressed"]] {
            let output = dir.url.appendingPathComponent("report\(extra.count).sarif")
            let result = try CLI.run(["lint", "--format", "sarif", "--output", output.path] + extra + ["project"], in: dir.url)
            #expect(result.status == 1, "\(result)")
            #expect(result.stdout.isEmpty, "--output writes the report to the file, not stdout")
            let validation = try Validators.validateDraft4(document: output, schema: PackagePaths.schemas.appendingPathComponent("sarif-schema-2.1.0.json"))
            #expect(validation.status == 0, "SARIF \(extra) does not validate:\n\(validation)")
        }
    }

    /// `--output` writes in place: an atomic write (temporary file renamed over the target) would replace a
    /// symlink, or, as root, `/dev/null` itself, with a regular file.
    @Test func lint_output_writesThroughASymlink_andTruncatesWhatWasThere() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("Dockerfile", LintSamples.badDockerfile)
        try dir.write("reports/target.json", String(repeating: "stale report\n", count: 100_000))
        let link = dir.url.appendingPathComponent("report.json").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "reports/target.json")
        let result = try CLI.run(["lint", "--format", "json", "--output", "report.json", "Dockerfile"], in: dir.url)
        #expect(result.status == 1, "\(result)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "reports/target.json")
        let written = try dir.read("reports/target.json")
        #expect(written.hasPrefix("{\n  \"errors\": []"))
        #expect(written.hasSuffix("}\n"))
        #expect(!written.contains("stale report"))
    }

    @Test func lint_formatJUnit_isXMLWithAFailurePerFinding() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("Dockerfile", LintSamples.badDockerfile)
        let result = try CLI.run(["lint", "--format", "junit", "--output", "report.xml"], in: dir.url)
        #expect(result.status == 1, "\(result)")
        let xml = try dir.read("report.xml")
        #expect(xml.hasPrefix("<?xml"))
        #expect(xml.contains("<testsuites"))
        #expect(xml.contains("<failure"))
        #expect(xml.contains("Dockerfile:1:6"))
        #expect(xml.contains("DF001"))

        if Validators.pythonWithXMLSchema != nil {
            let validation = try Validators.validateXSD(document: dir.url.appendingPathComponent("report.xml"),
                                                        schema: PackagePaths.schemas.appendingPathComponent("junit-10.xsd"))
            #expect(validation.status == 0, "JUnit XML does not validate against junit-10.xsd:\n\(validation)")
        } else {
            print("note: python xmlschema not installed: JUnit XSD validation skipped")
        }
    }

    @Test func lint_formatGitHub_printsOneWorkflowCommandPerFinding() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("Dockerfile", LintSamples.badDockerfile)
        let result = try CLI.run(["lint", "--format", "github"], in: dir.url)
        #expect(result.status == 1, "\(result)")
        let lines = result.stdoutLines
        #expect(!lines.isEmpty)
        for line in lines {
            #expect(line.hasPrefix("::error ") || line.hasPrefix("::warning ") || line.hasPrefix("::notice "), "not a workflow command: \(line)")
        }
        #expect(lines.contains { $0.contains("file=Dockerfile,line=1,col=6,") && $0.contains("DF001") }, "\(result)")
        let json = try JSONLintReport(try CLI.run(["lint", "--format", "json"], in: dir.url).stdout)
        #expect(lines.count == json.findings.count, "one annotation per finding")
    }

    /// The `artifactLocation.uri` of every result.
    static func sarifURIs(_ text: String) throws -> [String] {
        let sarif = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        let results = ((sarif?["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]) ?? []
        return results.compactMap { result in
            let location = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
            return (location?["artifactLocation"] as? [String: Any])?["uri"] as? String
        }
    }
}
