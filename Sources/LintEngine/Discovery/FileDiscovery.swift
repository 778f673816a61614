/// Turns the paths given on the command line into the files to lint: walks directories (skipping VCS, build and
/// dependency folders and excluded paths), keeps files whose name marks a kind we know, and records the
/// names beside each file for rules such as "no .dockerignore beside the Dockerfile".
struct FileDiscovery {
    /// Directories never entered while walking (a path given explicitly is still linted).
    static let skippedDirectoryNames: Set<String> = [".git", ".hg", ".svn", ".build", "node_modules", "vendor", ".terraform"]

    struct Outcome {
        var files: [DiscoveredFile] = []
        var errors: [LintIssue] = []
        var notices: [LintIssue] = []
    }

    let workingDirectory: String
    let projectRoot: String
    let configuration: LintConfiguration
    /// `--exclude` globs: matched against the path as shown and the project-relative path.
    let excludes: [GlobPattern]

    func discover(_ paths: [String]) -> Outcome {
        var outcome = Outcome()
        var seen = Set<String>()
        for given in paths.isEmpty ? ["."] : paths {
            let display = Self.displayForm(given)
            let absolute = PathArithmetic.absolute(given, cwd: workingDirectory)
            switch FileSystem.type(of: absolute) {
            case .failure(let error):
                outcome.errors.append(LintIssue(path: given, message: "cannot lint: \(error.message)"))
            case .success(.directory):
                walk(directory: absolute, display: display, into: &outcome, seen: &seen)
            case .success(.file):
                let match = FileClassifier.match(path: absolute)
                if case .none = match {
                    outcome.notices.append(LintIssue(path: display, message: "skipped: not a Dockerfile, compose file, Kubernetes manifest, GitHub workflow or HCL file"))
                    continue
                }
                if isExcluded(display: display, absolute: absolute, isDirectory: false) { continue }
                guard seen.insert(absolute).inserted else { continue }
                let directory = PathArithmetic.directory(of: absolute)
                let siblings: Set<String>
                if case .success(let entries) = FileSystem.list(directory) { siblings = Set(entries.map(\.name)) } else { siblings = [] }
                outcome.files.append(makeFile(display: display, absolute: absolute, match: match, siblings: siblings))
            case .success(.other):
                outcome.notices.append(LintIssue(path: display, message: "skipped: not a regular file or directory"))
            }
        }
        outcome.files.sort { $0.path < $1.path }
        return outcome
    }

    private func walk(directory root: String, display rootDisplay: String, into outcome: inout Outcome, seen: inout Set<String>) {
        var stack: [(absolute: String, display: String)] = [(root, rootDisplay)]
        while let (absolute, display) = stack.popLast() {
            let entries: [FileSystem.Entry]
            switch FileSystem.list(absolute) {
            case .success(let listed): entries = listed
            case .failure(let error):
                outcome.errors.append(LintIssue(path: display, message: "cannot read directory: \(error.message)"))
                continue
            }
            var siblings: Set<String>?
            var subdirectories: [(String, String)] = []
            for entry in entries {
                let childAbsolute = absolute == "/" ? "/" + entry.name : absolute + "/" + entry.name
                let childDisplay = PathArithmetic.join(display, entry.name)
                switch entry.type {
                case .directory:
                    if Self.skippedDirectoryNames.contains(entry.name) { continue }
                    if isExcluded(display: childDisplay, absolute: childAbsolute, isDirectory: true) { continue }
                    subdirectories.append((childAbsolute, childDisplay))
                case .file:
                    let match = FileClassifier.match(path: childAbsolute)
                    if case .none = match { continue }
                    if isExcluded(display: childDisplay, absolute: childAbsolute, isDirectory: false) { continue }
                    guard seen.insert(childAbsolute).inserted else { continue }
                    if siblings == nil { siblings = Set(entries.map(\.name)) }
                    outcome.files.append(makeFile(display: childDisplay, absolute: childAbsolute, match: match, siblings: siblings!))
                case .other:
                    continue
                }
            }
            stack.append(contentsOf: subdirectories.reversed())
        }
    }

    private func makeFile(display: String, absolute: String, match: FileClassifier.NameMatch, siblings: Set<String>) -> DiscoveredFile {
        DiscoveredFile(
            path: display,
            absolutePath: absolute,
            relativePath: PathArithmetic.relative(absolute, to: projectRoot) ?? absolute,
            configRelativePath: configuration.baseDirectory.flatMap { PathArithmetic.relative(absolute, to: $0) },
            nameMatch: match,
            siblingNames: siblings
        )
    }

    func isExcluded(display: String, absolute: String, isDirectory: Bool) -> Bool {
        if !excludes.isEmpty {
            let relative = PathArithmetic.relative(absolute, to: projectRoot)
            for pattern in excludes {
                if pattern.matches(display, isDirectory: isDirectory) { return true }
                if let relative, pattern.matches(relative, isDirectory: isDirectory) { return true }
            }
        }
        if !configuration.excludes.isEmpty, let base = configuration.baseDirectory,
           let relative = PathArithmetic.relative(absolute, to: base) {
            for pattern in configuration.excludes where pattern.matches(relative, isDirectory: isDirectory) { return true }
        }
        return false
    }

    /// The path as users expect to see it: `./a/b` becomes `a/b`, `.` stays the prefix-free root.
    static func displayForm(_ given: String) -> String {
        var path = given
        while path.hasPrefix("./") { path.removeFirst(2) }
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        return path.isEmpty ? "." : path
    }

    /// The nearest directory at or above `start` holding `.git`; nil when there is none.
    static func repositoryRoot(above start: String) -> String? {
        var current = PathArithmetic.normalise(start)
        while true {
            if FileSystem.exists(PathArithmetic.join(current, ".git")) { return current }
            if current == "/" || current.isEmpty || current == "." { return nil }
            current = PathArithmetic.directory(of: current)
        }
    }
}
