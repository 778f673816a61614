import DeploySyntax

/// DF006: `ADD` of local files that are not archives — `COPY` does that without ADD's extra behaviour.
public struct AddInsteadOfCopy: DockerfileRule {
    public let id = "DF006"

    public init() {}

    public func check(_ dockerfile: Dockerfile, context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for instruction in dockerfile.instructions(.add) {
            let sources = instruction.copySources.filter { !$0.value.hasPrefix("<<") }
            guard !sources.isEmpty,
                  sources.allSatisfy({ !AddSource.isRemote($0.value) && !AddSource.isArchive($0.value) }) else { continue }
            let names = sources.map { "'\($0.value)'" }.joined(separator: ", ")
            violations.append(Violation(
                range: instruction.keywordRange,
                message: "ADD copies local \(names) here: use COPY, which only copies (ADD also unpacks archives and downloads URLs, which makes the intent unclear)"
            ))
        }
        return violations
    }
}

/// How `ADD` treats a source.
enum AddSource {
    static func isRemote(_ value: String) -> Bool {
        let lower = value.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("git@")
            || lower.hasPrefix("git://") || lower.hasPrefix("ssh://")
    }

    static func isGit(_ value: String) -> Bool {
        let lower = value.lowercased()
        if lower.hasPrefix("git@") || lower.hasPrefix("git://") { return true }
        let withoutFragment = lower.split(separator: "#", maxSplits: 1).first.map(String.init) ?? lower
        return isRemote(value) && withoutFragment.hasSuffix(".git")
    }

    /// Local tar archives, which ADD unpacks (a legitimate use of ADD).
    static func isArchive(_ value: String) -> Bool {
        let lower = value.lowercased()
        return [".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz", ".tbz2", ".tar.xz", ".txz", ".tar.zst", ".tzst", ".tar.lz4"]
            .contains { lower.hasSuffix($0) }
    }
}
