import ArgumentParser
import DeploySyntax
import DeploymentSpec
import Foundation

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check deployment.yaml files and report every problem with its line and column.",
        discussion: """
        Exits 0 when every file is valid (warnings allowed), 2 when any file has an error.

        Examples:
          specql-deploy validate                 # ./deployment.yaml
          specql-deploy validate examples/*.yaml
          specql-deploy validate --resolved      # every value, defaults included
          specql-deploy validate --resolved --format json > resolved.json
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case yaml
        case json
    }

    @Argument(help: "Files to check.")
    var files: [String] = ["deployment.yaml"]

    @Flag(help: "Print the resolved spec (every default filled in) of each valid file.")
    var resolved = false

    @Option(help: "Format of --resolved output: yaml or json.")
    var format: Format = .yaml

    @Flag(help: "Never color the output (also: the NO_COLOR environment variable).")
    var noColor = false

    func run() throws {
        let report = ValidationReport(results: files.map(DeploymentSpecLoader.load(path:)))
        // With --resolved, standard output carries the data; diagnostics and the summary go to standard error.
        let messagesToStderr = resolved
        let stream = messagesToStderr ? FileHandle.standardError : FileHandle.standardOutput
        let style = TerminalStyle.forStream(
            isTerminal: isatty(messagesToStderr ? STDERR_FILENO : STDOUT_FILENO) == 1,
            environment: ProcessInfo.processInfo.environment,
            forceOff: noColor)

        var messages = report.renderDiagnostics(style: style)
        if !messages.isEmpty { messages += "\n\n" }
        messages += report.summary(style: style) + "\n"
        stream.write(Data(messages.utf8))

        if resolved {
            let documents = report.results.compactMap(\.resolved)
            let output = ResolvedDocument.render(documents, as: format == .json ? .json : .yaml)
            FileHandle.standardOutput.write(Data(output.utf8))
        }
        if report.exitCode != 0 { throw ExitCode(report.exitCode) }
    }
}
