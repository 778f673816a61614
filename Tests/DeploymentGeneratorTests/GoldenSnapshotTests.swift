import DeploySyntax
import DeploymentSpec
import Foundation
import Testing
@testable import DeploymentGenerator

/// The examples in `examples/`, each generated as if `deployment.yaml` sat in the app's folder and the output
/// went to `generated/`, must match `Fixtures/golden/<example>/` byte for byte.
///
/// Refresh after an intended change: `UPDATE_GOLDEN=1 swift test --filter GoldenSnapshotTests`, then review the
/// diff of `Fixtures/golden/`.
@Suite("Golden snapshots")
struct GoldenSnapshotTests {
    static let examplesDirectory = repositoryRoot.appendingPathComponent("examples")
    static let goldenDirectory = repositoryRoot.appendingPathComponent("Fixtures/golden")

    static var exampleNames: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: examplesDirectory.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
            .sorted()
    }

    /// The files of one example, written through `OutputDirectory` so the manifest is part of the snapshot.
    static func generateTree(example: String, into dir: URL) throws -> StackPlan {
        let text = readText(examplesDirectory.appendingPathComponent(example)) ?? ""
        let validation = DeploymentSpecLoader.validate(text: text, path: "deployment.yaml")
        let resolved = try #require(validation.resolved, "\(example) does not validate: \(validation.errors)")
        let plan = StackPlan(resolved: resolved, layout: OutputLayout())
        let output = OutputDirectory(path: dir.path)
        try output.apply(try output.plan(ContainerStackGenerator.files(for: plan), force: false))
        return plan
    }

    @Test func examplesExist() {
        #expect(!Self.exampleNames.isEmpty, "examples/ holds no deployment specs")
    }

    @Test(arguments: exampleNames)
    func generatedTree_matchesItsGoldenSnapshot(_ example: String) throws {
        let dir = try makeTemporaryDirectory("golden")
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try Self.generateTree(example: example, into: dir)
        let golden = Self.goldenDirectory.appendingPathComponent((example as NSString).deletingPathExtension)
        let generated = relativeFiles(under: dir)

        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.removeItem(at: golden)
            for path in generated {
                try writeText(readText(dir.appendingPathComponent(path)) ?? "", to: golden.appendingPathComponent(path))
            }
            return
        }
        let expected = relativeFiles(under: golden)
        #expect(generated == expected, "file list differs from Fixtures/golden/\(golden.lastPathComponent); refresh with UPDATE_GOLDEN=1")
        for path in generated where expected.contains(path) {
            let actual = readText(dir.appendingPathComponent(path)) ?? ""
            let snapshot = readText(golden.appendingPathComponent(path)) ?? ""
            #expect(actual == snapshot, "\(golden.lastPathComponent)/\(path) differs from its snapshot (UPDATE_GOLDEN=1 refreshes):\n\(LineDiff.unified(old: snapshot, new: actual, oldPath: "golden/" + path, newPath: "generated/" + path))")
        }
    }

    @Test(arguments: exampleNames)
    func twoRuns_produceByteIdenticalTrees(_ example: String) throws {
        let first = try makeTemporaryDirectory("run1"), second = try makeTemporaryDirectory("run2")
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        _ = try Self.generateTree(example: example, into: first)
        _ = try Self.generateTree(example: example, into: second)
        let files = relativeFiles(under: first)
        #expect(files == relativeFiles(under: second))
        for path in files {
            #expect(try Data(contentsOf: first.appendingPathComponent(path)) == Data(contentsOf: second.appendingPathComponent(path)), "\(path) differs between runs")
        }
    }
}
