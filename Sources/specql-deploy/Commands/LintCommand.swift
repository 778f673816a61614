import ArgumentParser
import DeploySyntax
import Foundation
import LintEngine

/// `specql-deploy lint [PATH...]`: argument parsing and I/O only; the engine does the work.
struct LintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Lint Dockerfiles, compose files, Kubernetes manifests, GitHub workflows and HCL.",
        discussion: """
        Walks the given files and directories (default: .), skipping .git, .build, node_modules and vendor.
        Configuration: .specql-deploy.yml found upward from the first path, or --config. See docs/lint.md.

        Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 usage, configuration or I/O errors.
        """
    )

    @Argument(help: "Files or directories to lint (default: the current directory).")
    var paths: [String] = []

    @Option(name: .long, help: "Output format: text, json, sarif, junit or github.")
    var format: String = "text"

    @Option(name: .shortAndLong, help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(name: .long, help: "Configuration file (default: .specql-deploy.yml found upward from the first path).")
    var config: String?

    @Option(name: .customLong("fail-on"), help: "Lowest severity that fails the run: error, warning or note (default: warning).")
    var failOn: String?

    @Option(name: .customLong("exclude"), help: "Glob of paths not to lint (repeatable), e.g. 'generated/**'.")
    var excludes: [String] = []

    @Option(name: .long, help: "Baseline file: findings recorded in it do not count.")
    var baseline: String?

    @Option(name: .customLong("write-baseline"), help: "Record every current finding in this baseline file and exit 0.")
    var writeBaseline: String?

    @Flag(name: .customLong("include-suppressed"), help: "Also report findings silenced by comments or the baseline.")
    var includeSuppressed = false

    @Flag(name: .customLong("no-color"), help: "No colors in text output (also: NO_COLOR=1).")
    var noColor = false

    @Option(name: .customLong("sarif-category"), help: "SARIF automationDetails category (default: specql-deploy).")
    var sarifCategory = "specql-deploy"

    @Option(name: .customLong("project-root"), help: "Paths in SARIF and GitHub output are relative to it (default: the Git root).")
    var projectRoot: String?

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        guard let reportFormat = ReportFormat(rawValue: format) else {
            return try fail("unknown format '\(format)'; use \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        var threshold: Severity?
        if let failOn {
            guard let parsed = Severity(rawValue: failOn) else { return try fail("--fail-on takes error, warning or note, not '\(failOn)'") }
            threshold = parsed
        }
        let cwd = FileManager.default.currentDirectoryPath

        var configuration = LintConfiguration()
        if var path = config ?? LintEngine.configurationFile(for: paths, workingDirectory: cwd) {
            if path.hasPrefix(cwd + "/") { path.removeFirst(cwd.count + 1) }  // show it as users would type it
            switch LintConfiguration.load(path: path) {
            case .success(let loaded): configuration = loaded
            case .failure(let error):
                printError(error.render(style: stderrStyle(environment)))
                throw ExitCode(2)
            }
        }
        var accepted: Baseline?
        if let baseline {
            switch Baseline.load(path: baseline) {
            case .success(let loaded): accepted = loaded
            case .failure(let error): return try fail(error.description)
            }
        }

        let root = projectRoot.map { URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: cwd)).standardizedFileURL.path }
            ?? LintEngine.defaultProjectRoot(workingDirectory: cwd)
        let engine = LintEngine(options: .init(
            configuration: configuration, excludes: excludes.map(GlobPattern.init), projectRoot: root,
            baseline: accepted, failOn: threshold))
        let report = await engine.lint(paths: paths)

        for notice in report.notices { printError("note: \(notice)") }
        for issue in report.errors { printError("error: \(issue)") }

        if let writeBaseline {
            let recorded = Baseline(report: report)
            if case .failure(let error) = recorded.write(to: writeBaseline) { return try fail("cannot write baseline: \(error)") }
            printError("wrote \(recorded.entries.count) finding(s) to baseline \(writeBaseline)")
            throw ExitCode(report.errors.isEmpty ? 0 : 2)
        }

        let toTerminal = output == nil && isatty(STDOUT_FILENO) == 1
        let options = ReportOptions(
            style: TerminalStyle.forStream(isTerminal: toTerminal, environment: environment, forceOff: noColor),
            includeSuppressed: includeSuppressed,
            projectRoot: root,
            sarifCategory: sarifCategory,
            sarifRunID: environment["GITHUB_RUN_ID"] ?? "")
        let rendered = Reporter.renderBytes(report, format: reportFormat, options: options)
        if let output {
            do {
                try Self.write(rendered, toPath: output)
            } catch {
                return try fail("cannot write \(output): \(error.localizedDescription)")
            }
        } else {
            FileHandle.standardOutput.write(Data(rendered))
        }
        let code = report.exitCode(failOn: engine.failOn)
        if code != 0 { throw ExitCode(code) }
    }

    /// Writes in place (open, truncate, write): an atomic write renames a temporary file over the target, which
    /// as root replaces `--output /dev/null` or `/dev/stdout` with a regular file.
    private static func write(_ bytes: [UInt8], toPath path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(fd) }
        try bytes.withUnsafeBufferPointer { buffer in
            var written = 0
            while written < buffer.count {
                let count = Foundation.write(fd, buffer.baseAddress! + written, buffer.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                }
                written += count
            }
        }
    }

    private func stderrStyle(_ environment: [String: String]) -> TerminalStyle {
        TerminalStyle.forStream(isTerminal: isatty(STDERR_FILENO) == 1, environment: environment, forceOff: noColor)
    }

    private func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Usage, configuration and I/O problems exit 2.
    private func fail(_ message: String) throws {
        printError("error: \(message)")
        throw ExitCode(2)
    }
}
