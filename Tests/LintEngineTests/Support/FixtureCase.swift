import DeploySyntax
import Foundation
import Testing
@testable import LintEngine

/// One case of the fixture tree: `Fixtures/<kind>/<ID>/{triggers,passes}/<case>` (a file or a directory).
struct FixtureCase: Sendable, CustomTestStringConvertible, CustomStringConvertible {
    enum Expectation: String, Sendable { case triggers, passes }

    /// `dockerfile`, `compose`, …, or `engine`.
    let kindFolder: String
    let ruleID: String
    let expectation: Expectation
    let name: String
    /// Absolute path of the case (file or directory).
    let path: String
    let isDirectory: Bool

    var description: String { "\(kindFolder)/\(ruleID)/\(expectation.rawValue)/\(name)" }
    var testDescription: String { description }

    var expectedPath: String { path + ".expected" }
    var configPath: String { path + ".specql-deploy.yml" }
    var isEngineRule: Bool { kindFolder == "engine" }

    /// Sidecar files beside a case, never cases themselves.
    static func isSidecar(_ name: String) -> Bool {
        name.hasSuffix(".expected") || name.hasSuffix(".specql-deploy.yml") || name == "README.md"
    }

    /// Every case in the fixture tree, sorted.
    static func all() -> [FixtureCase] {
        var cases: [FixtureCase] = []
        let root = PackagePaths.fixtures
        for kind in PackagePaths.entries(of: root) where PackagePaths.isDirectory(root.appendingPathComponent(kind)) {
            if kind == "schemas" { continue }
            let kindURL = root.appendingPathComponent(kind)
            for rule in PackagePaths.entries(of: kindURL) where PackagePaths.isDirectory(kindURL.appendingPathComponent(rule)) {
                for expectation in [Expectation.triggers, .passes] {
                    let dir = kindURL.appendingPathComponent(rule).appendingPathComponent(expectation.rawValue)
                    for name in PackagePaths.entries(of: dir) where !isSidecar(name) {
                        let url = dir.appendingPathComponent(name)
                        cases.append(FixtureCase(kindFolder: kind, ruleID: rule, expectation: expectation, name: name,
                                                 path: url.path, isDirectory: PackagePaths.isDirectory(url)))
                    }
                }
            }
        }
        return cases
    }

    /// The files of the case to lint: (name relative to the case, bytes, kind).
    func inputs() throws -> [(name: String, bytes: [UInt8], kind: FileKind?)] {
        let folderKind = FileKind(rawValue: kindFolder)
        func kind(for name: String) -> FileKind?? {
            switch FileClassifier.match(path: name) {
            case .kind(let named):
                if let folderKind, named != folderKind { return .none }
                return .some(named)
            case .yaml:
                if let folderKind { return .some(folderKind) }
                return .some(nil)
            case .none, .template:
                if let folderKind, !isDirectory { return .some(folderKind) }
                return .none
            }
        }
        if !isDirectory {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
            guard let fileKind = kind(for: name) else { throw FixtureError("cannot tell the kind of \(name)") }
            return [(name, bytes, fileKind)]
        }
        var out: [(String, [UInt8], FileKind?)] = []
        for file in PackagePaths.files(under: URL(fileURLWithPath: path)) {
            guard let fileKind = kind(for: file) else { continue }
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path).appendingPathComponent(file)))
            out.append((file, bytes, fileKind))
        }
        if out.isEmpty { throw FixtureError("\(self) holds no file of kind \(kindFolder)") }
        return out
    }

    /// Names beside the linted file: the case directory's entries, nothing for a single-file case.
    func siblingNames(of file: String) -> Set<String> {
        guard isDirectory else { return [] }
        let dir = URL(fileURLWithPath: path).appendingPathComponent(file).deletingLastPathComponent()
        return Set(PackagePaths.entries(of: dir))
    }

    func configuration() throws -> LintConfiguration {
        guard FileManager.default.fileExists(atPath: configPath) else { return LintConfiguration() }
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: configPath)))
        switch LintConfiguration.parse(SourceFile(path: configPath, bytes: bytes), metadata: RuleSet.registered.metadataByID, baseDirectory: nil) {
        case .success(let config): return config
        case .failure(let error): throw FixtureError("invalid \(configPath): \(error)")
        }
    }

    /// The rule set a case runs: only the rule under test; for engine rules every registered rule of the kind
    /// plus the engine rules (they report about other rules' findings).
    func ruleSet() -> RuleSet {
        if isEngineRule {
            return RuleSet.registered
        }
        return RuleSet.registered.restricted(to: [ruleID])
    }

    /// Lints the case's files (optionally transformed) through the engine path and returns the findings.
    func lint(transform: (String, [UInt8], FileKind?) -> [UInt8] = { _, bytes, _ in bytes }, ruleSet override: RuleSet? = nil) throws -> [Finding] {
        let engine = LintEngine(ruleSet: override ?? ruleSet(), options: .init(configuration: try configuration()))
        var findings: [Finding] = []
        for input in try inputs() {
            let file = SourceFile(path: input.name, bytes: transform(input.name, input.bytes, input.kind))
            let report = engine.lint(file: file, kind: input.kind, relativePath: input.name, siblingFileNames: siblingNames(of: input.name))
            findings += report.findings
        }
        return findings
    }
}

