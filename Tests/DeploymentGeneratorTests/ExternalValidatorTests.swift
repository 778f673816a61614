import DeploymentSpec
import Foundation
import Testing
@testable import DeploymentGenerator

/// Runs `scripts/validate-generated.sh` (hadolint, caddy, compose-spec schema, docker-compose config, promtool,
/// yamllint, shellcheck) on every framework × pattern tree and every example. Skipped, with the reason, when the
/// validators are not installed: `bash scripts/install-deps.sh --validators` (or `make test`) installs them.
@Suite("External validators")
struct ExternalValidatorTests {
    static let script = repositoryRoot.appendingPathComponent("scripts/validate-generated.sh")
    static let venv = ProcessInfo.processInfo.environment["VALIDATORS_VENV"] ?? "/opt/validators-venv"

    /// The validators the generated trees need; the script reports any other as SKIP.
    static let required = ["hadolint", "docker-compose", "caddy", "yamllint"]

    static func locate(_ tool: String) -> String? {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for dir in [venv + "/bin"] + path where FileManager.default.isExecutableFile(atPath: dir + "/" + tool) {
            return dir + "/" + tool
        }
        return nil
    }

    static var missing: [String] { required.filter { locate($0) == nil } }
    static var installed: Bool { missing.isEmpty && FileManager.default.fileExists(atPath: script.path) }
    static var skipReason: Comment {
        "validators not installed (missing: \(missing.joined(separator: ", "))); run `bash scripts/install-deps.sh --validators`"
    }

    /// Runs the script on the folders; returns its exit status and output.
    static func validate(_ dirs: [URL]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [script.path] + dirs.map(\.path)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(.enabled(if: installed, skipReason))
    func everyFrameworkAndPattern_passesTheValidators() throws {
        let root = try makeTemporaryDirectory("validators")
        defer { try? FileManager.default.removeItem(at: root) }
        var dirs: [URL] = []
        for (framework, pattern) in matrix {
            let dir = root.appendingPathComponent("\(framework.rawValue)-\(pattern.rawValue)")
            let output = OutputDirectory(path: dir.path)
            try output.apply(try output.plan(ContainerStackGenerator.files(for: samplePlan(framework, pattern)), force: false))
            dirs.append(dir)
        }
        let result = try Self.validate(dirs)
        #expect(result.status == 0, "validators failed:\n\(result.output)")
        #expect(result.output.contains("PASS  hadolint               Dockerfile"))
        #expect(!result.output.contains("FAIL"))
    }

    @Test(.enabled(if: installed, skipReason))
    func everyExample_passesTheValidators() throws {
        let root = try makeTemporaryDirectory("validators-examples")
        defer { try? FileManager.default.removeItem(at: root) }
        var dirs: [URL] = []
        for example in GoldenSnapshotTests.exampleNames {
            let dir = root.appendingPathComponent((example as NSString).deletingPathExtension)
            _ = try GoldenSnapshotTests.generateTree(example: example, into: dir)
            dirs.append(dir)
        }
        guard !dirs.isEmpty else { return }
        let result = try Self.validate(dirs)
        #expect(result.status == 0, "validators failed:\n\(result.output)")
    }
}
