import ArgumentParser
import DeploySyntax
import DeploymentGenerator
import DeploymentSpec
import Foundation
import LintEngine

/// `specql-deploy check`: generate, then lint what was generated, in one report.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Generate from deployment.yaml into a temporary directory (or -o) and lint the result in one report.",
        discussion: """
        Without -o, files go to a temporary directory that is removed afterwards; the report names them as generate would (generated/Dockerfile, ...). With -o, files are generated there with the same safety rules as generate (edited files are kept), then the directory is linted as it stands.

        Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it, or files refused with -o; 2 invalid spec, usage or I/O error.

        Examples:
          specql-deploy check
          specql-deploy check examples/hobby-fraiseql.yaml --format sarif > check.sarif
          specql-deploy check -o generated --fail-on note
        """
    )

    @Argument(help: "The deployment spec.")
    var file: String = "deployment.yaml"

    @Option(name: .shortAndLong, help: "Generate into this directory (kept) instead of a temporary one.")
    var output: String?

    @Option(name: .long, help: "Output format: text, json, sarif, junit or github.")
    var format: String = "text"

    @Option(name: .customLong("fail-on"), help: "Lowest severity that fails the run: error, warning or note (default: warning).")
    var failOn: String?

    @Flag(name: .customLong("no-color"), help: "No colors (also: NO_COLOR=1).")
    var noColor = false

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let errStyle = TerminalStyle.forStream(isTerminal: isatty(STDERR_FILENO) == 1, environment: environment, forceOff: noColor)
        guard let reportFormat = ReportFormat(rawValue: format) else {
            return try fail("unknown format '\(format)'; use \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        var threshold: Severity?
        if let failOn {
            guard let parsed = Severity(rawValue: failOn) else { return try fail("--fail-on takes error, warning or note, not '\(failOn)'") }
            threshold = parsed
        }
        let cwd = FileManager.default.currentDirectoryPath
        let outputName = output ?? "generated"
        let run = GenerationRun(specPath: file, outputDirectory: outputName)

        let lintDirectory: String
        let lintRoot: String
        var temporary: String?
        var refused = false
        switch run.render(workingDirectory: cwd) {
        case .failure(let invalid):
            let report = ValidationReport(results: [invalid.validation])
            printError(report.renderDiagnostics(style: errStyle) + "\n\n" + report.summary(style: errStyle) + "\nnothing was generated")
            throw ExitCode(2)
        case .success(let rendered):
            if !rendered.validation.warnings.isEmpty {
                printError(ValidationReport(results: [rendered.validation]).renderDiagnostics(style: errStyle) + "\n")
            }
            do {
                if output != nil {
                    guard case .planned(let plan, let stack, _) = try run.prepare(workingDirectory: cwd) else { throw ExitCode(2) }
                    try OutputDirectory(path: plan.directory).apply(plan)
                    printError(run.summary(plan, stack: stack, dryRun: false, style: errStyle).trimmingCharacters(in: .newlines))
                    refused = !plan.refused.isEmpty
                    lintDirectory = outputName
                    lintRoot = cwd
                } else {
                    let base = NSTemporaryDirectory() + "specql-deploy-check-\(getpid())-\(UUID().uuidString)"
                    temporary = base
                    // The same relative name as `generate` would use, so the report reads like the real tree.
                    let name = URL(fileURLWithPath: RelativePath.absolute(outputName, base: cwd)).lastPathComponent
                    let target = base + "/" + name
                    let directory = OutputDirectory(path: target)
                    try directory.apply(try directory.plan(rendered.files, force: false))
                    lintDirectory = name
                    lintRoot = base
                }
            } catch let error as OutputError {
                if let temporary { try? FileManager.default.removeItem(atPath: temporary) }
                return try fail(error.description)
            }
        }
        defer { if let temporary { try? FileManager.default.removeItem(atPath: temporary) } }

        var configuration = LintConfiguration()
        if let path = LintEngine.configurationFile(for: [file], workingDirectory: cwd) {
            switch LintConfiguration.load(path: path) {
            case .success(let loaded): configuration = loaded
            case .failure(let error):
                printError(error.render(style: errStyle))
                throw ExitCode(2)
            }
        }
        let engine = LintEngine(options: .init(
            configuration: configuration, projectRoot: lintRoot, workingDirectory: lintRoot, failOn: threshold))
        let report = await engine.lint(paths: [lintDirectory])
        for notice in report.notices { printError("note: \(notice)") }
        for issue in report.errors { printError("error: \(issue)") }

        let options = ReportOptions(
            style: TerminalStyle.forStream(isTerminal: isatty(STDOUT_FILENO) == 1, environment: environment, forceOff: noColor),
            projectRoot: lintRoot,
            sarifRunID: environment["GITHUB_RUN_ID"] ?? "")
        FileHandle.standardOutput.write(Data(Reporter.render(report, format: reportFormat, options: options).utf8))
        let code = report.exitCode(failOn: engine.failOn)
        if code != 0 { throw ExitCode(code) }
        if refused { throw ExitCode(1) }
    }

    private func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    private func fail(_ message: String) throws {
        printError("error: \(message)")
        throw ExitCode(2)
    }
}
