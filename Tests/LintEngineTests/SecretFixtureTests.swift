import DeploySyntax
import Foundation
@testable import LintEngine
import Testing

/// `Fixtures/secrets/<ID>/{triggers,passes}/` through each SEC rule's own check, with the kind the file's
/// name gives (`*.Dockerfile`, `*.compose.yaml`, other `*.yaml` = Kubernetes, `.github/workflows/*`, `*.tf`,
/// `*.env`). The engine's `FixtureHarnessTests` walks the same tree through discovery and suppressions; this
/// suite pins the scanner itself and checks that every SEC rule has fixtures of both kinds.
@Suite("Secret fixtures")
struct SecretFixtureTests {
    static let root = PackagePaths.fixtures.appendingPathComponent("secrets")

    struct Case: Sendable, CustomTestStringConvertible {
        let ruleID: String
        let triggers: Bool
        let name: String
        let path: URL
        var testDescription: String { "\(ruleID)/\(triggers ? "triggers" : "passes")/\(name)" }
    }

    static let cases: [Case] = PackagePaths.entries(of: root).flatMap { rule in
        ["triggers", "passes"].flatMap { expectation in
            PackagePaths.entries(of: root.appendingPathComponent(rule).appendingPathComponent(expectation))
                .filter { !$0.hasSuffix(".expected") }
                .map { Case(ruleID: rule, triggers: expectation == "triggers", name: $0,
                            path: root.appendingPathComponent(rule).appendingPathComponent(expectation).appendingPathComponent($0)) }
        }
    }

    static func kind(of path: String) -> FileKind? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if name.hasSuffix(".Dockerfile") || name.hasPrefix("Dockerfile") { return .dockerfile }
        if path.contains(".github/workflows/") { return .githubWorkflow }
        if name.hasSuffix(".compose.yaml") || name.hasPrefix("compose") { return .compose }
        if name.hasSuffix(".yaml") || name.hasSuffix(".yml") { return .kubernetes }
        if name.hasSuffix(".tf") { return .hcl }
        if name.hasSuffix(".env") { return .dotenv }
        return nil
    }

    @Test func everySECRule_hasTriggerAndPassFixtures() {
        for rule in SecretRules.all {
            #expect(Self.cases.contains { $0.ruleID == rule.id && $0.triggers }, "\(rule.id) has no trigger fixture")
            #expect(Self.cases.contains { $0.ruleID == rule.id && !$0.triggers }, "\(rule.id) has no pass fixture")
        }
        #expect(Set(Self.cases.map(\.ruleID)) == Set(SecretRules.all.map(\.id)), "a fixture folder names no SEC rule")
    }

    @Test(arguments: cases)
    func fixture_yieldsExactlyItsExpectedFindings(_ fixture: Case) throws {
        guard let rule = SecretRules.all.first(where: { $0.id == fixture.ruleID }) else {
            Issue.record("no rule \(fixture.ruleID)")
            return
        }
        let isDirectory = PackagePaths.isDirectory(fixture.path)
        let files = isDirectory ? PackagePaths.files(under: fixture.path) : [fixture.name]
        var found: [String] = []
        for relative in files {
            let url = isDirectory ? fixture.path.appendingPathComponent(relative) : fixture.path
            let kind = try #require(Self.kind(of: relative), "cannot tell the kind of \(relative)")
            let file = SourceFile(path: relative, bytes: try [UInt8](Data(contentsOf: url)))
            for violation in rule.check(file, kind: kind, context: RuleContext(path: relative)) {
                let r = violation.range
                found.append("\(isDirectory ? relative + " " : "")\(rule.id) \(r.start.line):\(r.start.column)-\(r.end.line):\(r.end.column)")
            }
        }
        if fixture.triggers {
            let expected = try String(contentsOf: URL(fileURLWithPath: fixture.path.path + ".expected"), encoding: .utf8)
                .split(separator: "\n").map(String.init).filter { !$0.isEmpty }
            #expect(!expected.isEmpty)
            #expect(found.sorted() == expected.sorted(), "\(fixture.testDescription)")
        } else {
            #expect(found.isEmpty, "\(fixture.testDescription) must not trigger: \(found)")
        }
    }
}
