import ArgumentParser
import Foundation
import LintEngine

/// `specql-deploy rules`: the rule catalog as a table, JSON or Markdown; `--output-dir` writes one page per rule.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every lint rule (table, JSON or Markdown).",
        discussion: "`rules --format markdown --output-dir docs/rules` writes an index and one page per rule."
    )

    @Option(name: .long, help: "table, json or markdown.")
    var format: String = "table"

    @Option(name: .long, help: "Only rules of this kind: dockerfile, compose, kubernetes, github-workflow, hcl, dotenv or engine.")
    var kind: String?

    @Option(name: .customLong("output-dir"), help: "Write README.md and one <ID>.md page per rule into this directory.")
    var outputDirectory: String?

    func run() throws {
        guard let listing = RuleListing.Format(rawValue: format) else {
            FileHandle.standardError.write(Data("error: unknown format '\(format)'; use table, json or markdown\n".utf8))
            throw ExitCode(2)
        }
        var rules = RuleSet.registered.allMetadata
        if let kind {
            rules = rules.filter { $0.kind == kind }
            if rules.isEmpty {
                FileHandle.standardError.write(Data("error: no rules of kind '\(kind)'\n".utf8))
                throw ExitCode(2)
            }
        }
        if let outputDirectory {
            do {
                try FileManager.default.createDirectory(atPath: outputDirectory, withIntermediateDirectories: true)
                let dir = URL(fileURLWithPath: outputDirectory)
                try RuleListing.markdownIndex(rules, linkPrefix: "").write(to: dir.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
                for rule in rules {
                    try RuleListing.markdownPage(rule).write(to: dir.appendingPathComponent("\(rule.id).md"), atomically: true, encoding: .utf8)
                }
            } catch {
                FileHandle.standardError.write(Data("error: cannot write \(outputDirectory): \(error.localizedDescription)\n".utf8))
                throw ExitCode(2)
            }
            FileHandle.standardError.write(Data("wrote \(rules.count + 1) files to \(outputDirectory)\n".utf8))
            return
        }
        FileHandle.standardOutput.write(Data(RuleListing.render(rules, format: listing).utf8))
    }
}
