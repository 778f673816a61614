import DeploySyntax

/// DF028: BuildKit-only syntax (heredocs, `RUN --mount`, `--link`, `--checksum`, …) in a Dockerfile without a
/// `# syntax=` directive. One finding per file, at the first such construct.
public struct BuildKitSyntaxWithoutDirective: DockerfileRule {
    public let id = "DF028"

    public init() {}

    static let buildKitFlags: [DockerfileInstruction.Keyword: Set<String>] = [
        .run: ["mount", "network", "security", "device"],
        .copy: ["link", "parents", "exclude"],
        .add: ["link", "checksum", "keep-git-dir", "exclude", "unpack"],
    ]

    public func check(_ dockerfile: Dockerfile, context: RuleContext) -> [Violation] {
        guard dockerfile.directive("syntax") == nil else { return [] }
        var constructs: [(what: String, range: SourceRange)] = []
        for original in dockerfile.instructions where !original.heredocs.isEmpty || !original.flags.isEmpty || original.keyword == .onbuild {
            let instruction = original.effective
            for heredoc in instruction.heredocs {
                constructs.append(("a heredoc (\(instruction.keyword.rawValue) <<\(heredoc.delimiter))", heredoc.markerRange))
            }
            let flags = Self.buildKitFlags[instruction.keyword] ?? []
            for flag in instruction.flags where flags.contains(flag.name.lowercased()) {
                constructs.append(("\(instruction.keyword.rawValue) --\(flag.name)", flag.nameRange))
            }
        }
        guard let first = constructs.first else { return [] }
        let others = constructs.count > 1 ? " (and \(constructs.count - 1) more BuildKit-only construct\(constructs.count > 2 ? "s" : ""))" : ""
        return [Violation(
            range: first.range,
            message: "\(first.what) needs BuildKit's Dockerfile frontend\(others), but the file has no syntax directive: add '# syntax=docker/dockerfile:1' as its first line so every builder uses a frontend that understands it"
        )]
    }
}
