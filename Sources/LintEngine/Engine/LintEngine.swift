import DeploySyntax
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The rules engine's entry point: give it paths (or in-memory files) and get a `LintReport`.
///
/// ```swift
/// let engine = LintEngine(options: .init(configuration: config))
/// let report = await engine.lint(paths: ["."])
/// exit(report.exitCode)
/// ```
///
/// Files are read once, parsed once, and linted in parallel with structured concurrency; the report is in a
/// deterministic order (path, then position) whatever the scheduling.
public struct LintEngine: Sendable {
    public struct Options: Sendable {
        /// `.specql-deploy.yml` (or the defaults).
        public var configuration: LintConfiguration
        /// `--exclude` globs, matched against the path as shown and the path relative to the project root.
        public var excludes: [GlobPattern]
        /// Paths in SARIF, GitHub annotations and fingerprints are relative to it. Default: the Git repository
        /// holding the working directory, else the working directory.
        public var projectRoot: String?
        /// Overrides the working directory relative paths are resolved against (tests).
        public var workingDirectory: String?
        /// Fingerprints of accepted findings (`--baseline`).
        public var baseline: Baseline?
        /// `--fail-on`; overrides the configuration's `fail-on`. Default: warning.
        public var failOn: Severity?
        /// Upper bound on files linted at once; default: the number of active cores.
        public var maxConcurrency: Int?

        public init(
            configuration: LintConfiguration = LintConfiguration(),
            excludes: [GlobPattern] = [],
            projectRoot: String? = nil,
            workingDirectory: String? = nil,
            baseline: Baseline? = nil,
            failOn: Severity? = nil,
            maxConcurrency: Int? = nil
        ) {
            self.configuration = configuration
            self.excludes = excludes
            self.projectRoot = projectRoot
            self.workingDirectory = workingDirectory
            self.baseline = baseline
            self.failOn = failOn
            self.maxConcurrency = maxConcurrency
        }
    }

    public let ruleSet: RuleSet
    public let options: Options
    private let linter: FileLinter

    public init(ruleSet: RuleSet = .registered, options: Options = Options()) {
        self.ruleSet = ruleSet
        self.options = options
        self.linter = FileLinter(ruleSet: ruleSet, configuration: options.configuration,
                                 baseline: options.baseline?.fingerprints ?? [])
    }

    /// The severity threshold in force: `--fail-on`, else the configuration's, else warning.
    public var failOn: Severity { options.failOn ?? options.configuration.failOn ?? .warning }

    /// The Git repository holding `workingDirectory` (the nearest parent with `.git`), else the directory itself.
    public static func defaultProjectRoot(workingDirectory: String) -> String {
        FileDiscovery.repositoryRoot(above: workingDirectory) ?? PathArithmetic.normalise(workingDirectory)
    }

    /// Where to look for `.specql-deploy.yml` for a lint of `paths`: upward from the first path's directory.
    public static func configurationFile(for paths: [String], workingDirectory: String) -> String? {
        let first = PathArithmetic.absolute(paths.first ?? ".", cwd: workingDirectory)
        let start: String
        if case .success(.file) = FileSystem.type(of: first) { start = PathArithmetic.directory(of: first) } else { start = first }
        return LintConfiguration.discover(startingAt: start)
    }

    /// Lints files and directories (default: the working directory).
    public func lint(paths: [String]) async -> LintReport {
        let cwd = options.workingDirectory ?? FileSystem.currentDirectory()
        let root = options.projectRoot.map { PathArithmetic.absolute($0, cwd: cwd) }
            ?? Self.defaultProjectRoot(workingDirectory: cwd)
        let discovery = FileDiscovery(workingDirectory: cwd, projectRoot: root, configuration: options.configuration,
                                      excludes: options.excludes).discover(paths)
        let results = await lintInParallel(discovery.files)
        var report = assemble(results)
        report.errors = discovery.errors + report.errors
        report.notices = discovery.notices
        return report
    }

    /// Lints one in-memory file through the same pipeline. `kind` nil detects it from the name (and content for
    /// YAML); `siblingFileNames` stands for the names in the file's directory.
    public func lint(file: SourceFile, kind: FileKind? = nil, relativePath: String? = nil, siblingFileNames: Set<String> = []) -> LintReport {
        var detected = kind
        if detected == nil {
            switch FileClassifier.match(path: file.path) {
            case .kind(let named): detected = named
            case .yaml: detected = nil
            case .none, .template: return assemble([])
            }
        }
        let result = linter.lint(file, kind: detected, relativePath: relativePath ?? file.path,
                                 configRelativePath: relativePath ?? file.path, siblingNames: siblingFileNames)
        return assemble(result.map { [$0] } ?? [])
    }