struct FixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// One line of a `.expected` file: `[file] ID line:col[-endLine:endCol]`.
struct ExpectedFinding: Hashable, CustomStringConvertible, Sendable {
    var file: String?
    var ruleID: String
    var line: Int
    var column: Int
    var endLine: Int?
    var endColumn: Int?

    var description: String {
        let position = "\(line):\(column)" + (endLine.map { "-\($0):\(endColumn ?? 0)" } ?? "")
        return (file.map { "\($0) " } ?? "") + "\(ruleID) \(position)"
    }

    static func parse(_ text: String, source: String) throws -> [ExpectedFinding] {
        var out: [ExpectedFinding] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            guard fields.count == 2 || fields.count == 3 else {
                throw FixtureError("\(source):\(index + 1): expected `[file] ID line:col[-endLine:endCol]`, got `\(line)`")
            }
            let file = fields.count == 3 ? fields[0] : nil
            let id = fields[fields.count - 2]
            let spans = fields[fields.count - 1].split(separator: "-").map { $0.split(separator: ":").compactMap { Int($0) } }
            guard (spans.count == 1 || spans.count == 2), spans.allSatisfy({ $0.count == 2 }) else {
                throw FixtureError("\(source):\(index + 1): bad position `\(fields[fields.count - 1])`")
            }
            out.append(ExpectedFinding(file: file, ruleID: id, line: spans[0][0], column: spans[0][1],
                                       endLine: spans.count == 2 ? spans[1][0] : nil, endColumn: spans.count == 2 ? spans[1][1] : nil))
        }
        return out
    }

    func matches(_ finding: Finding) -> Bool {
        if let file, file != finding.path { return false }
        guard ruleID == finding.ruleID, line == finding.range.start.line, column == finding.range.start.column else { return false }
        if let endLine, endLine != finding.range.end.line { return false }
        if let endColumn, endColumn != finding.range.end.column { return false }
        return true
    }

    static func full(_ finding: Finding, withFile: Bool) -> ExpectedFinding {
        ExpectedFinding(file: withFile ? finding.path : nil, ruleID: finding.ruleID, line: finding.range.start.line,
                        column: finding.range.start.column, endLine: finding.range.end.line, endColumn: finding.range.end.column)
    }
}

extension Finding {
    /// `file ID line:col-endLine:endCol`, for readable failure messages.
    var fixtureDescription: String {
        "\(path) \(ruleID) \(range.start.line):\(range.start.column)-\(range.end.line):\(range.end.column) \(message)"
    }
}
