import ArgumentParser
import Foundation
import LintEngine

/// `specql-deploy explain ID`: prints a rule's documentation, compiled into the binary from `Rules/`.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show a lint rule's documentation: what it checks, why, how to fix it."
    )

    @Argument(help: "A rule id such as DF001 (case-insensitive).")
    var id: String

    func run() throws {
        let wanted = id.uppercased()
        let known = RuleSet.registered.allMetadata
        guard let rule = known.first(where: { $0.id == wanted }) else {
            let similar = known.map(\.id).filter { Self.editDistance($0, wanted) <= 1 }.prefix(5)
            let hint = similar.isEmpty ? "`specql-deploy rules` lists them" : "did you mean \(similar.joined(separator: ", "))?"
            FileHandle.standardError.write(Data("error: unknown rule id '\(id)'; \(hint)\n".utf8))
            throw ExitCode(2)
        }
        FileHandle.standardOutput.write(Data(RuleListing.markdownPage(rule).utf8))
    }

    /// Levenshtein distance, for "did you mean" on mistyped ids.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