    /// One unit of parallel work: a file, or the Terraform files of one directory (linted as one module).
    private enum WorkItem: Sendable {
        case file(DiscoveredFile)
        case terraformDirectory([DiscoveredFile])
    }

    /// Groups `.tf`/`.tofu` files by directory; every other file is its own item. Directory groups come first:
    /// they are the largest items, and started last they would leave one core finishing alone.
    private static func workItems(_ files: [DiscoveredFile]) -> [WorkItem] {
        var items: [WorkItem] = []
        var groupIndex: [String: Int] = [:]
        var groups: [[DiscoveredFile]] = []
        for file in files {
            if case .kind(.hcl) = file.nameMatch, TerraformLinter.isModuleFile(file.absolutePath) {
                let directory = PathArithmetic.directory(of: file.absolutePath)
                if let index = groupIndex[directory] {
                    groups[index].append(file)
                } else {
                    groupIndex[directory] = groups.count
                    items.append(.terraformDirectory([]))  // placeholder, filled below
                    groups.append([file])
                }
            } else {
                items.append(.file(file))
            }
        }
        var next = 0
        var directories: [WorkItem] = []
        var singles: [WorkItem] = []
        singles.reserveCapacity(items.count)
        for item in items {
            if case .terraformDirectory = item {
                if groups[next].count == 1 { singles.append(.file(groups[next][0])) } else { directories.append(.terraformDirectory(groups[next])) }
                next += 1
            } else {
                singles.append(item)
            }
        }
        return directories + singles
    }

    private static func run(_ item: WorkItem, with linter: FileLinter) -> [FileResult] {
        switch item {
        case .file(let file): linter.lint(file).map { [$0] } ?? []
        case .terraformDirectory(let group): linter.lintTerraformDirectory(group)
        }
    }

    /// A bounded task group over the work items: at most `workers` chunks in flight, each task reading, parsing
    /// and checking its files; results are merged (and sorted by `assemble`) at the end.
    private func lintInParallel(_ files: [DiscoveredFile]) async -> [FileResult] {
        let items = Self.workItems(files)
        let fileLinter = self.linter
        if items.count <= 1 { return items.flatMap { Self.run($0, with: fileLinter) } }
        let workers = max(1, min(options.maxConcurrency ?? Self.activeCores, items.count))
        // Chunks small enough to balance uneven files, large enough to keep task overhead negligible.
        let chunkSize = max(1, min(16, items.count / (workers * 8)))
        let chunks = stride(from: 0, to: items.count, by: chunkSize).map { $0..<min($0 + chunkSize, items.count) }
        var slots = [[FileResult]](repeating: [], count: chunks.count)
        await withTaskGroup(of: (Int, [FileResult]).self) { group in
            var next = 0
            func enqueue() {
                guard next < chunks.count else { return }
                let index = next
                let range = chunks[index]
                next += 1
                group.addTask { (index, items[range].flatMap { Self.run($0, with: fileLinter) }) }
            }
            for _ in 0..<workers { enqueue() }
            for await (index, results) in group {
                slots[index] = results
                enqueue()
            }
        }
        return slots.flatMap { $0 }
    }

    private func assemble(_ unordered: [FileResult]) -> LintReport {
        var report = LintReport(rules: ruleSet.allMetadata, failOn: failOn)
        // Each result's findings are sorted and belong to one path: in path order the concatenation is (almost)
        // in report order, and the sorts below only confirm it (linear on sorted input).
        let results = unordered.sorted { ($0.file?.path ?? $0.error?.path ?? "") < ($1.file?.path ?? $1.error?.path ?? "") }
        report.findings.reserveCapacity(results.reduce(0) { $0 + $1.findings.count })
        for result in results {
            if let file = result.file { report.files.append(file) }
            if let error = result.error { report.errors.append(error) }
            report.findings += result.findings
            if let source = result.source { report.sources[source.path] = source }
        }
        report.files.sort { $0.path < $1.path }
        report.findings.sort(by: Finding.reportOrder)
        report.errors.sort { $0.path < $1.path }
        return report
    }

    static var activeCores: Int {
        #if canImport(Glibc) || canImport(Darwin)
        let count = sysconf(Int32(_SC_NPROCESSORS_ONLN))
        return count > 0 ? count : 1
        #else
        return 2
        #endif
    }
}
