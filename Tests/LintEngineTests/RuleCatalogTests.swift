import DeploySyntax
import Foundation
@testable import LintEngine
import Testing

/// The registry, `Rules/**/*.md`, `Fixtures/` and the embedded catalog hold the same rules.
///
/// `UPDATE_RULE_CATALOG=1 swift test --filter RuleCatalogTests` regenerates
/// `Sources/LintEngine/Catalog/RuleCatalog+Generated.swift` from the docs.
@Suite struct RuleCatalogTests {
    static func documentsOnDisk() throws -> [RuleCatalog.EmbeddedDocument] {
        try PackagePaths.files(under: PackagePaths.rules, suffix: ".md").map { relative in
            let text = try String(contentsOf: PackagePaths.rules.appendingPathComponent(relative), encoding: .utf8)
            return RuleCatalog.EmbeddedDocument(path: "Rules/" + relative, text: text)
        }
    }

    @Test func generatedCatalog_matchesTheRuleDocs() throws {
        let rendered = RuleCatalogGenerator.render(try Self.documentsOnDisk())
        let target = PackagePaths.generatedCatalog
        if ProcessInfo.processInfo.environment["UPDATE_RULE_CATALOG"] == "1" {
            let current = try? String(contentsOf: target, encoding: .utf8)
            if current != rendered { try rendered.write(to: target, atomically: true, encoding: .utf8) }
            return
        }
        let current = try String(contentsOf: target, encoding: .utf8)
        #expect(current == rendered, """
            RuleCatalog+Generated.swift is stale: run `UPDATE_RULE_CATALOG=1 swift test --filter RuleCatalogTests` \
            after editing Rules/**/*.md
            """)
    }

    @Test func embeddedDocuments_areTheDocsOnDisk() throws {
        let onDisk = try Self.documentsOnDisk()
        #expect(RuleCatalog.documents.map(\.path) == onDisk.map(\.path).sorted(),
                "the embedded catalog lists other files than Rules/: regenerate it")
    }

    @Test func everyRuleDoc_parsesAndSitsInItsKindFolder() throws {
        for document in try Self.documentsOnDisk() {
            switch RuleDocumentParser().parse(text: document.text, path: document.path) {
            case .failure(let error):
                Issue.record("\(error)")
            case .success(let rule):
                let folder = document.path.split(separator: "/").dropFirst().first.map(String.init) ?? ""
                if rule.kind == "any" {
                    // Text rules read every kind; their folder names their family (Rules/secrets/).
                    #expect(FileKind(rawValue: folder) == nil && folder != "engine", "\(document.path): a kind: any rule lives in a family folder such as Rules/secrets/")
                } else {
                    #expect(folder == rule.kind, "\(document.path): kind '\(rule.kind)' but the doc is in Rules/\(folder)/")
                }
                #expect(document.text.contains("\n## Why"), "\(document.path) needs a '## Why' section")
                #expect(document.text.contains("\n## How to fix"), "\(document.path) needs a '## How to fix' section")
            }
        }
    }

    @Test func registry_hasNoDuplicateIDs() {
        var seen = Set<String>()
        for id in RuleRegistry.allIDs {
            #expect(seen.insert(id).inserted, "\(id) is registered twice")
        }
    }

    /// Doc folder by id, from `Rules/<folder>/<ID>.md`.
    static func docFolders() throws -> [String: String] {
        var folders: [String: String] = [:]
        for document in try documentsOnDisk() {
            let parts = document.path.split(separator: "/")
            guard parts.count == 3 else {
                Issue.record("\(document.path): rule docs live at Rules/<kind>/<ID>.md")
                continue
            }
            folders[String(parts[2].dropLast(3))] = String(parts[1])
        }
        return folders
    }

    /// The folder a registered rule's doc and fixtures belong in: its kind, `engine`, or for a text rule that
    /// reads every kind (SEC) the family folder its doc is in.
    static func expectedFolders(docFolders: [String: String]) -> [String: String] {
        var out: [String: String] = [:]
        for rule in RuleRegistry.rules {
            out[rule.id] = rule.fileKinds.count > 1 ? (docFolders[rule.id] ?? "secrets") : rule.kind.rawValue
        }
        for rule in RuleRegistry.engineRules { out[rule.id] = "engine" }
        return out
    }

    @Test func everyRegisteredRule_hasItsDoc_andEveryDoc_aRegisteredRule() throws {
        let docFolders = try Self.docFolders()
        for (id, folder) in Self.expectedFolders(docFolders: docFolders).sorted(by: { $0.key < $1.key }) {
            #expect(docFolders[id] == folder, "\(id) is registered but Rules/\(folder)/\(id).md is missing")
        }
        for rule in RuleRegistry.rules where rule.fileKinds.count > 1 {
            #expect(RuleCatalog.metadata[rule.id].map { $0.kind == "any" } ?? true, "\(rule.id) reads every kind: its doc says kind: any")
        }
        let registered = Set(RuleRegistry.allIDs)
        for id in docFolders.keys.sorted() {
            #expect(registered.contains(id), "Rules/\(docFolders[id]!)/\(id).md documents a rule that RuleRegistry does not register")
        }
    }

    @Test func everyRegisteredRule_hasTriggerAndPassFixtures() throws {
        let cases = FixtureCase.all()
        let folders = Self.expectedFolders(docFolders: try Self.docFolders())
        for (id, folder) in folders.sorted(by: { $0.key < $1.key }) {
            let mine = cases.filter { $0.ruleID == id }
            #expect(mine.contains { $0.expectation == .triggers }, "\(id) has no case in Fixtures/\(folder)/\(id)/triggers/")
            #expect(mine.contains { $0.expectation == .passes }, "\(id) has no case in Fixtures/\(folder)/\(id)/passes/")
            for fixture in mine {
                #expect(fixture.kindFolder == folder, "\(fixture) is in Fixtures/\(fixture.kindFolder)/ but \(id) belongs in Fixtures/\(folder)/")
            }
        }
        let unregistered = Set(cases.filter { folders[$0.ruleID] == nil }.map { "\($0.kindFolder)/\($0.ruleID)" })
        for folder in unregistered.sorted() {
            Issue.record("Fixtures/\(folder)/ holds fixtures of a rule that RuleRegistry does not register")
        }
        for fixture in cases where fixture.expectation == .triggers {
            #expect(FileManager.default.fileExists(atPath: fixture.expectedPath), "\(fixture) has no \(fixture.name).expected")
        }
    }

    @Test func everyRegisteredRule_hasMetadataInTheBinary() {
        for id in RuleRegistry.allIDs {
            #expect(RuleCatalog.metadata[id] != nil, "\(id) has no parsed doc in the embedded catalog: regenerate it")
        }
    }
}

@Suite struct RuleDocumentParserTests {
    static let valid = """
    ---
    id: DF901
    title: Example rule
    kind: dockerfile
    severity: warning
    tags: [security, cost]
    security-severity: 7
    references:
      - "CIS Docker Benchmark 4.1"
    equivalents:
      hadolint: DL3002
    options:
      budget-mb: Image size budget in MB
    ---
    Checks an example.
    Second line of the summary.

    ## Why
    Because.
    """

    @Test func validDoc_yieldsItsMetadata() throws {
        let rule = try RuleDocumentParser().parse(text: Self.valid, path: "Rules/dockerfile/DF901.md").get()
        #expect(rule.id == "DF901")
        #expect(rule.severity == .warning)
        #expect(rule.tags == ["security", "cost"])
        #expect(rule.securitySeverity == "7.0")
        #expect(rule.equivalents.map(\.tool) == ["hadolint"])
        #expect(rule.option(named: "budget-mb") == "Image size budget in MB")
        #expect(rule.summary == "Checks an example. Second line of the summary.")
        #expect(rule.documentation.hasPrefix("Checks an example."))
        #expect(rule.pascalCaseName == "ExampleRule")
    }

    @Test func unknownKeyAndBadSeverity_areReportedAtTheirPositions() {
        let text = Self.valid.replacingOccurrences(of: "severity: warning", with: "severity: fatal\nowner: me")
        guard case .failure(let error) = RuleDocumentParser().parse(text: text, path: "Rules/dockerfile/DF901.md") else {
            Issue.record("an invalid doc parsed")
            return
        }
        let positions = error.diagnostics.map { "\($0.range.start.line):\($0.range.start.column)" }
        #expect(positions.contains("5:11"), "severity value at 5:11 in \(positions)")
        #expect(positions.contains("6:1"), "unknown key at 6:1 in \(positions)")
    }

    @Test func idDifferentFromFileName_isAnError() {
        guard case .failure(let error) = RuleDocumentParser().parse(text: Self.valid, path: "Rules/dockerfile/DF902.md") else {
            Issue.record("a doc named after another id parsed")
            return
        }
        #expect(error.diagnostics.contains { $0.message.contains("differs from the file name") && $0.range.start.line == 2 })
    }

    @Test func generatedCatalog_roundTripsTextWithHashesAndQuotes() {
        let text = "---\nid: X\n---\nA \"\"\"# raw ## string \\#(x) with ### hashes\n"
        let rendered = RuleCatalogGenerator.render([.init(path: "Rules/engine/X.md", text: text)])
        #expect(rendered.contains("text: ####\"\"\"\n"), "a delimiter one longer than the longest run of #")
        #expect(rendered.contains(text))
    }
}

@Suite struct RuleCatalogRuntimeTests {
    @Test func markdownBody_isTheTextAfterTheFrontMatter_withoutLeadingBlankLines() {
        #expect(RuleCatalog.markdownBody("---\nid: X\n---\n\n  \nSummary.\n\n## Why\n") == "Summary.\n\n## Why\n")
        #expect(RuleCatalog.markdownBody("---\r\nid: X\r\n--- \r\nBody") == "Body")
        #expect(RuleCatalog.markdownBody("---\nid: X\n") == "")
        #expect(RuleCatalog.markdownBody("---\nid: X\n----\n---\n") == "")
    }

    @Test func embeddedMetadata_carriesEachDocsBody() throws {
        let rule = try #require(RuleCatalog.metadata["SQ002"])
        #expect(rule.title == "Suppression without a reason")
        #expect(rule.severity == .note)
        #expect(rule.documentation.hasPrefix("A `specql-deploy ignore=…` or `ignore-file=…` comment does not say why"))
        #expect(rule.documentation.contains("## How to fix"))
        #expect(rule.summary.hasPrefix("A `specql-deploy ignore=…` or `ignore-file=…` comment does not say why"))
    }
}
