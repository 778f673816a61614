import DeploySyntax
import Foundation
import Testing
@testable import DeploymentGenerator

@Suite("Safe regeneration")
struct OutputDirectoryTests {
    let files = [
        GeneratedFile(path: "Dockerfile", contents: "FROM scratch\n", category: .docker),
        GeneratedFile(path: "docker-compose.yml", contents: "services: {}\n", category: .compose),
        GeneratedFile(path: "prometheus/prometheus.yml", contents: "global: {}\n", category: .compose),
    ]

    private func generate(_ files: [GeneratedFile], into dir: URL, force: Bool = false) throws -> WritePlan {
        let output = OutputDirectory(path: dir.path)
        let plan = try output.plan(files, force: force)
        try output.apply(plan)
        return plan
    }

    private func actions(_ plan: WritePlan) -> [String: WriteAction] {
        Dictionary(uniqueKeysWithValues: plan.entries.map { ($0.file.path, $0.action) })
    }

    @Test func firstRun_createsEveryFile_andRecordsItsHash() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let plan = try generate(files, into: dir)
        #expect(plan.entries.allSatisfy { $0.action == .create })
        #expect(readText(dir.appendingPathComponent("prometheus/prometheus.yml")) == "global: {}\n")
        let manifest = try GenerationManifest.decode(Array(try Data(contentsOf: dir.appendingPathComponent(GenerationManifest.fileName))))
        #expect(manifest.files["Dockerfile"] == SHA256.hexDigest("FROM scratch\n"))
        #expect(manifest.files.count == 3)
        #expect(manifest.version == ToolIdentity.version)
    }

    @Test func secondRun_leavesEveryByteAsItWas() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try generate(files, into: dir)
        let before = relativeFiles(under: dir).map { ($0, readText(dir.appendingPathComponent($0))) }
        let plan = try generate(files, into: dir)
        #expect(plan.entries.allSatisfy { $0.action == .unchanged })
        let after = relativeFiles(under: dir).map { ($0, readText(dir.appendingPathComponent($0))) }
        #expect(before.map(\.0) == after.map(\.0))
        #expect(before.map(\.1) == after.map(\.1))
    }

    @Test func changedOutput_updatesFilesThatWereNotEdited() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try generate(files, into: dir)
        var next = files
        next[0].contents = "FROM scratch\nUSER 10001\n"
        let plan = try generate(next, into: dir)
        #expect(actions(plan)["Dockerfile"] == .update)
        #expect(readText(dir.appendingPathComponent("Dockerfile")) == "FROM scratch\nUSER 10001\n")
    }

    @Test func editedFile_survivesRegeneration_andIsReportedWithTheDiffCommand() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try generate(files, into: dir)
        let edited = dir.appendingPathComponent("docker-compose.yml")
        try writeText("services: {}\n# my tweak\n", to: edited)
        var next = files
        next[1].contents = "services:\n  app: {}\n"
        let plan = try generate(next, into: dir)
        #expect(actions(plan)["docker-compose.yml"] == .refuseEdited)
        #expect(readText(edited) == "services: {}\n# my tweak\n")
        #expect(plan.refused.map(\.file.path) == ["docker-compose.yml"])

        let run = GenerationRun(specPath: "deployment.yaml", outputDirectory: dir.path)
        let summary = run.summary(plan, stack: samplePlan(.django, .hobbyProject), dryRun: false, style: .plain)
        #expect(summary.contains("refused    docker-compose.yml: edited since it was generated"))
        #expect(summary.contains("specql-deploy generate deployment.yaml -o \(dir.path) --only compose --dry-run --diff"))
        #expect(summary.hasSuffix("0 written, 2 unchanged, 1 refused\n"))
        // The recorded hash stays the generated one, so the next run still sees the edit.
        let third = try generate(next, into: dir)
        #expect(actions(third)["docker-compose.yml"] == .refuseEdited)
    }

    @Test func force_replacesAnEditedFile() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try generate(files, into: dir)
        try writeText("FROM busybox\n", to: dir.appendingPathComponent("Dockerfile"))
        let plan = try generate(files, into: dir, force: true)
        #expect(actions(plan)["Dockerfile"] == .overwriteEdited)
        #expect(readText(dir.appendingPathComponent("Dockerfile")) == "FROM scratch\n")
    }

    @Test func fileNotWrittenByUs_isNeverOverwritten_evenWithForce() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try writeText("# my own Dockerfile\n", to: dir.appendingPathComponent("Dockerfile"))
        let plan = try generate(files, into: dir, force: true)
        #expect(actions(plan)["Dockerfile"] == .refuseUnmanaged)
        #expect(readText(dir.appendingPathComponent("Dockerfile")) == "# my own Dockerfile\n")
        let manifest = try OutputDirectory(path: dir.path).readManifest()
        #expect(manifest.files["Dockerfile"] == nil)
        #expect(manifest.files["docker-compose.yml"] != nil)
    }

    @Test func identicalFileNotInTheManifest_isAdopted() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try writeText("FROM scratch\n", to: dir.appendingPathComponent("Dockerfile"))
        let plan = try generate(files, into: dir)
        #expect(actions(plan)["Dockerfile"] == .unchanged)
        #expect(try OutputDirectory(path: dir.path).readManifest().files["Dockerfile"] == SHA256.hexDigest("FROM scratch\n"))
    }

    @Test func otherFiles_areNeverTouchedOrDeleted() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try generate(files, into: dir)
        try writeText("SECRET=1\n", to: dir.appendingPathComponent(".env"))
        _ = try generate(Array(files.prefix(1)), into: dir)
        #expect(readText(dir.appendingPathComponent(".env")) == "SECRET=1\n")
        #expect(readText(dir.appendingPathComponent("docker-compose.yml")) == "services: {}\n")
        // Files left out of a run (`--only`) keep their manifest entries.
        #expect(try OutputDirectory(path: dir.path).readManifest().files.count == 3)
    }

    @Test func dryRun_writesNothing() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("out")
        let plan = try OutputDirectory(path: target.path).plan(files, force: false)
        #expect(plan.changes.count == 3)
        #expect(!FileManager.default.fileExists(atPath: target.path))
        #expect(plan.unifiedDiffs().contains("--- /dev/null\n+++ b/Dockerfile\n@@ -0,0 +1,1 @@\n+FROM scratch\n"))
    }

    @Test func atomicWrites_leaveNoTemporaryFiles() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try generate(files, into: dir)
        _ = try generate(files.map { var f = $0; f.contents += "# v2\n"; return f }, into: dir)
        #expect(relativeFiles(under: dir) == [GenerationManifest.fileName, "Dockerfile", "docker-compose.yml", "prometheus/prometheus.yml"])
    }

    @Test func symlinkAtATargetPath_isRefused_andNotFollowed() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let outside = dir.appendingPathComponent("outside.txt")
        try writeText("keep\n", to: outside)
        let out = dir.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: out.appendingPathComponent("Dockerfile").path, withDestinationPath: outside.path)
        let plan = try generate(files, into: out, force: true)
        #expect(actions(plan)["Dockerfile"] == .refuseUnmanaged)
        #expect(readText(outside) == "keep\n")
    }

    @Test func unreadableManifest_stopsTheRunBeforeWriting() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try writeText("{not json", to: dir.appendingPathComponent(GenerationManifest.fileName))
        #expect(throws: OutputError.self) { try OutputDirectory(path: dir.path).plan(files, force: true) }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("Dockerfile").path))
    }

    @Test func pathsOutsideTheOutputDirectory_areRejected() throws {
        #expect(!OutputDirectory.isSafeRelativePath("../x"))
        #expect(!OutputDirectory.isSafeRelativePath("/etc/passwd"))
        #expect(!OutputDirectory.isSafeRelativePath("a//b"))
        #expect(OutputDirectory.isSafeRelativePath("prometheus/prometheus.yml"))
    }
}
