import ArgumentParser
import DeploySyntax
import DeploymentGenerator
import DeploymentSpec
import Foundation

/// `specql-deploy generate`: argument parsing and printing; `GenerationRun` decides, `OutputDirectory` writes.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate Dockerfiles, Compose files, a Caddyfile, .env.example and DEPLOYMENT.md from deployment.yaml.",
        discussion: """
        Writes are atomic. A manifest (.specql-deploy-manifest.json) records the SHA-256 of every file written: a file edited by hand since is left alone and reported (exit 1) unless --force; a file specql-deploy did not write is never overwritten; nothing is ever deleted.

        Exit codes: 0 done; 1 some files refused; 2 invalid spec (nothing written) or I/O error.

        Examples:
          specql-deploy generate
          specql-deploy generate examples/hobby-fraiseql.yaml -o deploy
          specql-deploy generate --dry-run --diff
          specql-deploy generate --only docker,compose
          specql-deploy generate --force
        """
    )

    @Argument(help: "The deployment spec.")
    var file: String = "deployment.yaml"

    @Option(name: .shortAndLong, help: "Output directory.")
    var output: String = "generated"

    @Option(help: ArgumentHelp(
        "Only these groups, comma separated: \(OutputCategory.allCases.map(\.rawValue).joined(separator: ", ")).",
        valueName: "groups"))
    var only: String?

    @Flag(name: .customLong("dry-run"), help: "Write nothing; list what would change.")
    var dryRun = false

    @Flag(help: "Print unified diffs of what changes (and of files edited by hand).")
    var diff = false

    @Flag(help: "Replace files edited by hand since they were generated.")
    var force = false

    @Flag(name: .customLong("no-color"), help: "No colors (also: NO_COLOR=1).")
    var noColor = false

    func validate() throws {
        _ = try categories()
    }

    private func categories() throws -> Set<OutputCategory>? {
        guard let only else { return nil }
        var set = Set<OutputCategory>()
        for word in only.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !word.isEmpty {
            guard let category = OutputCategory(rawValue: word) else {
                throw ValidationError("unknown group '\(word)' in --only; use \(OutputCategory.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            set.insert(category)
        }
        if set.isEmpty { throw ValidationError("--only needs at least one group") }
        return set
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let outStyle = TerminalStyle.forStream(isTerminal: isatty(STDOUT_FILENO) == 1, environment: environment, forceOff: noColor)
        let errStyle = TerminalStyle.forStream(isTerminal: isatty(STDERR_FILENO) == 1, environment: environment, forceOff: noColor)
        let run = GenerationRun(specPath: file, outputDirectory: output, only: try categories(), force: force)

        let outcome: GenerationRun.Outcome
        do {
            outcome = try run.prepare(workingDirectory: FileManager.default.currentDirectoryPath)
        } catch {
            printError("error: \(error)")
            throw ExitCode(2)
        }
        switch outcome {
        case .invalidSpec(let validation):
            let report = ValidationReport(results: [validation])
            printError(report.renderDiagnostics(style: errStyle) + "\n\n" + report.summary(style: errStyle) + "\nnothing was written")
            throw ExitCode(2)
        case .planned(let plan, let stack, let validation):
            if !validation.warnings.isEmpty {
                printError(ValidationReport(results: [validation]).renderDiagnostics(style: errStyle) + "\n")
            }
            if diff {
                let diffs = plan.unifiedDiffs()
                if !diffs.isEmpty { FileHandle.standardOutput.write(Data(diffs.utf8)) }
            }
            if !dryRun {
                do {
                    try OutputDirectory(path: plan.directory).apply(plan)
                } catch {
                    printError("error: \(error)")
                    throw ExitCode(2)
                }
            }
            FileHandle.standardOutput.write(Data(run.summary(plan, stack: stack, dryRun: dryRun, style: outStyle).utf8))
            if !plan.refused.isEmpty { throw ExitCode(1) }
        }
    }

    private func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
