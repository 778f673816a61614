import Foundation

/// Paths inside this checkout, found from this source file (no dependency on the working directory).
enum PackagePaths {
    /// `Tests/CLITests/Support/CLIProcess.swift` → the package root.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // CLITests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    static let examples = root.appendingPathComponent("examples")
    static let schemas = root.appendingPathComponent("Fixtures/schemas")

    static func file(_ relativePath: String) -> URL { root.appendingPathComponent(relativePath) }

    /// Every `examples/*.yaml`, sorted.
    static func exampleSpecs() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(atPath: examples.path)
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
            .sorted()
            .map { examples.appendingPathComponent($0) }
    }
}

/// What a finished subprocess left behind.
struct CommandResult: Sendable, CustomStringConvertible {
    var status: Int32
    var stdout: String
    var stderr: String
    var timedOut: Bool = false
    var duration: TimeInterval = 0

    /// Both streams, for messages that may go to either.
    var output: String { stdout + stderr }
    var stdoutLines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: true).map(String.init) }
    var stderrLines: [String] { stderr.split(separator: "\n", omittingEmptySubsequences: true).map(String.init) }

    var description: String {
        "exit \(status)\(timedOut ? " (timed out)" : "")\n--- stdout\n\(stdout)\n--- stderr\n\(stderr)"
    }
}

enum ProcessRunnerError: Error, CustomStringConvertible {
    case executableMissing(String)

    var description: String {
        switch self {
        case .executableMissing(let detail): detail
        }
    }
}

/// Runs programs with stdin from /dev/null and both output streams captured in files (no pipe can fill up
/// and block the child), with a timeout after which the child is terminated.
enum ProcessRunner {
    /// The test environment: inherited, without colors and without the GitHub variables that change output.
    static func environment(_ overrides: [String: String] = [:], removing: [String] = []) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        for key in ["GITHUB_RUN_ID", "GITHUB_ACTIONS", "CLICOLOR_FORCE", "FORCE_COLOR"] + removing {
            environment.removeValue(forKey: key)
        }
        for (key, value) in overrides { environment[key] = value }
        return environment
    }

    static func run(
        _ executable: URL,
        _ arguments: [String],
        in directory: URL? = nil,
        environment: [String: String] = ProcessRunner.environment(),
        timeout: TimeInterval = 60
    ) throws -> CommandResult {
        let capture = try TemporaryDirectory(prefix: "capture")
        defer { capture.remove() }
        let outURL = capture.url.appendingPathComponent("stdout")
        let errURL = capture.url.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err

        let started = Date()
        try process.run()
        let watchdog = Watchdog(process)
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { watchdog.fire() }
        process.waitUntilExit()
        watchdog.disarm()
        try? out.close()
        try? err.close()

        return CommandResult(
            status: process.terminationStatus,
            stdout: String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self),
            stderr: String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self),
            timedOut: watchdog.fired,
            duration: Date().timeIntervalSince(started))
    }

    /// Terminates a process that outlives its timeout; thread-safe through a lock.
    private final class Watchdog: @unchecked Sendable {
        private let process: Process
        private let lock = NSLock()
        private var armed = true
        private(set) var fired = false

        init(_ process: Process) { self.process = process }

        func fire() {
            lock.lock()
            defer { lock.unlock() }
            guard armed, process.isRunning else { return }
            fired = true
            process.terminate()
        }

        func disarm() {
            lock.lock()
            armed = false
            lock.unlock()
        }
    }

    /// The first executable named `name` in `directories`, then in `$PATH`.
    static func findTool(_ name: String, preferring directories: [String] = []) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in directories + path.split(separator: ":").map(String.init) where !directory.isEmpty {
            let candidate = URL(fileURLWithPath: directory).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// `$VALIDATORS_VENV/bin` (default `/opt/validators-venv/bin`), where `.ci/run` installs the validators.
    static var validatorsBin: String {
        (ProcessInfo.processInfo.environment["VALIDATORS_VENV"] ?? "/opt/validators-venv") + "/bin"
    }

    /// A validator from the validators venv, else from `$PATH`.
    static func validator(_ name: String) -> URL? { findTool(name, preferring: [validatorsBin]) }
}

/// The `specql-deploy` executable built with the tests.
enum CLI {
    /// Found beside the test runner in SwiftPM's products directory (`.build/<triple>/<config>/`), so
    /// `swift test` and `swift test -c release` each use the binary they built; `SPECQL_DEPLOY_BIN` overrides.
    static let executable: URL? = {
        let manager = FileManager.default
        var candidates: [URL] = []
        if let override = ProcessInfo.processInfo.environment["SPECQL_DEPLOY_BIN"], !override.isEmpty {
            candidates.append(URL(fileURLWithPath: override))
        }
        // Linux: the runner is `<products>/<name>PackageTests.xctest`, an executable. macOS: a bundle of that name.
        for bundle in [Bundle.main] + Bundle.allBundles {
            for url in [bundle.bundleURL, bundle.executableURL].compactMap({ $0 }) where url.path.contains(".xctest") {
                var products = url
                while products.pathExtension != "xctest" && products.path != "/" { products.deleteLastPathComponent() }
                candidates.append(products.deletingLastPathComponent().appendingPathComponent("specql-deploy"))
            }
        }
        if let runner = Bundle.main.executableURL {
            candidates.append(runner.deletingLastPathComponent().appendingPathComponent("specql-deploy"))
        }
        candidates.append(PackagePaths.root.appendingPathComponent(".build/debug/specql-deploy"))
        return candidates.first { manager.isExecutableFile(atPath: $0.path) }
    }()

    /// Runs `specql-deploy ARGUMENTS` in `directory`.
    static func run(
        _ arguments: [String],
        in directory: URL? = nil,
        environment: [String: String] = ProcessRunner.environment(),
        timeout: TimeInterval = 60
    ) throws -> CommandResult {
        guard let executable else {
            throw ProcessRunnerError.executableMissing(
                "specql-deploy executable not found beside the test bundle or in .build/debug; run `swift build` (or set SPECQL_DEPLOY_BIN)")
        }
        return try ProcessRunner.run(executable, arguments, in: directory, environment: environment, timeout: timeout)
    }
}

/// A scratch directory under the system's temporary directory. Call `remove()` (usually in a `defer`).
struct TemporaryDirectory: Sendable {
    let url: URL

    init(prefix: String = "specql-cli-tests") throws {
        let base = URL(fileURLWithPath: NSTemporaryDirectory(), isDirectory: true)
        // Resolve symlinks (/tmp on macOS) so paths printed by the tool compare equal to ours.
        let resolved = base.resolvingSymlinksInPath()
        url = resolved.appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    var path: String { url.path }

    /// Writes `contents` at `relativePath`, creating parent directories.
    @discardableResult
    func write(_ relativePath: String, _ contents: String) throws -> URL {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(contents.utf8).write(to: file)
        return file
    }

    /// Copies a file of this checkout to `relativePath`.
    @discardableResult
    func copy(_ source: URL, to relativePath: String) throws -> URL {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: source, to: file)
        return file
    }

    func read(_ relativePath: String) throws -> String {
        String(decoding: try Data(contentsOf: url.appendingPathComponent(relativePath)), as: UTF8.self)
    }

    func exists(_ relativePath: String) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent(relativePath).path)
    }

    func subdirectory(_ relativePath: String) throws -> URL {
        let directory = url.appendingPathComponent(relativePath, isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
