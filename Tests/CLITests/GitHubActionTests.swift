import Foundation
import Testing

/// The repository's `action.yml` and the workflow users copy from `docs/examples/`: they must be valid for
/// GitHub (SchemaStore schemas, actionlint, zizmor) and clean under our own GitHub Actions rules.
@Suite struct GitHubActionTests {
    static let actionFile = PackagePaths.file("action.yml")
    static let exampleWorkflow = PackagePaths.file("docs/examples/specql-deploy-code-scanning.yml")
    static let workflowSchema = PackagePaths.schemas.appendingPathComponent("github-workflow.json")
    static let actionSchema = PackagePaths.schemas.appendingPathComponent("github-action.json")

    /// The example pins this action with the placeholder `SPECQL_DEPLOY_COMMIT` until a release replaces it
    /// with a real commit. Tests read it with a 40-hex commit in its place: this checkout's HEAD when Git can
    /// tell, else a fixed one.
    static let placeholder = "SPECQL_DEPLOY_COMMIT"
    static let headCommit: String = {
        if let git = Validators.git,
           let result = try? ProcessRunner.run(git, ["-C", PackagePaths.root.path, "rev-parse", "HEAD"], timeout: 30),
           result.status == 0 {
            let sha = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            if sha.utf8.count == 40 && sha.allSatisfy(\.isHexDigit) { return sha }
        }
        return String(repeating: "0123456789", count: 4)
    }()

    /// The example workflow as a user would commit it.
    static func exampleWorkflowText() throws -> String {
        let text = String(decoding: try Data(contentsOf: exampleWorkflow), as: UTF8.self)
        return text.replacingOccurrences(of: placeholder, with: headCommit)
    }

    // MARK: the example workflow

