import Foundation

/// What the pre-commit integration tests share: a Git snapshot of this checkout that pre-commit can clone
/// (uncommitted and untracked-but-not-ignored files included, which `pre-commit try-repo` would miss for
/// untracked files), and a `PRE_COMMIT_HOME` in which the hook environment is built once.
///
/// `language: swift` makes pre-commit run `swift build -c release` on the hook repository, a full release build.
/// The snapshot commit is deterministic (fixed author, dates and message), so an unchanged tree gives the same
/// revision and a second run reuses the environment kept in `.build/cli-tests/pre-commit/`; a changed tree
/// discards it and builds again.
struct PreCommitSandbox: Sendable {
    static let enabledByEnvironment = ProcessInfo.processInfo.environment["SPECQL_INTEGRATION"] == "1"

    /// Built on first use, once per test process.
    static let shared: Result<PreCommitSandbox, SetupError> = {
        do {
            return .success(try PreCommitSandbox())
        } catch let error as SetupError {
            return .failure(error)
        } catch {
            return .failure(.other(String(describing: error)))
        }
    }()

    let preCommit: URL
    let git: URL
    let hookRepository: URL
    let revision: String
    let home: URL
    /// Seconds `pre-commit install-hooks` took (the release build when the environment was not cached).
    let installDuration: TimeInterval
    let installOutput: String

    enum SetupError: Error, CustomStringConvertible {
        case tool(String)
        case step(String, CommandResult)
        case other(String)

        var description: String {
            switch self {
            case .tool(let name): "\(name) not found"
            case .step(let step, let result): "\(step) failed: \(result)"
            case .other(let message): message
            }
        }
    }

    private init() throws {
        guard let preCommit = Validators.preCommit else { throw SetupError.tool("pre-commit") }
        guard let git = Validators.git else { throw SetupError.tool("git") }
        self.preCommit = preCommit
        self.git = git

        let base = PackagePaths.root.appendingPathComponent(".build/cli-tests/pre-commit", isDirectory: true)
        hookRepository = base.appendingPathComponent("hook-repo", isDirectory: true)
        home = base.appendingPathComponent("home", isDirectory: true)
        let manager = FileManager.default
        try? manager.removeItem(at: hookRepository)
        try manager.createDirectory(at: hookRepository, withIntermediateDirectories: true)

        // 1. Snapshot the working tree: what Git tracks or would track, as it is on disk now.
        let listing = try Self.git(git, ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], in: PackagePaths.root, step: "git ls-files")
        var files = listing.stdout.split(separator: "\0").map(String.init)
        files.append("Package.resolved")  // ignored by .gitignore, but pins the dependency versions the tree builds with
        for relative in Set(files) {
            let source = PackagePaths.root.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: source.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            let target = hookRepository.appendingPathComponent(relative)
            try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try manager.copyItem(at: source, to: target)
        }
        _ = try Self.git(git, ["init", "-q"], in: hookRepository, step: "git init")
        _ = try Self.git(git, ["add", "-A", "-f"], in: hookRepository, step: "git add")
        _ = try Self.git(git, ["commit", "-q", "--no-verify", "-m", "snapshot of the working tree for the pre-commit tests"],
                         in: hookRepository, step: "git commit")
        revision = try Self.git(git, ["rev-parse", "HEAD"], in: hookRepository, step: "git rev-parse")
            .stdout.trimmingCharacters(in: .whitespacesAndNewlines)

        // 2. Keep one environment: a home built for another revision is discarded.
        let marker = home.appendingPathComponent("specql-deploy-revision")
        if (try? String(contentsOf: marker, encoding: .utf8)) != revision {
            try? manager.removeItem(at: home)
        }
        try manager.createDirectory(at: home, withIntermediateDirectories: true)

