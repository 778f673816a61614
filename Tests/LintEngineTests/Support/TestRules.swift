import DeploySyntax
import Foundation
@testable import LintEngine

/// Test-only Dockerfile rules that read raw lines, so engine behaviour is tested independently of the real
/// Dockerfile rules. Ids DF9xx are never used by real rules.
struct MarkerRule: DockerfileRule {
    let id: String
    let marker: String
    var severity: Severity?
    /// Marks the text after the marker up to the end of the line as a redaction (a "secret").
    var redactRest = false

    func check(_ dockerfile: Dockerfile, context: RuleContext) -> [Violation] {
        let file = dockerfile.file
        let needle = Array(marker.utf8)
        var out: [Violation] = []
        var i = 0
        let bytes = file.bytes
        while i + needle.count <= bytes.count {
            if Array(bytes[i..<i + needle.count]) == needle {
                let range = file.range(from: i, to: i + needle.count)
                var redactions: [SourceRange] = []
                if redactRest {
                    let line = file.lineIndex(containing: i)
                    redactions.append(file.range(from: i + needle.count, to: file.lineEnd(ofLineIndex: line)))
                }
                out.append(Violation(range: range, message: "found \(marker)", severity: severity, redactions: redactions))
                i += needle.count
            } else {
                i += 1
            }
        }
        return out
    }
}

/// Reports line 1 when no `.dockerignore` is among the sibling names.
struct SiblingRule: DockerfileRule {
    let id = "DF902"

    func check(_ dockerfile: Dockerfile, context: RuleContext) -> [Violation] {
        if context.siblingFileNames.contains(".dockerignore") { return [] }
        let file = dockerfile.file
        return [Violation(range: file.range(from: 0, to: file.lineEnd(ofLineIndex: 0)), message: "no .dockerignore beside \(context.path)")]
    }
}

/// Reports the configured `budget-mb` option on line 1.
struct OptionRule: DockerfileRule {
    let id = "DF903"

    func check(_ dockerfile: Dockerfile, context: RuleContext) -> [Violation] {
        let budget = context.option("budget-mb", for: id) ?? "500"
        return [Violation(range: dockerfile.file.range(from: 0, to: 4), message: "budget \(budget) MB")]
    }
}

enum TestRules {
    static let forbidden = MarkerRule(id: "DF900", marker: "FORBIDDEN")
    static let secret = MarkerRule(id: "DF901", marker: "TOKEN=", redactRest: true)
    static let loud = MarkerRule(id: "DF904", marker: "LOUD", severity: .error)

    static let metadata: [String: RuleMetadata] = {
        var byID = RuleCatalog.metadata
        func add(_ id: String, _ title: String, _ severity: Severity, options: [(name: String, description: String)] = []) {
            byID[id] = RuleMetadata(id: id, title: title, kind: "dockerfile", severity: severity, tags: ["security"],
                                    securitySeverity: "7.5", references: ["https://example.com/\(id)"], options: options,
                                    summary: "\(title).", documentation: "\(title).\n\n## Why\nTest rule.\n",
                                    sourcePath: "Rules/dockerfile/\(id).md")
        }
        add("DF900", "Forbidden word", .warning)
        add("DF901", "Token in file", .error)
        add("DF902", "No dockerignore", .note)
        add("DF903", "Budget", .note, options: [("budget-mb", "Budget in MB")])
        add("DF904", "Loud", .warning)
        return byID
    }()

    static func ruleSet(_ rules: [any Rule] = [forbidden, secret, loud]) -> RuleSet {
        RuleSet(rules: rules, engineRuleIDs: Set(RuleRegistry.engineRules.map(\.id)), metadataByID: metadata)
    }

    static func engine(
        _ rules: [any Rule] = [forbidden, secret, loud],
        configuration: LintConfiguration = LintConfiguration(),
        baseline: Baseline? = nil,
        failOn: Severity? = nil,
        root: String? = nil,
        excludes: [String] = []
    ) -> LintEngine {
        LintEngine(ruleSet: ruleSet(rules), options: .init(
            configuration: configuration, excludes: excludes.map(GlobPattern.init), projectRoot: root,
            workingDirectory: root, baseline: baseline, failOn: failOn))
    }

    /// Lints one in-memory Dockerfile.
    static func lint(_ text: String, path: String = "Dockerfile", rules: [any Rule] = [forbidden, secret, loud],
                     configuration: LintConfiguration = LintConfiguration(), siblings: Set<String> = []) -> LintReport {
        engine(rules, configuration: configuration).lint(file: SourceFile(path: path, text: text), kind: .dockerfile, siblingFileNames: siblings)
    }

    static func config(_ text: String) throws -> LintConfiguration {
        try LintConfiguration.parse(SourceFile(path: ".specql-deploy.yml", text: text), metadata: metadata, baseDirectory: nil).get()
    }
}

extension Finding {
    /// `ID line:col` for compact assertions.
    var short: String { "\(ruleID) \(range.start.line):\(range.start.column)" }
}
