import DeploySyntax
import Foundation
@testable import LintEngine
import Testing

/// Walks `Fixtures/<kind>/<ID>/{triggers,passes}/`: every trigger case yields exactly its `.expected` findings of
/// the rule, every pass case none, through the real engine path. Generated cross-checks on every trigger case:
/// CRLF line breaks give the same findings, and a suppression comment silences every finding.
///
/// `UPDATE_FIXTURES=DF001,DF002 swift test --filter FixtureHarnessTests` rewrites those rules' `.expected` files
/// with the current full ranges (`UPDATE_FIXTURES=1`: every rule's). Review the diff.
@Suite struct FixtureHarnessTests {
    static let cases = FixtureCase.all()
    static let triggerCases = cases.filter { $0.expectation == .triggers }
    static let updating: Set<String>? = {
        guard let value = ProcessInfo.processInfo.environment["UPDATE_FIXTURES"], !value.isEmpty else { return [] }
        return value == "1" ? nil : Set(value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).uppercased() })
    }()

    static func shouldUpdate(_ ruleID: String) -> Bool { updating.map { $0.contains(ruleID) } ?? true }

    @Test(arguments: cases)
    func fixtureCase_yieldsExactlyItsExpectedFindings(_ fixture: FixtureCase) throws {
        let findings = try fixture.lint().filter { $0.ruleID == fixture.ruleID && !$0.isSuppressed }
        switch fixture.expectation {
        case .passes:
            #expect(findings.isEmpty, "\(fixture) must not trigger \(fixture.ruleID), got:\n\(findings.map(\.fixtureDescription).joined(separator: "\n"))")
        case .triggers:
            if Self.shouldUpdate(fixture.ruleID) {
                let lines = findings.map { ExpectedFinding.full($0, withFile: fixture.isDirectory).description }
                try (lines.joined(separator: "\n") + "\n").write(toFile: fixture.expectedPath, atomically: true, encoding: .utf8)
            }
            guard let text = try? String(contentsOfFile: fixture.expectedPath, encoding: .utf8) else {
                Issue.record("\(fixture) has no \(fixture.name).expected beside it")
                return
            }
            let expected = try ExpectedFinding.parse(text, source: fixture.expectedPath)
            #expect(!expected.isEmpty, "\(fixture.name).expected lists no finding: a trigger case must trigger")
            var unmatched = findings
            var missing: [ExpectedFinding] = []
            for expectation in expected {
                if let index = unmatched.firstIndex(where: expectation.matches) {
                    unmatched.remove(at: index)
                } else {
                    missing.append(expectation)
                }
            }
            #expect(missing.isEmpty && unmatched.isEmpty, """
                \(fixture): findings differ from \(fixture.name).expected
                missing:    \(missing.map(\.description).joined(separator: "; "))
                unexpected: \(unmatched.map(\.fixtureDescription).joined(separator: "; "))
                """)
        }
    }

    @Test(arguments: triggerCases)
    func crlfLineBreaks_giveTheSameFindings(_ fixture: FixtureCase) throws {
        let lf = try fixture.lint().filter { $0.ruleID == fixture.ruleID }
        let crlf = try fixture.lint(transform: { _, bytes, _ in Self.toCRLF(bytes) }).filter { $0.ruleID == fixture.ruleID }
        func key(_ f: Finding) -> String {
            "\(f.path) \(f.ruleID) \(f.range.start.line):\(f.range.start.column)-\(f.range.end.line):\(f.range.end.column) \(f.isSuppressed)"
        }
        #expect(lf.map(key) == crlf.map(key), "\(fixture): CRLF input changes the findings")
        #expect(lf.map(\.fingerprint) == crlf.map(\.fingerprint), "\(fixture): CRLF input changes fingerprints")
    }

    @Test(arguments: triggerCases.filter { !$0.isEngineRule })
    func fileLevelSuppression_silencesEveryFinding(_ fixture: FixtureCase) throws {
        let directive = "\n# specql-deploy ignore-file=\(fixture.ruleID) reason=\"cross-check\"\n"
        let baseline = try fixture.lint().filter { $0.ruleID == fixture.ruleID }
        let withSQ003 = RuleSet.registered.restricted(to: [fixture.ruleID, EngineRule.unusedSuppression.id])
        let findings = try fixture.lint(transform: { _, bytes, _ in bytes + Array(directive.utf8) }, ruleSet: withSQ003)
        let rule = findings.filter { $0.ruleID == fixture.ruleID }
        #expect(rule.allSatisfy { $0.isSuppressed }, "\(fixture): ignore-file left \(rule.filter { !$0.isSuppressed }.map(\.fixtureDescription))")
        #expect(rule.count == baseline.count, "\(fixture): the suppression comment changed what the rule reports")
        #expect(findings.filter { $0.ruleID == EngineRule.unusedSuppression.id && !$0.isSuppressed }.count
                    == (try fixture.inputs().count) - Set(baseline.map(\.path)).count,
                "\(fixture): the file-level suppression must be used in every file that has findings")
    }

    @Test(arguments: triggerCases.filter { $0.kindFolder == FileKind.dockerfile.rawValue })
    func ownLineSuppressionBeforeTheInstruction_silencesEveryFinding(_ fixture: FixtureCase) throws {
        let original = try fixture.lint().filter { $0.ruleID == fixture.ruleID }
        let directive = "# specql-deploy ignore=\(fixture.ruleID) reason=\"cross-check\""
        let withSQ003 = RuleSet.registered.restricted(to: [fixture.ruleID, EngineRule.unusedSuppression.id])
        var skipped = false
        let findings = try fixture.lint(transform: { name, bytes, kind in
            let file = SourceFile(path: name, bytes: bytes)
            let lines = Set(original.filter { $0.path == name }.map(\.range.start.line))
            let extents = StatementExtents(file: file, kind: kind ?? .dockerfile, syntax: CommentSyntax.forKind(.dockerfile))
            var targets = Set<Int>()
            for line in lines {
                // A finding on a comment or directive line has no instruction to put a comment before.
                if file.lineText(line).drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("#") { skipped = true; continue }
                targets.insert(extents.extent(containing: line).lowerBound)
            }
            var text = bytes
            for target in targets.sorted(by: >) {
                let offset = file.lineStarts[target - 1]
                let newline: [UInt8] = file.text.contains("\r\n") ? [13, 10] : [10]
                text.insert(contentsOf: Array(directive.utf8) + newline, at: offset)
            }
            return text
        }, ruleSet: withSQ003)
        let rule = findings.filter { $0.ruleID == fixture.ruleID }
        if skipped { return }
        #expect(rule.allSatisfy { $0.isSuppressed }, "\(fixture): an own-line suppression before the instruction left \(rule.filter { !$0.isSuppressed }.map(\.fixtureDescription))")
        #expect(rule.count == original.count, "\(fixture): the suppression comment changed what the rule reports")
        #expect(!findings.contains { $0.ruleID == EngineRule.unusedSuppression.id }, "\(fixture): a cross-check suppression was reported unused: \(findings.filter { $0.ruleID == EngineRule.unusedSuppression.id }.map(\.fixtureDescription))")
    }

    static func toCRLF(_ bytes: [UInt8]) -> [UInt8] {
        if bytes.contains(13) { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 20)
        for byte in bytes {
            if byte == 10 { out.append(13) }
            out.append(byte)
        }
        return out
    }
}