        // 3. Build the hook environment once, from a scratch repository using the hooks.
        let scratch = base.appendingPathComponent("install-\(UUID().uuidString)", isDirectory: true)
        defer { try? manager.removeItem(at: scratch) }
        try manager.createDirectory(at: scratch, withIntermediateDirectories: true)
        _ = try Self.git(git, ["init", "-q"], in: scratch, step: "git init (scratch)")
        try Data(Self.configuration(repository: hookRepository, revision: revision).utf8)
            .write(to: scratch.appendingPathComponent(".pre-commit-config.yaml"))
        let started = Date()
        let install = try ProcessRunner.run(preCommit, ["install-hooks", "--color", "never"], in: scratch,
                                            environment: Self.environment(home: home), timeout: 45 * 60)
        installDuration = Date().timeIntervalSince(started)
        installOutput = install.output
        guard install.status == 0 else { throw SetupError.step("pre-commit install-hooks (swift build -c release of the hook repository)", install) }
        try Data(revision.utf8).write(to: marker)
        print("pre-commit: hook environment for snapshot \(revision.prefix(12)) ready; install-hooks took \(String(format: "%.1f", installDuration)) s")
    }

    /// `.pre-commit-config.yaml` using both hooks of the repository at `revision`, with optional `args` for the lint hook.
    static func configuration(repository: URL, revision: String, lintArgs: [String] = []) -> String {
        let args = lintArgs.isEmpty ? "" : "\n        args: [\(lintArgs.map { "\"\($0)\"" }.joined(separator: ", "))]"
        return """
            repos:
              - repo: \(repository.path)
                rev: \(revision)
                hooks:
                  - id: specql-deploy-lint\(args)
                  - id: specql-deploy-validate

            """
    }

    /// The environment pre-commit and Git run with: ours, without variables a surrounding Git hook or
    /// pre-commit run would leak, with a fixed identity and dates so the snapshot commit is reproducible.
    static func environment(home: URL) -> [String: String] {
        ProcessRunner.environment([
            "PRE_COMMIT_HOME": home.path,
            "PRE_COMMIT_COLOR": "never",
            "GIT_AUTHOR_NAME": "specql-deploy tests", "GIT_AUTHOR_EMAIL": "tests@specql.invalid",
            "GIT_COMMITTER_NAME": "specql-deploy tests", "GIT_COMMITTER_EMAIL": "tests@specql.invalid",
            "GIT_AUTHOR_DATE": "2026-01-01T00:00:00Z", "GIT_COMMITTER_DATE": "2026-01-01T00:00:00Z",
            "GIT_CONFIG_COUNT": "3",
            "GIT_CONFIG_KEY_0": "commit.gpgsign", "GIT_CONFIG_VALUE_0": "false",
            "GIT_CONFIG_KEY_1": "core.autocrlf", "GIT_CONFIG_VALUE_1": "false",
            "GIT_CONFIG_KEY_2": "init.defaultBranch", "GIT_CONFIG_VALUE_2": "main",
        ], removing: ["GIT_DIR", "GIT_INDEX_FILE", "GIT_WORK_TREE", "GIT_OBJECT_DIRECTORY", "SKIP", "PRE_COMMIT",
                      "PRE_COMMIT_FROM_REF", "PRE_COMMIT_TO_REF", "PRE_COMMIT_ALLOW_NO_CONFIG"])
    }

    @discardableResult
    static func git(_ git: URL, _ arguments: [String], in directory: URL, step: String) throws -> CommandResult {
        let result = try ProcessRunner.run(git, arguments, in: directory, environment: environment(home: URL(fileURLWithPath: "/nonexistent")), timeout: 300)
        guard result.status == 0 else { throw SetupError.step(step, result) }
        return result
    }

    /// A scratch Git repository using the hooks, with `files` written and the `staged` ones added to the index.
    func makeRepository(files: [String: String], staged: [String], lintArgs: [String] = []) throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory(prefix: "pre-commit-scratch")
        try Self.git(git, ["init", "-q"], in: dir.url, step: "git init")
        try dir.write(".pre-commit-config.yaml", Self.configuration(repository: hookRepository, revision: revision, lintArgs: lintArgs))
        for (path, contents) in files { try dir.write(path, contents) }
        try Self.git(git, ["add", "--", ".pre-commit-config.yaml"] + staged, in: dir.url, step: "git add")
        return dir
    }

    /// `pre-commit run [hook]` on the staged files, as `git commit` would run it.
    func run(_ hook: String? = nil, in repository: TemporaryDirectory) throws -> CommandResult {
        try ProcessRunner.run(preCommit, ["run", "--color", "never"] + (hook.map { [$0] } ?? []), in: repository.url,
                              environment: Self.environment(home: home), timeout: 600)
    }
}