    @Test func exampleWorkflow_pinsEveryActionByFullCommitSHA() throws {
        let text = try Self.exampleWorkflowText()
        let uses = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.hasPrefix("uses:") || $0.hasPrefix("- uses:") }
        #expect(uses.count >= 2)
        for line in uses {
            let reference = line.split(separator: "@", maxSplits: 1).last.map { String($0.prefix { !$0.isWhitespace }) } ?? ""
            #expect(reference.utf8.count == 40 && reference.allSatisfy(\.isHexDigit), "not pinned by SHA: \(line)")
        }
        #expect(text.contains("specql/specql-deploy@\(Self.headCommit)"), "the example should use this action")
        #expect(text.contains("security-events: write"))
    }

    @Test(.enabled(if: Validators.canValidateYAML, "neither check-jsonschema nor python jsonschema+yaml is installed: workflow schema validation skipped"))
    func exampleWorkflow_validatesAgainstTheGitHubWorkflowSchema() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let workflow = try dir.write("specql-deploy.yml", try Self.exampleWorkflowText())
        let result = try Validators.validateYAML(document: workflow, schema: Self.workflowSchema)
        #expect(result.status == 0, "\(result)")
    }

    @Test func exampleWorkflow_lintsCleanUnderOurGitHubActionsRules() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write(".github/workflows/x.yml", try Self.exampleWorkflowText())
        let result = try CLI.run(["lint", "--fail-on", "note", "--format", "json", "."], in: dir.url)
        let report = try JSONLintReport(result.stdout)
        #expect(result.status == 0, "findings: \(report.findings)\n\(result.stderr)")
        #expect(report.files.map { "\($0.path) \($0.kind) \($0.skipped ?? "linted")" } == [".github/workflows/x.yml github-workflow linted"])
    }

    @Test(.enabled(if: Validators.actionlint != nil, "actionlint not installed (VALIDATORS_VENV or PATH): skipped"))
    func exampleWorkflow_passesActionlint() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let workflow = try dir.write(".github/workflows/specql-deploy.yml", try Self.exampleWorkflowText())
        let result = try ProcessRunner.run(try #require(Validators.actionlint), ["-no-color", workflow.path], in: dir.url)
        #expect(result.status == 0, "\(result)")
    }

    @Test(.enabled(if: Validators.zizmor != nil, "zizmor not installed (VALIDATORS_VENV or PATH): skipped"))
    func exampleWorkflow_passesZizmorOffline() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let workflow = try dir.write(".github/workflows/specql-deploy.yml", try Self.exampleWorkflowText())
        let result = try ProcessRunner.run(try #require(Validators.zizmor), ["--offline", "--no-progress", "--persona", "pedantic", workflow.path], timeout: 120)
        #expect(result.status == 0, "\(result)")
    }

    @Test func githubCodeScanningDoc_showsTheExampleWorkflow() throws {
        let doc = String(decoding: try Data(contentsOf: PackagePaths.file("docs/github-code-scanning.md")), as: UTF8.self)
        let example = String(decoding: try Data(contentsOf: Self.exampleWorkflow), as: UTF8.self)
        // The doc may show a different ref for this action; everything else is the file users copy.
        func normalized(_ text: String) -> String {
            text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
                guard let range = line.range(of: "specql/specql-deploy@") else { return String(line) }
                return String(line[..<range.upperBound]) + "REF"
            }.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let blocks = doc.components(separatedBy: "```yaml\n").dropFirst().compactMap { $0.components(separatedBy: "```").first }
        #expect(blocks.contains { normalized($0) == normalized(example) },
                "docs/github-code-scanning.md should show docs/examples/specql-deploy-code-scanning.yml verbatim")
    }

    // MARK: action.yml

    @Test(.enabled(if: Validators.canValidateYAML, "neither check-jsonschema nor python jsonschema+yaml is installed: action schema validation skipped"))
    func actionYML_validatesAgainstTheGitHubActionSchema() throws {
        let result = try Validators.validateYAML(document: Self.actionFile, schema: Self.actionSchema)
        #expect(result.status == 0, "\(result)")
    }

    @Test func actionYML_isACompositeActionWithTheDocumentedInputsAndOutputs() throws {
        let text = String(decoding: try Data(contentsOf: Self.actionFile), as: UTF8.self)
        #expect(text.contains("using: composite"))
        for input in ["paths", "fail-on", "category", "config", "baseline", "upload"] {
            #expect(text.contains("\n  \(input):\n"), "input '\(input)' missing")
        }
        for output in ["sarif-file", "findings"] {
            #expect(text.contains("\n  \(output):\n"), "output '\(output)' missing")
        }
        #expect(text.contains("github/codeql-action/upload-sarif@"))
        let uses = text.split(separator: "\n").filter { $0.contains("uses:") }
        for line in uses {
            let reference = line.split(separator: "@", maxSplits: 1).last.map { String($0.prefix { !$0.isWhitespace }) } ?? ""
            #expect(reference.utf8.count == 40 && reference.allSatisfy(\.isHexDigit), "not pinned by SHA: \(line)")
        }
    }

    /// The composite action's steps inside a workflow job, with the permissions the docs ask for and a
    /// `workflow_dispatch` trigger declaring the action's inputs (so `inputs.*` is typed): workflow linters then
    /// check the part of `action.yml` that runs. Returns the text and how many lines precede the first step.
    static func actionStepsAsWorkflow() throws -> (text: String, headerLines: Int, firstStepLine: Int) {
        let text = String(decoding: try Data(contentsOf: actionFile), as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let inputsStart = lines.firstIndex(of: "inputs:"), let outputsStart = lines.firstIndex(of: "outputs:"),
              let stepsStart = lines.firstIndex(of: "  steps:")
        else { throw ReportFormatError("action.yml has no top-level inputs:/outputs: or runs.steps") }
        let inputNames = lines[(inputsStart + 1)..<outputsStart]
            .filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") && $0.hasSuffix(":") }
            .map { $0.trimmingCharacters(in: .whitespaces).dropLast() }
        let steps = lines[(stepsStart + 1)...].prefix { $0.isEmpty || $0.hasPrefix("    ") }
        var header = ["name: action-steps", "on:", "  workflow_dispatch:", "    inputs:"]
        for name in inputNames { header += ["      \(name):", "        type: string"] }
        header += [
            "permissions:", "  contents: read",
            "jobs:", "  action:", "    runs-on: ubuntu-24.04", "    timeout-minutes: 30",
            "    permissions:", "      contents: read", "      security-events: write",
            "    steps:",
        ]
        return ((header + steps).joined(separator: "\n") + "\n", header.count, stepsStart + 2)
    }

    /// Our engine lints workflows, not action metadata (`action.yml` is neither a workflow path nor a kind the
    /// classifier knows), so the action's steps are linted inside a workflow job: the same rules (pinning,
    /// script injection, secrets in scripts, node runtimes, always-true conditions…) apply to them.
    @Test func actionYML_stepsLintCleanUnderOurGitHubActionsRules_asAWorkflowJob() throws {
        let wrapped = try Self.actionStepsAsWorkflow()
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write(".github/workflows/action-steps.yml", wrapped.text)
        let result = try CLI.run(["lint", "--fail-on", "note", "--format", "json", "."], in: dir.url)
        let report = try JSONLintReport(result.stdout)
        let offset = wrapped.firstStepLine - (wrapped.headerLines + 1)
        #expect(result.status == 0, "findings (action.yml line = reported line + \(offset)): \(report.findings)\n\(result.stderr)")
        #expect(report.files.map(\.kind) == ["github-workflow"])
    }

    @Test(.enabled(if: Validators.actionlint != nil, "actionlint not installed (VALIDATORS_VENV or PATH): skipped"))
    func actionYML_stepsPassActionlint_asAWorkflowJob() throws {
        let wrapped = try Self.actionStepsAsWorkflow()
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let workflow = try dir.write(".github/workflows/action-steps.yml", wrapped.text)
        let result = try ProcessRunner.run(try #require(Validators.actionlint), ["-no-color", workflow.path], in: dir.url)
        let offset = wrapped.firstStepLine - (wrapped.headerLines + 1)
        #expect(result.status == 0, "(action.yml line = reported line + \(offset))\n\(result)")
    }

    @Test(.enabled(if: Validators.zizmor != nil, "zizmor not installed (VALIDATORS_VENV or PATH): skipped"))
    func actionYML_passesZizmorOffline() throws {
        let result = try ProcessRunner.run(try #require(Validators.zizmor), ["--offline", "--no-progress", Self.actionFile.path], timeout: 120)
        #expect(result.status == 0, "\(result)")
    }

    // MARK: .pre-commit-hooks.yaml

    @Test(.enabled(if: Validators.canValidateYAML, "neither check-jsonschema nor python jsonschema+yaml is installed: hooks schema validation skipped"))
    func preCommitHooks_validateAgainstThePreCommitHooksSchema() throws {
        let result = try Validators.validateYAML(document: PackagePaths.file(".pre-commit-hooks.yaml"),
                                                 schema: PackagePaths.schemas.appendingPathComponent("pre-commit-hooks.json"))
        #expect(result.status == 0, "\(result)")
    }
}
